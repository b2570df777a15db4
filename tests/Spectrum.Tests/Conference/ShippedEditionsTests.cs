using System.Diagnostics;
using Spectrum.Conference;
using Spectrum.Csv;
using Spectrum.Tests.Data;
using Xunit.Abstractions;

namespace Spectrum.Tests.Conference;

/// <summary>The three editions built once from <c>data/editions.csv</c>, for all the tests of a class.</summary>
public sealed class ShippedEditions
{
    public ShippedEditions()
    {
        var clock = Stopwatch.StartNew();
        Editions = EditionLoader.Load(Repository.DataPath("editions.csv"));
        BuildTime = clock.Elapsed;
    }

    public IReadOnlyList<Edition> Editions { get; }

    public TimeSpan BuildTime { get; }

    public AllocationTable Table(string edition, string area) =>
        Editions.Single(e => e.Name == edition).Tables.Single(t => t.Area == AreaCode.Parse(area));
}

/// <summary>
/// RR-2020 and RR-2024 built from the shipped files agree with the WRC-15, WRC-19 and WRC-23 changes as the amendment
/// rows cite them and with data/README.md ("What each amendment changes"), item by item.
/// </summary>
public class ShippedEditionsTests(ShippedEditions shipped) : IClassFixture<ShippedEditions>
{
    private static readonly RadioService Mobile = RadioService.Parse("Mobile");
    private static readonly RadioService MobileExceptAeronautical = RadioService.Parse("Mobile except aeronautical mobile");

    [Fact]
    public void The_editions_are_RR_2012_RR_2020_and_RR_2024_each_with_its_three_Region_tables()
    {
        Assert.Equal(["RR-2012", "RR-2020", "RR-2024"], shipped.Editions.Select(e => e.Name));
        Assert.All(shipped.Editions, e =>
        {
            Assert.Equal(["ITU Region 1", "ITU Region 2", "ITU Region 3"], e.Tables.Select(t => t.Name).Order(StringComparer.Ordinal));
            Assert.All(e.Tables, t => Assert.Equal(e.Name, t.Edition));
        });
    }

    [Fact]
    public void RR_2012_is_the_shipped_tables_as_they_are()
    {
        var region1 = Assert.Single(new AllocationTableReader().Read(Repository.DataPath("itu", "rr-2012-region-1.csv")));
        var built = shipped.Table("RR-2012", "R1");

        Assert.Equal(region1.Allocations.Select(Row), built.Allocations.Select(Row));
        Assert.Equal(region1.BandFootnotes.Select(Row), built.BandFootnotes.Select(Row));
    }

    [Fact]
    public void RR_2020_Region_1_6700_to_7075_MHz_has_fixed_satellite_in_both_directions()
    {
        var table = shipped.Table("RR-2020", "R1");

        Assert.Equal(
            ["FIXED", "FIXED-SATELLITE (Earth-to-space)", "FIXED-SATELLITE (space-to-Earth)", "MOBILE"],
            table.AllocationsIn(FrequencyRange.Parse("6.7-7.075 GHz")).Select(a => a.Service.Format(a.Status)));
    }

    [Theory]
    [InlineData("R1")]
    [InlineData("R2")]
    [InlineData("R3")]
    public void RR_2020_has_primary_EESS_active_in_9200_to_9300_and_9900_to_10400_MHz_and_RR_2012_has_not(string area)
    {
        var eess = RadioService.Parse("Earth Exploration-Satellite (active)");
        foreach (var band in new[] { "9200-9300 MHz", "9.9-10.4 GHz" })
        {
            var range = FrequencyRange.Parse(band);
            var added = Eess(shipped.Table("RR-2020", area), range);
            Assert.NotEmpty(added);
            Assert.All(added, a =>
            {
                Assert.Equal(AllocationStatus.Primary, a.Status);
                Assert.Contains("5.474A", a.Footnotes.Select(f => f.Value));
                Assert.Contains("AI 1.12", a.Provenance.Source, StringComparison.Ordinal);
            });
            Assert.Equal(range, new FrequencyRange(added.Min(a => a.Range.Lower), added.Max(a => a.Range.Upper)));
            Assert.Empty(Eess(shipped.Table("RR-2012", area), range));
        }

        IReadOnlyList<Allocation> Eess(AllocationTable t, FrequencyRange range) =>
            [.. t.AllocationsIn(range).Where(a => a.Service == eess && a.Range.Lower >= range.Lower && a.Range.Upper <= range.Upper)];
    }

