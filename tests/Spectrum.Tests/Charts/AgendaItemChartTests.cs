using Spectrum.Charts;
using Spectrum.Conference;
using Spectrum.Csv;
using Spectrum.Tests.Conference;
using Spectrum.Tests.Data;
using static Spectrum.Tests.Charts.ChartFixtures;

namespace Spectrum.Tests.Charts;

/// <summary>
/// The chart of an agenda item of any kind, on the shipped agenda bands and RR-2024 tables: its bands outlined and
/// labelled with the item and their footnotes, bands far apart on a segmented axis, secondary allocations hatched.
/// </summary>
public sealed class AgendaItemChartTests(ShippedEditions shipped) : IClassFixture<ShippedEditions>
{
    private static readonly IReadOnlyList<AgendaBand> Bands = new AgendaBandReader().Read(Repository.DataPath("wrc23", "agenda-bands.csv"));

    private AllocationTable[] Regions => [.. new[] { "R1", "R2", "R3" }.Select(r => shipped.Table("RR-2024", r))];

    private BandChart ChartOf(string item)
    {
        var bands = Bands.Where(b => b.AgendaItem == item).ToList();
        return BandChartBuilder.BuildAgendaItem(bands, Regions, bands, Options with { Title = $"WRC-23 agenda item {item}" });
    }

    [Theory]
    [InlineData("1.16", "17.7-18.6 GHz", 3)]          // FSS/ESIM, in every Region
    [InlineData("1.17", "11.7-12.7 GHz", 3)]          // inter-satellite
    [InlineData("1.19", "17.3-17.7 GHz", 1)]          // FSS (space-to-Earth), Region 2 only
    [InlineData("9.1 b", "1 240-1 300 MHz", 3)]       // the RNSS protected from the amateur service
    public void An_agenda_item_of_any_kind_outlines_its_bands_and_labels_them_with_the_item(string item, string band, int regions)
    {
        var chart = ChartOf(item);

        var mark = Assert.Single(chart.Marks, m => m.Range == FrequencyRange.Parse(band) && m.Label == $"AI {item}");
        Assert.Equal(MarkKind.AgendaItem, mark.Kind);
        Assert.Equal(regions, mark.Rows.Count);
        Assert.Contains(chart.MarkLabels, l => l.Text.StartsWith($"AI {item}", StringComparison.Ordinal));
        Assert.Contains(chart.Legend, e => e.Symbol == LegendSymbol.DashDotOutline);
    }

    [Fact]
    public void The_label_of_an_agenda_band_names_the_footnotes_of_its_service_there()
    {
        var chart = ChartOf("9.1 b");

        var mark = Assert.Single(chart.Marks, m => m.Label == "AI 9.1 b");
        // 5.329 and 5.329A are footnotes of the RNSS allocation at 1 240-1 300 MHz in the shipped Table.
        Assert.Contains(FootnoteId.Parse("5.329"), mark.Footnotes);
        Assert.Contains(FootnoteId.Parse("5.329A"), mark.Footnotes);
        Assert.Contains(chart.MarkLabels, l => l.Text.Contains("5.329A", StringComparison.Ordinal));
    }

    [Fact]
    public void Bands_far_apart_are_drawn_on_a_segmented_axis_each_stretch_with_equal_room()
    {
        var chart = ChartOf("1.16");

        // 17.7-20.2 GHz and 27.5-30 GHz, each widened by a fifth of its span.
        Assert.Equal([FrequencyRange.Parse("17.2-20.7 GHz"), FrequencyRange.Parse("27-30.5 GHz")], chart.Axis.Segments);
        Assert.True(chart.Axis.IsSegmented);
        var first = chart.Axis.Fraction(20.7e9) - chart.Axis.Fraction(17.2e9);
        var second = chart.Axis.Fraction(30.5e9) - chart.Axis.Fraction(27e9);
        Assert.Equal(first, second, 9);
        // The 6.3 GHz between the stretches take only the break.
        Assert.Equal(ChartAxis.GapFraction, chart.Axis.Fraction(27e9) - chart.Axis.Fraction(20.7e9), 9);
        Assert.All(chart.Rows.SelectMany(r => r.Cells), cell =>
            Assert.Contains(chart.Axis.Segments, s => s.LowerHz <= cell.Range.LowerHz && cell.Range.UpperHz <= s.UpperHz));
    }

    [Fact]
    public void Bands_close_together_keep_one_axis()
    {
        var chart = ChartOf("9.1 b");

        Assert.False(chart.Axis.IsSegmented);
        Assert.Equal(FrequencyRange.Parse("1 228-1 312 MHz"), chart.Axis.Range);
    }

    [Fact]
    public void A_segmented_axis_maps_back_and_forth_within_each_segment()
    {
        var axis = new ChartAxis(GHz(10, 40), AxisScale.Linear) { Segments = [GHz(10, 12), GHz(30, 40)] };

        Assert.Equal(0, axis.Fraction(10e9));
        Assert.Equal(1, axis.Fraction(40e9));
        Assert.Equal(axis.SegmentEnd(0), axis.Fraction(20e9));   // in the break: the lower segment's end
        foreach (var hertz in new[] { 10.5e9, 11.9e9, 31e9, 39.5e9 })
        {
            Assert.Equal(hertz, axis.HertzAt(axis.Fraction(hertz)), 1);
        }

        Assert.Throws<ArgumentException>(() => axis with { Segments = [GHz(10, 12), GHz(11, 13)] });
    }

    [Fact]
    public void Secondary_allocations_are_hatched_and_the_legend_says_so()
    {
        var chart = Chart();

        Assert.Contains(chart.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Shares).OfType<ServiceShare>(), s => s.Status == AllocationStatus.Secondary);
        var hatch = Assert.Single(chart.Legend, e => e.Symbol == LegendSymbol.Hatch);
        Assert.Contains("secondary", hatch.Text, StringComparison.Ordinal);
    }
}
