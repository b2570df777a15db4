using Spectrum.Csv;

namespace Spectrum.Tests.Data;

/// <summary>
/// The losses of the source that data/README.md lists under "Losses of the source, repaired", one test per kind, on
/// the shipped rows: each repaired row is there, says what was corrected and on what evidence, and carries medium
/// confidence.
/// </summary>
public class SourceLossTests
{
    private static readonly Lazy<AllocationTable[]> Tables = new(() =>
        [.. new[] { 1, 2, 3 }.Select(n => Assert.Single(new AllocationTableReader().Read(Repository.DataPath("itu", $"rr-2012-region-{n}.csv"))))]);

    private static IEnumerable<string> Services(int region, string band) =>
        Tables.Value[region - 1].Allocations.Where(a => a.Range == FrequencyRange.Parse(band)).Select(a => a.Service.ToString());

    private static Allocation Row(int region, string band, string service) =>
        Assert.Single(Tables.Value[region - 1].Allocations, a => a.Range == FrequencyRange.Parse(band) && a.Service == RadioService.Parse(service));

    private static void AssertCorrected(Allocation row, string kind)
    {
        Assert.Contains($"; corrected ({kind}): ", row.Provenance.Source, StringComparison.Ordinal);
        Assert.Contains("evidence: ", row.Provenance.Source, StringComparison.Ordinal);
        Assert.Equal(Confidence.Medium, row.Provenance.Confidence);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_service_the_RR_writes_with_two_directions_has_a_row_for_each(int region)
    {
        Assert.Equal(
            ["Fixed", "Fixed-Satellite (Earth-to-space)", "Fixed-Satellite (space-to-Earth)", "Mobile"],
            Services(region, "6700-7075 MHz"));
        var added = Row(region, "6700-7075 MHz", "Fixed-Satellite (space-to-Earth)");
        Assert.Equal(AllocationStatus.Primary, added.Status);
        AssertCorrected(added, "direction");
        Assert.Contains("5.458B", added.Provenance.Source, StringComparison.Ordinal);

        Assert.Contains("Radionavigation-Satellite (space-to-space)", Services(region, "1559-1610 MHz"));
        Assert.Contains("Space Operation (space-to-space)", Services(region, "2025-2110 MHz"));
    }

    [Fact]
    public void The_footnotes_of_the_lost_direction_move_to_its_row()
    {
        // RR Region 1 17.3-17.7 GHz: FIXED-SATELLITE (Earth-to-space) 5.516 (space-to-Earth) 5.516A 5.516B.
        Assert.Equal(["5.516"], Row(1, "17.3-17.7 GHz", "Fixed-Satellite (Earth-to-space)").Footnotes.Select(f => f.Value));
        Assert.Equal(["5.516A", "5.516B"], Row(1, "17.3-17.7 GHz", "Fixed-Satellite (space-to-Earth)").Footnotes.Select(f => f.Value));
        // Regions 2 and 3 have the Earth-to-space direction only: nothing added there.
        Assert.DoesNotContain("Fixed-Satellite (space-to-Earth)", Services(2, "17.3-17.7 GHz"));
        Assert.DoesNotContain("Fixed-Satellite (space-to-Earth)", Services(3, "17.3-17.7 GHz"));
    }

    [Theory]
    [InlineData("1670-1675 MHz", "Meteorological-Satellite (space-to-Earth)", "Meteorological-Satellite (Earth-to-space)")]
    [InlineData("2110-2120 MHz", "Space Research (deep space) (Earth-to-space)", "Space Research (deep space)")]
    [InlineData("31.8-32 GHz", "Space Research (deep space) (space-to-Earth)", "Space Research (deep space)")]
    public void A_qualifier_read_wrongly_or_dropped_is_restored_in_every_Region(string band, string right, string wrong)
    {
        foreach (var region in new[] { 1, 2, 3 })
        {
            AssertCorrected(Row(region, band, right), "qualifier");
            Assert.DoesNotContain(wrong, Services(region, band));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_service_the_band_lost_is_added(int region)
    {
        Assert.Equal(
            ["Earth Exploration-Satellite (passive)", "Radio Astronomy", "Space Research (passive)"],
            Services(region, "109.5-111.8 GHz"));
        AssertCorrected(Row(region, "109.5-111.8 GHz", "Space Research (passive)"), "service");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_band_edge_read_wrongly_is_moved(int region)
    {
        var table = Tables.Value[region - 1];
        Assert.DoesNotContain(table.Allocations, a => a.Range.Lower == Frequency.FromKHz(137.5m) || a.Range.Upper == Frequency.FromKHz(137.5m));
        var amateur = Row(region, "135.7-137.8 kHz", "Amateur");
        Assert.Equal(AllocationStatus.Secondary, amateur.Status);
        AssertCorrected(amateur, "edge");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_band_the_source_merged_is_split_as_the_RR_has_it(int region)
    {
        Assert.Empty(Services(region, "0-8.3 kHz"));
        Assert.Equal(["Meteorological Aids"], Services(region, "8.3-9 kHz"));
        Assert.Equal(["Meteorological Aids", "Radionavigation"], Services(region, "9-11.3 kHz"));
        Assert.Equal(["Radionavigation"], Services(region, "11.3-14 kHz"));
        AssertCorrected(Row(region, "8.3-9 kHz", "Meteorological Aids"), "split");
        Assert.Equal(["5.54A"], Row(region, "9-11.3 kHz", "Meteorological Aids").Footnotes.Select(f => f.Value));
    }
}