    [Fact]
    public void Each_edition_says_what_it_is_built_from_and_how_many_changes_of_which_conferences_it_holds()
    {
        var rows = new[] { "wrc-15", "wrc-19", "wrc-23" }.ToDictionary(
            f => f, f => File.ReadLines(Repository.DataPath("amendments", f + ".csv")).Skip(1).Count());

        Assert.Equal(
            ["RR-2012 (4 base files)",
             $"RR-2020 (RR-2012 + {rows["wrc-15"] + rows["wrc-19"]} changes of WRC-15/19)",
             $"RR-2024 (RR-2020 + {rows["wrc-23"]} changes of WRC-23)"],
            shipped.Editions.Select(e => e.Lineage));
        Assert.Equal([("WRC-15", rows["wrc-15"]), ("WRC-19", rows["wrc-19"])], shipped.Editions[1].ChangesByConference);
    }

    [Fact]
    public void RR_2020_Region_1_3400_to_3600_MHz_has_primary_mobile_except_aeronautical_mobile_with_5_430A_and_no_secondary_mobile()
    {
        var table = shipped.Table("RR-2020", "R1");
        var band = FrequencyRange.Parse("3400-3600 MHz");

        Assert.Equal(
            ["FIXED", "FIXED-SATELLITE (space-to-Earth)", "Radiolocation", "MOBILE except aeronautical mobile 5.430A"],
            table.Allocations.Where(a => a.Range == band).Select(a => $"{a.Service.Format(a.Status)} {string.Join(' ', a.Footnotes)}".Trim()));
        Assert.Equal(["5.431"], Assert.Single(table.BandFootnotes, b => b.Range == band).Footnotes.Select(f => f.Value));
        Assert.DoesNotContain(table.AllocationsIn(band), a => a.Service == Mobile);
    }

    [Fact]
    public void RR_2020_Region_1_694_to_790_MHz_has_primary_mobile_with_5_312A_and_470_to_694_MHz_is_unchanged()
    {
        var before = shipped.Table("RR-2012", "R1");
        var after = shipped.Table("RR-2020", "R1");
        var upper = FrequencyRange.Parse("694-790 MHz");
        var lower = FrequencyRange.Parse("470-694 MHz");

        var mobile = Assert.Single(after.Allocations, a => a.Range == upper && a.Service == MobileExceptAeronautical);
        Assert.Equal(AllocationStatus.Primary, mobile.Status);
        Assert.Equal(["5.312A"], mobile.Footnotes.Select(f => f.Value));
        Assert.Contains(after.Allocations, a => a.Range == upper && a.Service.Kind == ServiceKind.Broadcasting && a.Status == AllocationStatus.Primary);

        var whole = FrequencyRange.Parse("470-790 MHz");
        Assert.Equal(before.Allocations.Where(a => a.Range == whole).Select(a => a with { Range = lower }), after.Allocations.Where(a => a.Range == lower));
        Assert.Equal(before.BandFootnotes.Where(b => b.Range == whole).Select(b => b with { Range = lower }), after.BandFootnotes.Where(b => b.Range == lower));
    }

