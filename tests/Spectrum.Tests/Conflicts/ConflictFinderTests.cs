using Spectrum.Conference;
using Spectrum.Conflicts;
using Spectrum.Footnotes;
using Spectrum.Tests.Conference;

namespace Spectrum.Tests.Conflicts;

/// <summary>The shipped RR-2020 Tables and the rules read from the shipped footnotes, built once for the screening tests.</summary>
public sealed class ShippedScreen
{
    private readonly ShippedEditions editions = new();

    public ShippedScreen()
    {
        Rules = [.. new Footnotes.ShippedFootnotes().Readings.Where(r => r.Result.Success).SelectMany(r => r.Result.Value.Rules)];
    }

    public IReadOnlyList<FootnoteRule> Rules { get; }

    public AllocationTable Region(int n) => editions.Table("RR-2020", $"R{n}");

    /// <summary>Region <paramref name="n"/>'s Table alone, screened for an area holding <paramref name="countries"/> (ISO codes, in that Region).</summary>
    public Screen For(int n, params string[] countries) =>
        new([new CandidateTable(Region(n), TableRelation.Applies)], Rules,
            new ScreenedArea(AreaCode.Region(n), countries.ToDictionary(AreaCode.Parse, _ => AreaCode.Region(n)), []));
}

/// <summary>Each screening rule on a real band of the shipped tables.</summary>
public class ConflictFinderTests(ShippedScreen shipped) : IClassFixture<ShippedScreen>
{
    private static Proposal P(string range, string service, ProposalAction action, int region = 1) =>
        new(FrequencyRange.Parse(range), AreaCode.Region(region), $"Region {region}", RadioService.Parse(service), action);

    [Fact]
    public void A_removal_transmits_nothing_and_is_never_screened()
    {
        Assert.Empty(ConflictFinder.Find(P("3600-3800 MHz", "Mobile", ProposalAction.Remove), shipped.For(1, "NL")));
    }

    [Fact]
    public void A_protection_of_4800_to_4990_MHz_screens_what_transmits_there_and_never_a_passive_service()
    {
        var findings = ConflictFinder.Find(P("4800-4990 MHz", "Mobile", ProposalAction.Protect), shipped.For(1, "NL"));

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.StartsWith("incumbent → proposal", f.Direction, StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == FindingKind.Threat && f.Incumbent.Service?.Kind == ServiceKind.Fixed);
        Assert.DoesNotContain(findings, f => f.Incumbent.Service is { } s && Stations.Of(s).Transmit == Side.None);
    }

    [Fact]
    public void The_EESS_passive_proposal_of_1_14_is_a_victim_never_an_interferer()
    {
        var proposal = P("239.2-242.2 GHz", "Earth Exploration-Satellite (passive)", ProposalAction.Allocate);
        var findings = ConflictFinder.Find(proposal, shipped.For(1));

        Assert.True(proposal.IsVictim);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.DoesNotContain("proposal →", f.Direction ?? "", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Kind is FindingKind.CoPrimary or FindingKind.PassiveBand or FindingKind.AdjacentPassive);
    }

    [Fact]
    public void The_fixed_satellite_directions_at_6_GHz_are_two_allocations_each_with_its_direction()
    {
        var findings = ConflictFinder.Find(P("6425-7125 MHz", "Mobile", ProposalAction.Identify) with { Identifies = Identification.Imt }, shipped.For(1));

        var up = Assert.Single(findings, f => f.Kind == FindingKind.CoPrimary && f.Incumbent.Service!.Name == "Fixed-Satellite (Earth-to-space)");
        var down = Assert.Single(findings, f => f.Kind == FindingKind.CoPrimary && f.Incumbent.Service!.Name == "Fixed-Satellite (space-to-Earth)");
        Assert.Contains("satellite receivers", up.Direction, StringComparison.Ordinal);
        Assert.Equal(FrequencyRange.Parse("6700-7075 MHz"), down.Band);
        Assert.Single(findings, f => f.Kind == FindingKind.CoPrimary && f.Incumbent.Service!.Name == "Fixed");
    }

