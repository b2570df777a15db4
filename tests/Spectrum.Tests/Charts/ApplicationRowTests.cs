using System.Xml.Linq;
using SkiaSharp;
using Spectrum.Charts;
using static Spectrum.Tests.Charts.ChartFixtures;

namespace Spectrum.Tests.Charts;

/// <summary>
/// The applications of a national table as a row of their own under the table's, on the hand-made tables: cells at the
/// applications' bands, stacked where they overlap, labelled by name, a single frequency drawn as a thin visible bar.
/// </summary>
public sealed class ApplicationRowTests
{
    private static readonly FrequencyRange Beacon = FrequencyRange.Parse("23.8 GHz");

    private static ChartRow ApplicationRow(BandChart chart) => Assert.Single(chart.Rows, r => r.Layer == RowLayer.Applications);

    private static string[] Names(BandCell cell) => [.. cell.Shares.Cast<ApplicationShare>().Select(s => s.Application.Name)];

    [Fact]
    public void A_table_with_applications_gets_one_more_row_directly_under_its_own()
    {
        var without = Chart();
        var chart = ChartWithApplications();

        Assert.Equal(["ITU Region 1", "ITU Region 1 · applications", "ITU Region 2"], chart.Rows.Select(r => r.Name));
        Assert.Equal([RowLayer.Allocations, RowLayer.Applications, RowLayer.Allocations], chart.Rows.Select(r => r.Layer));
        Assert.Equal(without.Rows.Count + 1, chart.Rows.Count);
        Assert.Equal(AreaCode.Region(1), chart.Rows[1].Area);
        Assert.True(chart.Height - without.Height >= Options.RowHeight, $"{without.Height} px grew to {chart.Height} px, not by a row");
    }

    [Fact]
    public void Application_cells_lie_at_the_applications_bands_and_overlapping_ones_are_stacked()
    {
        var row = ApplicationRow(ChartWithApplications());

        Assert.Equal([GHz(22.2m, 23.4m), Beacon, GHz(24.25m, 26.5m), GHz(26.5m, 27.5m), GHz(27.5m, 28)], row.Cells.Select(c => c.Range));
        Assert.Equal([["Fixed links"], ["Beacon"], ["MFCN"], ["MFCN", "PMSE"], ["PMSE"]], row.Cells.Select(Names));
        var stacked = row.Cells[3].Shares;
        Assert.Equal([(0.0, 0.5), (0.5, 1.0)], stacked.Select(s => (s.Top, s.Bottom)));
        Assert.Equal([false, true, false, false, false], row.Cells.Select(c => c.IsSingleFrequency));
    }

    [Fact]
    public void Applications_are_drawn_in_a_neutral_colour_apart_from_every_service_and_outline()
    {
        var row = ApplicationRow(ChartWithApplications());

        Assert.All(row.Cells.Where(c => !c.IsSingleFrequency).SelectMany(c => c.Shares), s => Assert.Equal(ServicePalette.Application, s.Color));
        Assert.Equal(ServicePalette.SingleFrequencyApplication, Assert.Single(row.Cells.Single(c => c.IsSingleFrequency).Shares).Color);
        var others = Enum.GetValues<ServiceFamily>()
            .SelectMany(f => Enum.GetValues<AllocationStatus>().Select(s => ServicePalette.ColorOf(f, s)))
            .Concat([ServicePalette.ImtOutline, ServicePalette.EarthObservationOutline, ServicePalette.AgendaItemOutline, ServicePalette.Hatch])
            .ToArray();
        foreach (var colour in new[] { ServicePalette.Application, ServicePalette.SingleFrequencyApplication })
        {
            var nearest = others.Min(o => Math.Sqrt(Math.Pow(o.R - colour.R, 2) + Math.Pow(o.G - colour.G, 2) + Math.Pow(o.B - colour.B, 2)));
            Assert.True(nearest >= 25, $"{colour} is within {nearest:0} of a service or outline colour");
        }
    }

    [Fact]
    public void Application_cells_are_labelled_with_the_application_name_where_it_fits()
    {
        var row = ApplicationRow(ChartWithApplications());

        Assert.Equal(["Fixed links", "MFCN", "MFCN", "PMSE", "PMSE"], row.Labels.Select(l => l.Text));
        Assert.Contains(row.Labels, l => l.Text == "Fixed links" && GHz(22.2m, 23.4m).Contains(new Frequency((long)l.CenterHertz)));
        Assert.All(row.Labels.SelectMany((a, i) => row.Labels.Skip(i + 1), (a, b) => (a, b)), p => Assert.False(p.a.Bounds.Intersects(p.b.Bounds)));
        // A label of the applications row lies in that row's bar, below the table's own row.
        var barTop = ChartWithApplications().Geometry.LaneHeight + Options.RowHeight;
        Assert.All(row.Labels, l => Assert.InRange(l.Bounds.Top, barTop, barTop + Options.RowHeight));
    }

    [Fact]
    public void Highlights_stay_on_the_tables_rows()
    {
        var chart = ChartWithApplications();

        Assert.Equal([0], Assert.Single(chart.Marks, m => m.Kind == MarkKind.Imt && m.Range == GHz(26, 27)).Rows);
        Assert.Equal([0, 2], Assert.Single(chart.Marks, m => m.Kind == MarkKind.Imt && m.Range == GHz(24.25m, 27.5m)).Rows);
        Assert.Equal([0, 2], Assert.Single(chart.Marks, m => m.Kind == MarkKind.EarthObservation).Rows);
    }