    [Theory]
    // WRC-15, 1 427-1 518 MHz: 5.341A/B/C by Region, 5.346 (Region 1 listed countries) and 5.346A in 1 452-1 492 MHz.
    [InlineData("R1", "1427-1452 MHz", "Mobile except aeronautical mobile", "5.341A", false)]
    [InlineData("R1", "1492-1518 MHz", "Mobile except aeronautical mobile", "5.341A", false)]
    [InlineData("R1", "1452-1492 MHz", "Mobile except aeronautical mobile", "5.346", true)]
    [InlineData("R2", "1427-1429 MHz", "Mobile except aeronautical mobile", "5.341B", false)]
    [InlineData("R2", "1429-1518 MHz", "Mobile", "5.341B", false)]
    [InlineData("R3", "1427-1429 MHz", "Mobile except aeronautical mobile", "5.341C", false)]
    [InlineData("R3", "1429-1452 MHz", "Mobile", "5.341C", false)]
    [InlineData("R3", "1492-1518 MHz", "Mobile", "5.341C", false)]
    [InlineData("R3", "1452-1492 MHz", "Mobile", "5.346A", false)]
    // WRC-15, 3 300-3 400 MHz: 5.429B (Region 1 listed countries, band footnote), 5.429D, 5.429F (band footnote).
    [InlineData("R1", "3300-3400 MHz", "", "5.429B", true)]
    [InlineData("R2", "3300-3400 MHz", "Mobile", "5.429D", false)]
    [InlineData("R3", "3300-3400 MHz", "", "5.429F", false)]
    // WRC-15, Region 2 3 400-3 700 MHz: 5.431B, 5.434.
    [InlineData("R2", "3400-3500 MHz", "Mobile", "5.431B", false)]
    [InlineData("R2", "3500-3600 MHz", "Mobile except aeronautical mobile", "5.431B", false)]
    [InlineData("R2", "3600-3700 MHz", "Mobile except aeronautical mobile", "5.434", false)]
    // WRC-15, 4 800-4 990 MHz: 5.441A (Region 2), 5.441B (Region 3).
    [InlineData("R2", "4800-4990 MHz", "Mobile", "5.441A", false)]
    [InlineData("R3", "4800-4990 MHz", "Mobile", "5.441B", false)]
    // WRC-19, 24.25-27.5 GHz: 5.532AB.
    [InlineData("R1", "24.25-27.5 GHz", "Mobile", "5.532AB", false)]
    [InlineData("R2", "24.25-27.5 GHz", "Mobile", "5.532AB", false)]
    [InlineData("R3", "24.25-27.5 GHz", "Mobile", "5.532AB", false)]
    // WRC-19, 37-43.5 GHz: 5.550B.
    [InlineData("R1", "37-42.5 GHz", "Mobile", "5.550B", false)]
    [InlineData("R1", "42.5-43.5 GHz", "Mobile except aeronautical mobile", "5.550B", false)]
    [InlineData("R2", "37-42.5 GHz", "Mobile", "5.550B", false)]
    [InlineData("R2", "42.5-43.5 GHz", "Mobile except aeronautical mobile", "5.550B", false)]
    [InlineData("R3", "37-42.5 GHz", "Mobile", "5.550B", false)]
    [InlineData("R3", "42.5-43.5 GHz", "Mobile except aeronautical mobile", "5.550B", false)]
    // WRC-19, 45.5-47 GHz 5.553A; 47.2-48.2 GHz 5.553B; 66-71 GHz 5.559AA.
    [InlineData("R1", "45.5-47 GHz", "Mobile", "5.553A", false)]
    [InlineData("R2", "45.5-47 GHz", "Mobile", "5.553A", false)]
    [InlineData("R3", "45.5-47 GHz", "Mobile", "5.553A", false)]
    [InlineData("R1", "47.2-48.2 GHz", "Mobile", "5.553B", false)]
    [InlineData("R2", "47.2-48.2 GHz", "Mobile", "5.553B", false)]
    [InlineData("R3", "47.2-48.2 GHz", "Mobile", "5.553B", false)]
    [InlineData("R1", "66-71 GHz", "Mobile", "5.559AA", false)]
    [InlineData("R2", "66-71 GHz", "Mobile", "5.559AA", false)]
    [InlineData("R3", "66-71 GHz", "Mobile", "5.559AA", false)]
    public void RR_2020_has_the_IMT_identification_of_the_reference_with_its_footnote_throughout_the_band_and_not_beyond(
        string area, string range, string service, string footnote, bool listedCountriesOnly)
    {
        var table = shipped.Table("RR-2020", area);
        var band = FrequencyRange.Parse(range);
        var id = FootnoteId.Parse(footnote);
        var parts = Parts(table, band);

        Assert.Equal(band.WidthHz, parts.Sum(p => p.WidthHz));
        foreach (var part in parts)
        {
            var (footnotes, marks) = Holder(table, part, service);
            Assert.Contains(id, footnotes);
            var mark = Assert.Single(marks, m => m.Footnote == id);
            Assert.Equal((Identification.Imt, listedCountriesOnly), (mark.Identifies, mark.ListedCountriesOnly));
        }
    }

