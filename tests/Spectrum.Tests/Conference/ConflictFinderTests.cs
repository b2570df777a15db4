using Spectrum.Conflicts;

namespace Spectrum.Tests.Conference;

public class ConflictFinderTests
{
    private static readonly Provenance Given = new("test", Confidence.High);

    private static Allocation A(string range, string service, AllocationStatus status, params string[] footnotes) =>
        new(FrequencyRange.Parse(range), RadioService.Parse(service), status, [.. footnotes.Select(FootnoteId.Parse)], Given);

    private static CandidateTable Table(int region, TableRelation relation, params Allocation[] allocations) =>
        new(new AllocationTable($"ITU Region {region}", "test", AreaCode.Region(region), allocations), relation);

    private static Proposal Imt(string range, int region = 1) =>
        new(FrequencyRange.Parse(range), AreaCode.Region(region), $"Region {region}", RadioService.Parse("Mobile"), "identify-imt");

    private static IReadOnlyList<Finding> Find(Proposal proposal, params CandidateTable[] tables) =>
        ConflictFinder.Find(proposal, tables, new Dictionary<FootnoteId, Footnote>());

    [Fact]
    public void A_proposal_overlapping_1400_to_1427_MHz_is_critical()
    {
        var findings = Find(Imt("1420-1430 MHz"), Table(1, TableRelation.Applies));

        var passive = Assert.Single(findings, f => f.Kind == FindingKind.PassiveBand);
        Assert.Equal(Severity.Critical, passive.Severity);
        Assert.Equal(FrequencyRange.Parse("1420-1427 MHz"), passive.Overlap);
        Assert.Equal(Severity.Critical, findings[0].Severity);
    }

    [Fact]
    public void The_24_25_GHz_IMT_band_finds_the_23_6_to_24_GHz_passive_band_adjacent_within_the_default_guard()
    {
        var findings = Find(Imt("24.25-27.5 GHz"), Table(1, TableRelation.Applies,
            A("23.6-24 GHz", "Earth Exploration-Satellite (passive)", AllocationStatus.Primary, "5.340"),
            A("23.6-24 GHz", "Radio Astronomy", AllocationStatus.Primary, "5.340")));

        var adjacent = Assert.Single(findings, f => f.Kind == FindingKind.AdjacentPassive);
        Assert.Equal(Severity.High, adjacent.Severity);
        Assert.Equal(FrequencyRange.Parse("23.6-24 GHz"), adjacent.CounterpartRange);
        Assert.Equal(250_000_000, adjacent.GapHz);
        var astronomy = Assert.Single(findings, f => f.Kind == FindingKind.RadioAstronomy);
        Assert.Equal(Severity.Medium, astronomy.Severity);
    }

    [Fact]
    public void Beyond_the_guard_band_nothing_adjacent_is_found()
    {
        var findings = ConflictFinder.Find(Imt("24.25-27.5 GHz"), [Table(1, TableRelation.Applies,
            A("23.6-24 GHz", "Radio Astronomy", AllocationStatus.Primary))], new Dictionary<FootnoteId, Footnote>(), guardHz: 100_000_000);

        Assert.Empty(findings);
    }

    [Fact]
    public void Co_primary_fixed_and_fixed_satellite_are_high_and_a_kind_of_mobile_is_no_conflict()
    {
        var findings = Find(Imt("6425-7125 MHz"), Table(1, TableRelation.Applies,
            A("6425-7025 MHz", "Fixed", AllocationStatus.Primary),
            A("6425-7025 MHz", "Fixed-Satellite (Earth-to-space)", AllocationStatus.Primary),
            A("6425-7025 MHz", "Land Mobile", AllocationStatus.Primary),
            A("6425-7025 MHz", "Mobile", AllocationStatus.Primary)));

        Assert.Equal(["Fixed", "Fixed-Satellite (Earth-to-space)"],
            findings.Where(f => f.Kind == FindingKind.CoPrimary).Select(f => f.Service!.Name).Order());
        Assert.All(findings, f => Assert.Equal(Severity.High, f.Severity));
    }