    [Fact]
    public void An_IMT_identification_where_MOBILE_is_already_primary_creates_no_new_sharing()
    {
        var findings = ConflictFinder.Find(P("6425-7125 MHz", "Mobile", ProposalAction.Identify) with { Identifies = Identification.Imt }, shipped.For(1));

        var identification = Assert.Single(findings, f => f.Kind == FindingKind.Identification);
        Assert.Contains("creates no new sharing", identification.Reason, StringComparison.Ordinal);
        Assert.All(findings.Where(f => f.Kind == FindingKind.CoPrimary), f =>
        {
            Assert.Equal(Severity.Medium, f.Severity);
            Assert.Contains("already shares", f.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_secondary_proposal_never_shares_on_an_equal_footing_and_rests_on_5_28_to_5_31()
    {
        var proposal = P("40-50 MHz", "Earth Exploration-Satellite (active)", ProposalAction.Allocate) with { Status = AllocationStatus.Secondary };
        var findings = ConflictFinder.Find(proposal, shipped.For(1));

        Assert.DoesNotContain(findings, f => f.Reason.Contains("on an equal footing.", StringComparison.Ordinal) && f.Kind == FindingKind.CoPrimary);
        var fixedService = Assert.Single(findings, f => f.Kind == FindingKind.SecondaryStatus && f.Incumbent.Service!.Kind == ServiceKind.Fixed);
        Assert.Contains("RR Nos. 5.28-5.31", fixedService.Provisions);
    }

    [Fact]
    public void At_40_MHz_the_out_of_band_domain_of_a_25_kHz_mobile_channel_reaches_no_band_below_30_MHz()
    {
        var findings = ConflictFinder.Find(P("40-40.5 MHz", "Mobile", ProposalAction.Allocate), shipped.For(1));

        Assert.Equal(50_000, ConflictFinder.WindowOf(P("40-40.5 MHz", "Mobile", ProposalAction.Allocate), null).ExtentHz);
        Assert.DoesNotContain(findings, f => f.Band.UpperHz <= 30_000_000);
    }

    [Fact]
    public void The_Resolution_750_pair_is_checked_whatever_the_guard()
    {
        var findings = ConflictFinder.Find(P("24.25-27.5 GHz", "Mobile", ProposalAction.Allocate), shipped.For(1) with { GuardHz = 0 });

        var passive = Assert.Single(findings, f => f.Kind == FindingKind.AdjacentPassive && f.Band == FrequencyRange.Parse("23.6-24 GHz"));
        Assert.Equal(["RR No. 5.340", NamedPairs.Resolution750], passive.Provisions);
        Assert.Equal(250_000_000, passive.GapHz);
    }

    [Theory]
    [InlineData(100_000_000, 6_000_000_000, 200_000_000)] // 2.5 BN from the centre: 2 BN beyond the edge
    [InlineData(10_000, 40_000_000, 57_500)] // BN below BL (25 kHz): 2.5 BL from the centre, less half the channel
    [InlineData(1_000_000_000, 30_000_000_000, 1_500_000_000)] // BN above BU (500 MHz): 1.5 BN + BU from the centre, less half the channel
    public void The_out_of_band_domain_follows_SM_1539(long necessaryHz, long centreHz, long extentHz)
    {
        Assert.Equal(extentHz, Emission.ExtentHz(necessaryHz, centreHz));
    }

    [Fact]
    public void Footnote_5_149_protects_radio_astronomy_at_6650_MHz_and_5_458_notes_passive_sensing()
    {
        var findings = ConflictFinder.Find(P("6425-7125 MHz", "Mobile", ProposalAction.Identify) with { Identifies = Identification.Imt }, shipped.For(1));

        var astronomy = Assert.Single(findings, f => f.Kind == FindingKind.RadioAstronomy && f.Provisions.Contains("RR No. 5.149"));
        Assert.Equal(FrequencyRange.Parse("6650-6675.2 MHz"), astronomy.Band);
        Assert.Contains(findings, f => f.Kind == FindingKind.FootnoteNotice && f.Provisions.Contains("RR No. 5.458"));
    }

    [Fact]
    public void A_footnote_allocation_counts_only_where_the_area_holds_the_countries_it_names()
    {
        // 5.459: space operation (Earth-to-space) in the Russian Federation in 7 100-7 155 MHz.
        var proposal = P("7125-8400 MHz", "Mobile", ProposalAction.Allocate);

        Assert.Contains(ConflictFinder.Find(proposal, shipped.For(1, "RU")), f => f.Kind == FindingKind.FootnoteAllocation && f.Provisions.Contains("RR No. 5.459"));
        Assert.DoesNotContain(ConflictFinder.Find(proposal, shipped.For(1, "NL")), f => f.Provisions.Contains("RR No. 5.459"));
    }

    [Fact]
    public void A_neighbours_table_counts_only_where_it_differs_from_the_areas_own()
    {
        var screen = shipped.For(1) with
        {
            Tables = [new CandidateTable(shipped.Region(1), TableRelation.Applies), new CandidateTable(shipped.Region(2), TableRelation.Neighbour)],
        };
        var findings = ConflictFinder.Find(P("24.25-27.5 GHz", "Mobile", ProposalAction.Allocate), screen);

        var cross = findings.Where(f => f.Kind == FindingKind.CrossBorder).ToList();
        Assert.Contains(cross, f => f.Incumbent.Service!.Kind == ServiceKind.Radionavigation);
        Assert.DoesNotContain(cross, f => f.Incumbent.Service!.Kind == ServiceKind.Fixed);
    }

    [Fact]
    public void Every_finding_names_its_provisions_and_what_to_ask_for()
    {
        var findings = new[] { "3300-3400 MHz", "6425-7125 MHz", "24.25-27.5 GHz", "1240-1300 MHz" }
            .SelectMany(r => ConflictFinder.Find(P(r, "Mobile", ProposalAction.Allocate), shipped.For(1, "RU"))).ToList();

        Assert.All(findings, f =>
        {
            Assert.NotEmpty(f.Provisions);
            Assert.False(string.IsNullOrWhiteSpace(f.Ask));
        });
    }

    [Fact]
    public void An_agenda_items_bands_become_actions_and_touching_bands_one_proposal()
    {
        var given = new Provenance("test", Confidence.High);
        AgendaBand Band(string range, string? service, AgendaBandAction action, AllocationStatus? status = null, Identification? identifies = null) =>
            new("x", ChangeArea.Region(1), FrequencyRange.Parse(range), service is null ? null : RadioService.Parse(service), action, status, identifies, Highlight.None, given);

        var proposals = AgendaProposals.Of([
            Band("3600-3800 MHz", "Mobile", AgendaBandAction.RemoveAllocation),
            Band("3600-3800 MHz", "Mobile except aeronautical mobile", AgendaBandAction.AddAllocation, AllocationStatus.Primary),
            Band("6425-7025 MHz", null, AgendaBandAction.Identify, identifies: Identification.Imt),
            Band("7025-7125 MHz", null, AgendaBandAction.Identify, identifies: Identification.Imt),
            Band("36-37 GHz", "Earth Exploration-Satellite (passive)", AgendaBandAction.Protect),
        ], ["Resolution 245 (WRC-19)"]);

        Assert.Equal(
            [("3.6-3.8 GHz", ProposalAction.Upgrade), ("6.425-7.125 GHz", ProposalAction.Identify), ("36-37 GHz", ProposalAction.Protect)],
            proposals.Select(p => (p.Range.ToString(), p.Action)));
        Assert.All(proposals, p => Assert.Equal(["Resolution 245 (WRC-19)"], p.Provisions));
    }
}