    [Theory]
    [InlineData("R1", "5.341A", "1427-1452 MHz", "1492-1518 MHz")]
    [InlineData("R1", "5.346", "1452-1492 MHz")]
    [InlineData("R2", "5.341B", "1427-1518 MHz")]
    [InlineData("R3", "5.341C", "1427-1452 MHz", "1492-1518 MHz")]
    [InlineData("R3", "5.346A", "1452-1492 MHz")]
    [InlineData("R1", "5.429B", "3300-3400 MHz")]
    [InlineData("R2", "5.429D", "3300-3400 MHz")]
    [InlineData("R3", "5.429F", "3300-3400 MHz")]
    [InlineData("R2", "5.431B", "3400-3600 MHz")]
    [InlineData("R2", "5.434", "3600-3700 MHz")]
    [InlineData("R2", "5.441A", "4800-4990 MHz")]
    [InlineData("R3", "5.441B", "4800-4990 MHz")]
    [InlineData("R1", "5.532AB", "24.25-27.5 GHz")]
    [InlineData("R2", "5.550B", "37-43.5 GHz")]
    [InlineData("R3", "5.553A", "45.5-47 GHz")]
    [InlineData("R1", "5.553B", "47.2-48.2 GHz")]
    [InlineData("R2", "5.559AA", "66-71 GHz")]
    [InlineData("R3", "5.564A", "275-450 GHz")]
    public void RR_2020_cites_each_new_footnote_exactly_over_the_bands_of_the_reference(string area, string footnote, params string[] ranges)
    {
        var id = FootnoteId.Parse(footnote);

        Assert.Equal(ranges.Select(FrequencyRange.Parse), Extent(shipped.Table("RR-2020", area), id));
        Assert.Empty(Extent(shipped.Table("RR-2012", area), id));
    }

    [Theory]
    [InlineData("R1")]
    [InlineData("R2")]
    public void RR_2020_adds_the_missing_primary_mobile_allocation_in_24_25_to_25_25_GHz(string area)
    {
        var band = FrequencyRange.Parse("24.25-25.25 GHz");

        Assert.DoesNotContain(shipped.Table("RR-2012", area).AllocationsIn(band), a => a.Service == Mobile);
        Assert.All(Parts(shipped.Table("RR-2020", area), band), part =>
        {
            var mobile = Assert.Single(shipped.Table("RR-2020", area).Allocations, a => a.Range == part && a.Service == Mobile);
            Assert.Equal((AllocationStatus.Primary, Confidence.Low), (mobile.Status, mobile.Provenance.Confidence));
        });
    }

