namespace Spectrum.Tests.Domain;

public class AllocationTableTests
{
    private static readonly Provenance Source = new("test", Confidence.High);

    [Fact]
    public void AllocationsIn_finds_exactly_the_overlapping_allocations_in_frequency_order_among_overlapping_bands()
    {
        // Random tables whose allocations overlap each other (a wide band among narrow ones, as national tables have),
        // compared with a plain scan over random ranges.
        var random = new Random(5340);
        var services = new[] { RadioService.Parse("Fixed"), RadioService.Parse("Mobile"), RadioService.Parse("Radio Astronomy") };
        for (var t = 0; t < 50; t++)
        {
            var allocations = Enumerable.Range(0, random.Next(0, 200)).Select(_ =>
            {
                var lower = random.NextInt64(0, 1_000_000);
                var width = random.Next(10) == 0 ? random.NextInt64(1, 500_000) : random.NextInt64(1, 5_000);
                return new Allocation(FrequencyRange.FromHz(lower, lower + width), services[random.Next(services.Length)],
                    AllocationStatus.Primary, [], Source);
            }).ToList();
            var table = new AllocationTable("T", "E", AreaCode.Region(1), allocations);
            for (var q = 0; q < 50; q++)
            {
                var lower = random.NextInt64(0, 1_100_000);
                var range = FrequencyRange.FromHz(lower, lower + random.NextInt64(1, 100_000));
                Assert.Equal(table.Allocations.Where(a => a.Range.Overlaps(range)), table.AllocationsIn(range));
            }
        }
    }

    [Fact]
    public void A_band_that_ends_where_the_range_starts_is_not_in_it_and_one_that_starts_where_it_ends_is_not_either()
    {
        var table = new AllocationTable("T", "E", AreaCode.Region(1),
        [
            new Allocation(FrequencyRange.FromHz(100, 200), RadioService.Parse("Fixed"), AllocationStatus.Primary, [], Source),
            new Allocation(FrequencyRange.FromHz(200, 300), RadioService.Parse("Mobile"), AllocationStatus.Primary, [], Source),
            new Allocation(FrequencyRange.FromHz(300, 400), RadioService.Parse("Amateur"), AllocationStatus.Secondary, [], Source),
        ]);

        Assert.Equal(["MOBILE"], table.AllocationsIn(FrequencyRange.FromHz(200, 300)).Select(a => a.Service.Name.ToUpperInvariant()));
        Assert.Empty(new AllocationTable("T", "E", AreaCode.Region(1), []).AllocationsIn(FrequencyRange.FromHz(0, 1)));
    }
}
