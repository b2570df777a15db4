using Spectrum.Conference;
using Spectrum.Conflicts;

namespace Spectrum.Tests.Conflicts;

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
        Assert.Equal(FrequencyRange.Parse("23.6-24 GHz"), adjacent.Incumbent.Range);
        Assert.Equal(250_000_000, adjacent.GapHz);
        var astronomy = Assert.Single(findings, f => f.Kind == FindingKind.RadioAstronomy);
        Assert.Equal(Severity.Medium, astronomy.Severity);
    }

    [Fact]
    public void A_band_exactly_the_guard_away_is_adjacent_and_one_hertz_further_is_not()
    {
        var proposal = FrequencyRange.Parse("24.25-27.5 GHz");
        var window = new AdjacentWindow(proposal, 250_000_000);

        Assert.True(window.Includes(FrequencyRange.Parse("23.6-24 GHz")));
        Assert.False(window.Includes(FrequencyRange.FromHz(23_600_000_000, 23_999_999_999)));
        Assert.True(window.Range.Overlaps(FrequencyRange.Parse("23.6-24 GHz")));
        Assert.True(window.Includes(FrequencyRange.Parse("27.75-28 GHz")));
        Assert.False(window.Includes(FrequencyRange.FromHz(27_750_000_001, 28_000_000_000)));
    }

    [Fact]
    public void With_no_guard_a_touching_band_is_not_adjacent()
    {
        var window = new AdjacentWindow(FrequencyRange.Parse("3.4-3.6 GHz"), 0);

        Assert.False(window.Includes(FrequencyRange.Parse("3.6-3.8 GHz")));
        Assert.True(window.Includes(FrequencyRange.Parse("3.5-3.8 GHz")));
        Assert.Equal(FrequencyRange.Parse("3.4-3.6 GHz"), window.Range);
    }

    [Fact]
    public void Two_proposals_of_one_item_meeting_the_same_incumbent_make_one_finding()
    {
        // An upgrade is written as the removal of the secondary allocation and the addition of the primary one.
        var table = Table(1, TableRelation.Applies, A("3600-3800 MHz", "Fixed", AllocationStatus.Primary));
        var removal = Imt("3600-3800 MHz") with { AgendaItem = "1.3", Action = "remove-allocation" };
        var addition = removal with { Service = RadioService.Parse("Mobile except aeronautical mobile"), Action = "add-allocation" };

        var findings = Findings.Ordered([.. Find(removal, table), .. Find(addition, table)]);

        Assert.Single(findings, f => f.Kind == FindingKind.CoPrimary);
    }

    [Fact]
    public void An_agenda_items_bands_make_one_proposal_per_Region_and_a_protection_makes_none()
    {
        var bands = new[]
        {
            new AgendaBand("1.2", new ChangeArea([AreaCode.Region(1), AreaCode.Region(3)], false, []), FrequencyRange.Parse("7025-7125 MHz"),
                null, AgendaBandAction.Identify, null, Identification.Imt, Highlight.Imt, Given),
            new AgendaBand("1.2", ChangeArea.Region(1), FrequencyRange.Parse("6650-6675.2 MHz"),
                null, AgendaBandAction.Protect, null, null, Highlight.None, Given),
        };

        var proposals = AgendaProposals.Of(bands);

        Assert.Equal(["R1", "R3"], proposals.Select(p => p.Area!.Value.Value));
        Assert.All(proposals, p => Assert.Equal(("Mobile", "identify-imt", "1.2"), (p.Service.Name, p.Action, p.AgendaItem)));
        Assert.Equal(["R1"], AgendaProposals.Within(proposals, new HashSet<AreaCode> { AreaCode.Region(1) }).Select(p => p.Area!.Value.Value));
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
            findings.Where(f => f.Kind == FindingKind.CoPrimary).Select(f => f.Incumbent.Service!.Name).Order());
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
        Assert.Equal((Severity.Medium, FindingKind.CrossBorder, "ITU Region 2"), (cross.Severity, cross.Kind, cross.Incumbent.Table));
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