    [Fact]
    public void The_legend_has_one_entry_for_applications()
    {
        var entry = Assert.Single(ChartWithApplications().Legend, e => e.Text == "application (national table)");

        Assert.Equal((ServicePalette.Application, LegendSymbol.Fill), (entry.Color, entry.Symbol));
        Assert.DoesNotContain(Chart().Legend, e => e.Text == "application (national table)");
    }

    [Fact]
    public void A_table_without_applications_on_the_chart_gets_no_row()
    {
        var applications = new Dictionary<string, IReadOnlyList<BandApplication>>
        {
            [Region(2).Name] = [Application(30, 31, "RLAN"), Application(28, 28, "At the upper edge")],
            ["Germany"] = Applications,
        };
        var chart = BandChartBuilder.Build(GHz(22, 28), [Region(1), Region(2)], [ImtBand], Options, applications);

        Assert.Equal(["ITU Region 1", "ITU Region 2"], chart.Rows.Select(r => r.Name));
        Assert.DoesNotContain(chart.Legend, e => e.Text == "application (national table)");
    }

    [Fact]
    public void A_chart_without_applications_is_the_chart_it_was()
    {
        var before = Chart();
        var empty = BandChartBuilder.Build(GHz(22, 28), [Region(1), Region(2)], [ImtBand], Options, new Dictionary<string, IReadOnlyList<BandApplication>>());

        Assert.Equal(before.Rows.Select(r => (r.Name, r.Layer)), empty.Rows.Select(r => (r.Name, r.Layer)));
        Assert.Equal(before.Rows.SelectMany(r => r.Cells.Select(c => c.Range)), empty.Rows.SelectMany(r => r.Cells.Select(c => c.Range)));
        Assert.Equal(before.Rows.SelectMany(r => r.Labels), empty.Rows.SelectMany(r => r.Labels));
        Assert.Equal(before.Height, empty.Height);
        Assert.Equal(Render(before, ChartFormat.Png).Bytes, Render(empty, ChartFormat.Png).Bytes);
    }

    [Fact]
    public void In_the_overview_only_the_strips_with_applications_get_their_row()
    {
        var overview = BandChartBuilder.BuildOverview([Region(1)], [ImtBand], Options, ForRegion1(Applications));

        Assert.All(overview.Strips, s => Assert.Equal(
            s.Axis.Range == FrequencyRange.Parse("3-30 GHz") || s.Axis.Range == FrequencyRange.Parse("30-275 GHz"),
            s.Rows.Any(r => r.Layer == RowLayer.Applications)));
        Assert.Contains(overview.Strips[^1].Legend, e => e.Text == "application (national table)");
    }

    public static TheoryData<string> Axes => ["linear", "logarithmic", "segmented"];

    /// <summary>The chart with applications for Region 1 on each kind of axis; each shows the beacon and MFCN.</summary>
    private static BandChart OnAxis(string axis) => axis switch
    {
        "linear" => ChartWithApplications(),
        "logarithmic" => BandChartBuilder.Build(GHz(10, 40), [Region(1), Region(2)], [ImtBand], Options with { Scale = AxisScale.Logarithmic }, ForRegion1(Applications)),
        _ => BandChartBuilder.BuildAgendaItem([ImtBand with { Range = GHz(23.7m, 23.9m) }, ImtBand], [Region(1), Region(2)], [ImtBand], Options, ForRegion1(Applications)),
    };

    [Theory]
    [MemberData(nameof(Axes))]
    public void Application_cells_are_drawn_in_their_colour_and_a_single_frequency_as_a_thin_visible_bar(string axis)
    {
        var chart = OnAxis(axis);
        Assert.Equal(axis == "segmented", chart.Axis.IsSegmented);
        Assert.Equal(axis == "logarithmic" ? AxisScale.Logarithmic : AxisScale.Linear, chart.Axis.Scale);
        var (png, layout) = Render(chart, ChartFormat.Png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((chart.Width, chart.Height), (bitmap.Width, bitmap.Height));

        var index = chart.Rows.ToList().FindIndex(r => r.Layer == RowLayer.Applications);
        Assert.Equal(1, index);
        var row = chart.Rows[index];
        var mfcn = row.Cells.First(c => Names(c) is ["MFCN"]);
        Assert.Equal(Sk(ServicePalette.Application), ColourInShare(bitmap, layout, chart, index, mfcn, mfcn.Shares[0]));

        var beacon = Assert.Single(row.Cells, c => c.IsSingleFrequency);
        Assert.Equal(Beacon, beacon.Range);
        var (x, y) = layout.PositionOf(Beacon.LowerHz, PositionInShare(index, beacon.Shares[0]));
        var dark = Sk(ServicePalette.SingleFrequencyApplication);
        var width = Enumerable.Range((int)x - 10, 21)
            .Select(px => bitmap.GetPixel(px, (int)Math.Round(y)))
            .Count(c => Math.Abs(c.Red - dark.Red) + Math.Abs(c.Green - dark.Green) + Math.Abs(c.Blue - dark.Blue) <= 30);
        Assert.InRange(width, 2, 4);
    }

    [Fact]
    public void An_SVG_carries_the_application_row_and_its_labels_as_text()
    {
        var svg = XDocument.Load(new MemoryStream(Render(ChartWithApplications(), ChartFormat.Svg).Bytes));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToArray();
        Assert.Contains("ITU Region 1 · applications", texts);
        Assert.Contains("MFCN", texts);
        Assert.Contains("Fixed links", texts);
        Assert.Contains("application (national table)", texts);
    }
}