    [Theory]
    [InlineData("R1")]
    [InlineData("R2")]
    [InlineData("R3")]
    public void RR_2020_has_radiolocation_primary_in_77_5_to_78_GHz(string area)
    {
        var band = FrequencyRange.Parse("77.5-78 GHz");

        var radiolocation = Assert.Single(shipped.Table("RR-2020", area).Allocations, a => a.Range == band && a.Service.Kind == ServiceKind.Radiolocation);
        Assert.Equal((AllocationStatus.Primary, Confidence.Medium), (radiolocation.Status, radiolocation.Provenance.Confidence));
        Assert.DoesNotContain(shipped.Table("RR-2012", area).AllocationsIn(band), a => a.Service.Kind == ServiceKind.Radiolocation);
    }

    [Theory]
    [InlineData("R1")]
    [InlineData("R2")]
    [InlineData("R3")]
    public void RR_2020_has_band_footnote_5_564A_in_275_to_450_GHz_only(string area)
    {
        var table = shipped.Table("RR-2020", area);
        var id = FootnoteId.Parse("5.564A");

        Assert.Contains(id, Assert.Single(table.BandFootnotes, b => b.Range == FrequencyRange.Parse("275-450 GHz")).Footnotes);
        Assert.DoesNotContain(id, Assert.Single(table.BandFootnotes, b => b.Range == FrequencyRange.Parse("450-1000 GHz")).Footnotes);
    }

    [Fact]
    public void RR_2024_Region_1_3600_to_3800_MHz_has_primary_mobile_except_aeronautical_mobile_instead_of_secondary_mobile()
    {
        var table = shipped.Table("RR-2024", "R1");
        var band = FrequencyRange.Parse("3600-3800 MHz");

        var mobile = Assert.Single(table.Allocations, a => a.Range == band && a.Service == MobileExceptAeronautical);
        Assert.Equal(AllocationStatus.Primary, mobile.Status);
        Assert.DoesNotContain(table.AllocationsIn(band), a => a.Service == Mobile);
        Assert.Contains(table.Allocations, a => a.Range == FrequencyRange.Parse("3800-4200 MHz") && a.Service == Mobile && a.Status == AllocationStatus.Secondary);
    }

    [Fact]
    public void The_diff_from_RR_2020_to_RR_2024_in_Region_1_6_to_7_2_GHz_is_the_IMT_identification_of_6425_to_7125_MHz_only()
    {
        var changes = EditionDiff.Compare(shipped.Table("RR-2020", "R1"), shipped.Table("RR-2024", "R1"), FrequencyRange.Parse("6-7.2 GHz"));

        Assert.All(changes, c =>
        {
            Assert.Equal((EditionChangeKind.IdentificationAdded, Mobile, Identification.Imt), (c.Kind, c.Service, c.Mark!.Identifies));
            Assert.Null(c.Footnote);
        });
        Assert.Equal(
            ["6.425-6.7 GHz", "6.7-7.025 GHz", "7.025-7.075 GHz", "7.075-7.125 GHz"],
            changes.Select(c => c.Band.ToString()));
        Assert.Equal("6.425-6.7 GHz Mobile: IMT identified (no number)", changes[0].ToString());
    }

    [Fact]
    public void The_diff_from_RR_2012_to_RR_2020_in_Region_1_470_to_790_MHz_shows_only_the_new_mobile_allocation()
    {
        var changes = EditionDiff.Compare(shipped.Table("RR-2012", "R1"), shipped.Table("RR-2020", "R1"), FrequencyRange.Parse("470-790 MHz"));

        var change = Assert.Single(changes);
        Assert.Equal((EditionChangeKind.AllocationAdded, FrequencyRange.Parse("694-790 MHz"), MobileExceptAeronautical), (change.Kind, change.Band, change.Service));
        Assert.Equal(["5.312A"], change.After!.Footnotes.Select(f => f.Value));
    }

