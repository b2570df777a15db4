using BenchmarkDotNet.Attributes;
using Spectrum.Areas;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;

namespace Spectrum.Benchmarks;

/// <summary>
/// Queries against a store of synthetic national tables (one per listed country): the allocations in a random range
/// by random country and by random point, and conflict analysis of a random MOBILE proposal by a random country (its
/// table applies, its neighbours' tables are compared; 250 MHz guard band). One query per iteration.
/// </summary>
[PerOperationJob(1000)]
public class QueryBenchmarks
{
    private static readonly RadioService Mobile = RadioService.Parse("Mobile");
    private readonly Random random = new(7);
    private AllocationQuery query = null!;
    private ConflictQuery conflicts = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        BenchStore.LoadSyntheticAsync(Rows).GetAwaiter().GetResult();
        query = new AllocationQuery(BenchStore.DataSource);
        conflicts = new ConflictQuery(BenchStore.DataSource);
    }

    [Benchmark(Description = "query by country")]
    public Task<AllocationAnswer> ByCountry() => query.FindAsync(
        BenchStore.RandomRange(random), new AreaFilter.Known(RandomCountry()), null, null, CancellationToken.None);

    [Benchmark(Description = "query by point")]
    public Task<AllocationAnswer> ByPoint() => query.FindAsync(
        BenchStore.RandomRange(random), new AreaFilter.Drawn(Wgs84.Point((random.NextDouble() * 360) - 180, (random.NextDouble() * 140) - 70), "point"),
        null, null, CancellationToken.None);

    [Benchmark(Description = "conflicts in SQL by country")]
    public Task<IReadOnlyList<Finding>> Conflicts()
    {
        var country = RandomCountry();
        return conflicts.FindAsync(new Proposal(BenchStore.RandomRange(random), country, country.Value, Mobile, ProposalAction.Identify),
            new AreaFilter.Known(country), "SYN", null, CancellationToken.None);
    }

    private AreaCode RandomCountry() => BenchStore.Countries[random.Next(BenchStore.Countries.Count)];
}