    [Fact]
    public void Mobile_except_aeronautical_mobile_still_conflicts_with_aeronautical_mobile()
    {
        var proposal = Imt("3600-3800 MHz") with { Service = RadioService.Parse("Mobile except aeronautical mobile") };
        var findings = Find(proposal, Table(1, TableRelation.Applies, A("3600-3800 MHz", "Aeronautical Mobile", AllocationStatus.Primary)));

        Assert.Single(findings, f => f.Kind == FindingKind.CoPrimary);
    }

    [Fact]
    public void Secondary_allocations_in_the_overlap_are_information()
    {
        var finding = Assert.Single(Find(Imt("3600-3800 MHz"), Table(1, TableRelation.Applies, A("3600-4200 MHz", "Radiolocation", AllocationStatus.Secondary))));

        Assert.Equal((Severity.Info, FindingKind.SecondaryAffected), (finding.Severity, finding.Kind));
        Assert.Equal(FrequencyRange.Parse("3600-3800 MHz"), finding.Overlap);
    }

    [Fact]
    public void Radio_astronomy_in_band_is_high()
    {
        // (1 400-1 427 MHz lies 183 MHz below: also reported, as adjacent-passive.)
        var finding = Assert.Single(Find(Imt("1610-1620 MHz"), Table(1, TableRelation.Applies, A("1610.6-1613.8 MHz", "Radio Astronomy", AllocationStatus.Primary))),
            f => f.Kind == FindingKind.RadioAstronomy);

        Assert.Equal((Severity.High, FindingKind.RadioAstronomy), (finding.Severity, finding.Kind));
    }

    [Fact]
    public void A_neighbours_primary_allocation_is_a_cross_border_finding_and_its_secondary_ones_are_not()
    {
        var findings = Find(Imt("3600-3800 MHz"),
            Table(1, TableRelation.Applies),
            Table(2, TableRelation.Neighbour,
                A("3600-3700 MHz", "Fixed-Satellite (space-to-Earth)", AllocationStatus.Primary),
                A("3600-3700 MHz", "Radiolocation", AllocationStatus.Secondary)));

        var cross = Assert.Single(findings);
        Assert.Equal((Severity.Medium, FindingKind.CrossBorder, "ITU Region 2"), (cross.Severity, cross.Kind, cross.Table));
    }

    [Fact]
    public void A_footnote_making_an_additional_allocation_in_the_band_is_found()
    {
        var footnote = new Footnote(FootnoteId.Parse("5.429"), "Additional allocation: in Saudi Arabia, … the band 3 300-3 400 MHz is also allocated to the fixed and mobile services on a primary basis.", Given);
        var findings = ConflictFinder.Find(Imt("3300-3400 MHz"),
            [Table(1, TableRelation.Applies, A("3300-3400 MHz", "Radiolocation", AllocationStatus.Primary, "5.429"))],
            new Dictionary<FootnoteId, Footnote> { [footnote.Id] = footnote });

        var byFootnote = Assert.Single(findings, f => f.Kind == FindingKind.FootnoteAllocation);
        Assert.Equal(Severity.Medium, byFootnote.Severity);
        Assert.Contains("additional allocation", byFootnote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Region_2_only_passive_band_31_5_GHz_counts_in_Region_2_only()
    {
        Assert.Contains(Find(Imt("31.6-31.7 GHz", 2), Table(2, TableRelation.Applies)), f => f.Kind == FindingKind.PassiveBand);
        Assert.DoesNotContain(Find(Imt("31.6-31.7 GHz"), Table(1, TableRelation.Applies)), f => f.Kind == FindingKind.PassiveBand);
    }

    [Fact]
    public void Findings_are_sorted_by_severity_then_frequency()
    {
        var findings = Find(Imt("1300-1500 MHz"), Table(1, TableRelation.Applies,
            A("1300-1350 MHz", "Radiolocation", AllocationStatus.Secondary),
            A("1427-1452 MHz", "Fixed", AllocationStatus.Primary),
            A("1350-1400 MHz", "Fixed", AllocationStatus.Primary)));

        Assert.Equal([Severity.Critical, Severity.High, Severity.High, Severity.Info], findings.Select(f => f.Severity));
        Assert.True(findings[1].Overlap!.Value.LowerHz < findings[2].Overlap!.Value.LowerHz);
    }
}