    [Fact]
    public void The_diff_of_all_three_Regions_from_RR_2012_to_RR_2020_pairs_the_tables_by_name()
    {
        var diffs = EditionDiff.CompareEditions(shipped.Editions[0].Tables, shipped.Editions[1].Tables);

        Assert.Equal(["ITU Region 1", "ITU Region 2", "ITU Region 3"], diffs.Select(d => d.Tables.Name));
        Assert.All(diffs, d => Assert.NotEmpty(d.Changes));
        Assert.Contains(diffs[0].Changes, c => c.Kind == EditionChangeKind.AllocationRemoved && c.Service == Mobile && c.Band == FrequencyRange.Parse("3400-3600 MHz"));
    }

    // Where a table cites a footnote, on an allocation or the band, adjacent bands joined.
    private static List<FrequencyRange> Extent(AllocationTable table, FootnoteId id)
    {
        var citing = table.Allocations.Where(a => a.Footnotes.Contains(id)).Select(a => a.Range)
            .Concat(table.BandFootnotes.Where(b => b.Footnotes.Contains(id)).Select(b => b.Range))
            .Distinct().Order();
        var joined = new List<FrequencyRange>();
        foreach (var range in citing)
        {
            if (joined.Count > 0 && joined[^1].Upper >= range.Lower)
            {
                joined[^1] = new FrequencyRange(joined[^1].Lower, range.Upper > joined[^1].Upper ? range.Upper : joined[^1].Upper);
            }
            else
            {
                joined.Add(range);
            }
        }

        return joined;
    }

    private static string Row(Allocation a) => $"{a} {a.Provenance}";

    private static string Row(BandFootnotes b) => $"{b.Range} {string.Join(' ', b.Footnotes)} {b.Provenance}";

    // The bands of the table within `band`: every one must lie inside it (the amendments split at its edges).
    private static List<FrequencyRange> Parts(AllocationTable table, FrequencyRange band)
    {
        List<FrequencyRange> parts = [.. table.Allocations.Select(a => a.Range).Concat(table.BandFootnotes.Select(b => b.Range))
            .Where(r => r.Overlaps(band)).Distinct().Order()];
        Assert.All(parts, r => Assert.Equal(r, r.Intersect(band)));
        return parts;
    }

    private static (IReadOnlyList<FootnoteId> Footnotes, IReadOnlyList<ChangeMark> Marks) Holder(AllocationTable table, FrequencyRange part, string service)
    {
        if (service.Length == 0)
        {
            var band = Assert.Single(table.BandFootnotes, b => b.Range == part);
            return (band.Footnotes, band.Marks);
        }

        var allocation = Assert.Single(table.Allocations, a => a.Range == part && a.Service == RadioService.Parse(service));
        return (allocation.Footnotes, allocation.Marks);
    }
}

/// <summary>How long building the three editions from the shipped files takes, measured alone.</summary>
[Collection(Csv.Serial.Name)]
public class ShippedEditionsTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Reading_and_building_all_three_editions_takes_well_under_five_seconds()
    {
        var clock = Stopwatch.StartNew();
        EditionLoader.Load(Repository.DataPath("editions.csv"));
        var first = clock.Elapsed;
        clock.Restart();
        var editions = EditionLoader.Load(Repository.DataPath("editions.csv"));
        var loaded = clock.Elapsed;

        var tables = editions[0].Tables;
        var definitions = editions.Select(e => e.Definition).ToArray();
        var amendments = definitions.SelectMany(d => d.AmendmentFiles)
            .ToDictionary(f => f, f => new AmendmentReader().Read(Repository.DataPath(f)));
        clock.Restart();
        EditionBuilder.Build(definitions, new Dictionary<string, IReadOnlyList<AllocationTable>> { ["RR-2012"] = tables }, amendments);
        var built = clock.Elapsed;

        output.WriteLine($"read and built: {first.TotalMilliseconds:0} ms the first time in the process, {loaded.TotalMilliseconds:0} ms the second; built from tables and amendments already read: {built.TotalMilliseconds:0} ms");
        Assert.True(first < TimeSpan.FromSeconds(5), $"{first.TotalMilliseconds:0} ms");
    }
}
