using Spectrum.Conference;

namespace Spectrum.Tests.Conference;

public class ProposedTablesTests
{
    private static readonly Provenance Given = new("test", Confidence.High);
    private static readonly ChangeArea R1 = ChangeArea.Region(1);

    private static AgendaBand Band(string item, long lower, long upper, AgendaBandAction action, AllocationStatus? status = null) =>
        new(item, R1, FrequencyRange.FromHz(lower, upper), RadioService.Parse("Mobile"), action, status,
            action == AgendaBandAction.Identify ? Identification.Imt : null, Highlight.Imt, Given);

    private static Position Stand(string item, long lower, long upper, Stance stance) =>
        new(item, R1, FrequencyRange.FromHz(lower, upper), stance, "", "", Confidence.Low, new Provenance("position", Confidence.Medium));

    [Fact]
    public void Only_bands_covered_by_a_supporting_position_become_amendments()
    {
        var bands = new[]
        {
            Band("1.2", 100, 200, AgendaBandAction.Identify),
            Band("1.2", 300, 400, AgendaBandAction.Identify),
            Band("1.5", 100, 200, AgendaBandAction.AddAllocation, AllocationStatus.Secondary),
        };
        var positions = new[]
        {
            Stand("1.2", 100, 200, Stance.SupportWithConditions),
            Stand("1.2", 300, 400, Stance.Oppose),
            Stand("1.5", 100, 200, Stance.NoChange),
        };

        var amendments = ProposedTables.Amendments(bands, positions);

        var only = Assert.Single(Assert.Single(amendments).Value);
        Assert.Equal("1.2", only.AgendaItem);
        Assert.Equal(FrequencyRange.FromHz(100, 200), only.Range);
        Assert.Equal(AmendmentAction.Identify, only.Action);
        Assert.Equal(Confidence.Medium, only.Provenance.Confidence);
    }

    [Fact]
    public void Studies_protections_and_allocations_without_status_change_no_table()
    {
        var bands = new[]
        {
            Band("10", 100, 200, AgendaBandAction.Study),
            Band("1.1", 100, 200, AgendaBandAction.Protect),
            Band("1.9", 100, 200, AgendaBandAction.AddAllocation),
        };
        var positions = new[] { Stand("10", 0, 1000, Stance.Support), Stand("1.1", 0, 1000, Stance.Support), Stand("1.9", 0, 1000, Stance.Support) };

        Assert.Empty(ProposedTables.Amendments(bands, positions));
    }

    [Fact]
    public void A_band_only_partly_inside_a_position_is_not_covered()
    {
        var amendments = ProposedTables.Amendments(
            [Band("1.2", 100, 300, AgendaBandAction.Identify)], [Stand("1.2", 100, 200, Stance.Support)]);

        Assert.Empty(amendments);
    }

    [Fact]
    public void Edition_names_carry_the_agenda_item_without_spaces()
    {
        Assert.Equal("EU-1.2", ProposedTables.EditionName("1.2"));
        Assert.Equal("EU-9.1b", ProposedTables.EditionName("9.1 b"));
    }
}

public class ChangeAreaTests
{
    [Theory]
    [InlineData("R1", "R1", false, 0)]
    [InlineData("R2-listed", "R2", true, 0)]
    [InlineData("R1 R3", "R1 R3", false, 0)]
    [InlineData("FR", "R1", true, 1)]
    [InlineData("DE FR", "R1", true, 2)]
    public void The_written_area_gives_back_its_countries_and_writes_the_same(string written, string regions, bool listed, int countries)
    {
        var area = ChangeArea.FromWritten(written, [.. regions.Split(' ').Select(AreaCode.Parse)], listed);

        Assert.Equal(countries, area.Countries.Count);
        Assert.Equal(written, area.ToString());
    }
}
