using Spectrum.Charts;
using Spectrum.Conference;
using Spectrum.Tests.Conference;
using Spectrum.Tests.Data;
using Spectrum.Csv;
using static Spectrum.Tests.Charts.ChartFixtures;

namespace Spectrum.Tests.Charts;

public class BandChartBuilderTests
{
    private static BandCell Cell(BandChart chart, int row, decimal lower, decimal upper) =>
        Assert.Single(chart.Rows[row].Cells, c => c.Range == GHz(lower, upper));

    /// <summary>The shares of a cell of a table's row: every one a service's.</summary>
    private static ServiceShare[] Services(BandCell cell) => [.. cell.Shares.Cast<ServiceShare>()];

    [Fact]
    public void Each_table_is_a_row_in_the_order_given()
    {
        var chart = Chart();

        Assert.Equal(["ITU Region 1", "ITU Region 2"], chart.Rows.Select(r => r.Name));
        Assert.Equal([GHz(22, 23.6m), GHz(23.6m, 24), GHz(24, 24.05m), GHz(24.05m, 24.25m), GHz(24.25m, 27.5m), GHz(27.5m, 28)],
            chart.Rows[0].Cells.Select(c => c.Range));
    }

    [Fact]
    public void A_band_is_split_in_equal_shares_among_its_services_primary_first()
    {
        var cell = Cell(Chart(), 0, 24.05m, 24.25m);

        Assert.Equal(["Radiolocation", "Amateur", "Earth Exploration-Satellite (active)"], Services(cell).Select(s => s.Service.Name));
        Assert.Equal([AllocationStatus.Primary, AllocationStatus.Secondary, AllocationStatus.Secondary], Services(cell).Select(s => s.Status));
        Assert.Equal([0, 1 / 3.0, 2 / 3.0], cell.Shares.Select(s => s.Top), new Tolerance());
        Assert.Equal([1 / 3.0, 2 / 3.0, 1], cell.Shares.Select(s => s.Bottom), new Tolerance());
    }

    [Fact]
    public void Bands_are_clipped_to_the_chart_range()
    {
        var chart = BandChartBuilder.Build(GHz(23, 25), [Region(1)], [], Options);

        Assert.Equal(GHz(23, 23.6m), chart.Rows[0].Cells[0].Range);
        Assert.Equal(GHz(24.25m, 25), chart.Rows[0].Cells[^1].Range);
    }

    [Theory]
    [InlineData("Fixed", ServiceFamily.Fixed)]
    [InlineData("Land Mobile", ServiceFamily.Mobile)]
    [InlineData("Aeronautical Mobile (R)", ServiceFamily.Mobile)]
    [InlineData("Maritime Mobile", ServiceFamily.Mobile)]
    [InlineData("Fixed-Satellite (Earth-to-space)", ServiceFamily.FixedSatellite)]
    [InlineData("Maritime Mobile-Satellite (space-to-Earth)", ServiceFamily.MobileSatellite)]
    [InlineData("Broadcasting-Satellite", ServiceFamily.Broadcasting)]
    [InlineData("Aeronautical Radionavigation", ServiceFamily.Radiodetermination)]
    [InlineData("Radiolocation", ServiceFamily.Radiodetermination)]
    [InlineData("Earth Exploration-Satellite (passive)", ServiceFamily.EarthObservationPassive)]
    [InlineData("Meteorological-Satellite (space-to-Earth)", ServiceFamily.EarthObservationActive)]
    [InlineData("Space Research (passive)", ServiceFamily.EarthObservationPassive)]
    [InlineData("Radio Astronomy", ServiceFamily.RadioAstronomy)]
    [InlineData("Amateur-Satellite", ServiceFamily.Amateur)]
    [InlineData("Inter-Satellite", ServiceFamily.SpaceLinks)]
    [InlineData("Space Operation (space-to-Earth)", ServiceFamily.SpaceLinks)]
    [InlineData("Standard Frequency and Time Signal", ServiceFamily.Other)]
    public void Each_service_has_the_colour_of_its_family(string service, ServiceFamily family) =>
        Assert.Equal(family, ServicePalette.FamilyOf(RadioService.Parse(service)));

    [Fact]
    public void Shares_carry_their_family_colour()
    {
        var cell = Cell(Chart(), 0, 27.5m, 28);

        Assert.Equal(
            [ServiceFamily.Fixed, ServiceFamily.FixedSatellite, ServiceFamily.Mobile],
            Services(cell).Select(s => s.Family));
        Assert.All(Services(cell), s => Assert.Equal(ServicePalette.ColorOf(s.Family, s.Status), s.Color));
        Assert.Equal(3, cell.Shares.Select(s => s.Color).Distinct().Count());
    }

    [Fact]
    public void Every_family_has_its_own_primary_colour_and_a_lighter_secondary_one()
    {
        var families = Enum.GetValues<ServiceFamily>();
        var primaries = families.Select(f => ServicePalette.ColorOf(f, AllocationStatus.Primary)).ToArray();

        Assert.Equal(families.Length, primaries.Distinct().Count());
        Assert.All(families, f =>
        {
            var primary = ServicePalette.ColorOf(f, AllocationStatus.Primary);
            var secondary = ServicePalette.ColorOf(f, AllocationStatus.Secondary);
            Assert.NotEqual(primary, secondary);
            Assert.True(secondary.Luminance > primary.Luminance, $"{f}: secondary {secondary} is not lighter than {primary}");
        });
    }

    [Fact]
    public void An_IMT_agenda_band_is_outlined_in_its_Region_and_labelled_with_its_agenda_item()
    {
        var chart = Chart();

        var mark = Assert.Single(chart.Marks, m => m.Kind == MarkKind.Imt && m.Range == GHz(26, 27));
        Assert.Equal("AI 1.2", mark.Label);
        Assert.Equal([0], mark.Rows);
        Assert.Contains(chart.MarkLabels, l => l.Text == "AI 1.2");
    }

    [Fact]
    public void An_allocation_identified_for_IMT_is_outlined_with_the_agenda_item_of_its_mark()
    {
        var mark = Assert.Single(Chart().Marks, m => m.Kind == MarkKind.Imt && m.Range == GHz(24.25m, 27.5m));

        Assert.Equal("AI 1.13", mark.Label);
        Assert.Equal([0, 1], mark.Rows);
    }

    [Fact]
    public void A_5_340_band_is_marked_as_an_Earth_observation_protection_in_every_row()
    {
        var mark = Assert.Single(Chart().Marks, m => m.Kind == MarkKind.EarthObservation && m.Range == GHz(23.6m, 24));

        Assert.Contains("RR 5.340", mark.Label, StringComparison.Ordinal);
        Assert.Contains("EESS (passive)", mark.Label, StringComparison.Ordinal);
        Assert.Equal([0, 1], mark.Rows);
    }

    [Fact]
    public void A_5_340_band_is_marked_even_where_the_table_has_no_passive_allocation()
    {
        var chart = BandChartBuilder.Build(GHz(31, 32), [HandTables.Region1([])], [], Options);

        var mark = Assert.Single(chart.Marks);
        Assert.Equal((MarkKind.EarthObservation, GHz(31.3m, 31.5m), "RR 5.340"), (mark.Kind, mark.Range, mark.Label));
    }

    [Fact]
    public void The_legend_lists_each_colour_and_each_mark_used()
    {
        var legend = Chart().Legend;

        Assert.Contains(new LegendEntry("Fixed", ServicePalette.ColorOf(ServiceFamily.Fixed, AllocationStatus.Primary), LegendSymbol.Fill), legend);
        Assert.Contains(legend, e => e.Text == "Amateur (secondary)");
        Assert.Contains(legend, e => e.Symbol == LegendSymbol.SolidOutline);
        Assert.Contains(legend, e => e.Symbol == LegendSymbol.DashedOutline);
        Assert.DoesNotContain(legend, e => e.Text.StartsWith("Broadcasting", StringComparison.Ordinal));
        Assert.Equal(legend.Count, legend.Distinct().Count());
    }

    [Theory]
    [InlineData("22-28 GHz", AxisScale.Linear)]
    [InlineData("3-30 GHz", AxisScale.Linear)]
    [InlineData("3-30.1 GHz", AxisScale.Logarithmic)]
    [InlineData("9 kHz-275 GHz", AxisScale.Logarithmic)]
    public void The_axis_is_logarithmic_only_over_more_than_a_decade(string range, AxisScale expected) =>
        Assert.Equal(expected, BandChartBuilder.Build(FrequencyRange.Parse(range), [Region(1)], [], Options).Axis.Scale);

    [Theory]
    [InlineData(24_250_000_000, "24.25 GHz")]
    [InlineData(1_427_000_000, "1 427 MHz")]
    [InlineData(3_000_000, "3 000 kHz")]
    [InlineData(9_000, "9 kHz")]
    public void Axis_labels_are_written_as_the_RR_writes_frequencies(double hertz, string expected) =>
        Assert.Equal(expected, ChartAxis.Label(hertz));

    [Fact]
    public void Title_edition_date_and_source_are_on_the_chart()
    {
        var chart = Chart();

        Assert.Equal("22-28 GHz", chart.Title);
        Assert.Equal("RR-test · 2023-11-20 · Source: hand-made test tables", chart.Subtitle);
    }

    [Fact]
    public void A_wide_cell_is_labelled_with_the_service_name_and_a_narrow_one_with_its_abbreviation_or_nothing()
    {
        var labels = Chart().Rows[0].Labels;

        Assert.Contains(labels, l => l.Text == "FIXED" && GHz(22, 23.6m).Contains(new Frequency((long)l.CenterHertz)));
        Assert.Contains(labels, l => l.Text == "RLS");
        // 24-24.05 GHz is under 10 pixels wide: no label at all.
        Assert.DoesNotContain(labels, l => GHz(24, 24.05m).Contains(new Frequency((long)l.CenterHertz)));
    }

    [Fact]
    public void The_overview_has_one_strip_per_decade_from_9_kHz_to_275_GHz_and_one_legend()
    {
        var overview = BandChartBuilder.BuildOverview([Region(1)], [ImtBand], Options);

        Assert.Equal(8, overview.Strips.Count);
        Assert.Equal(FrequencyRange.Parse("9-30 kHz"), overview.Strips[0].Axis.Range);
        Assert.Equal(FrequencyRange.Parse("30-275 GHz"), overview.Strips[^1].Axis.Range);
        Assert.All(overview.Strips.Zip(overview.Strips.Skip(1)), p => Assert.Equal(p.First.Axis.Range.Upper, p.Second.Axis.Range.Lower));
        Assert.All(overview.Strips.SkipLast(1), s => Assert.Empty(s.Legend));
        Assert.Contains(overview.Strips[^1].Legend, e => e.Symbol == LegendSymbol.SolidOutline);
        Assert.Contains(overview.Strips[^1].Legend, e => e.Text == "Fixed");
    }

    private sealed class Tolerance : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}

/// <summary>Labels on the shipped tables, where bands are many and narrow.</summary>
public class ChartLabelTests(ShippedEditions shipped) : IClassFixture<ShippedEditions>
{
    public static TheoryData<string> Ranges => ["9 kHz-275 GHz", "1-100 GHz", "22-28 GHz", "3-30 MHz", "300-3000 MHz"];

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Labels_never_overlap_and_stay_inside_their_band(string range)
    {
        var tables = new[] { "R1", "R2", "R3" }.Select(r => shipped.Table("RR-2020", r)).ToArray();
        var bands = new AgendaBandReader().Read(Repository.DataPath("wrc23", "agenda-bands.csv"));
        var chart = BandChartBuilder.Build(FrequencyRange.Parse(range), tables, bands, ChartFixtures.Options);

        Assert.NotEmpty(chart.Rows.SelectMany(r => r.Labels));
        foreach (var row in chart.Rows)
        {
            for (var i = 0; i < row.Labels.Count; i++)
            {
                for (var j = i + 1; j < row.Labels.Count; j++)
                {
                    Assert.False(row.Labels[i].Bounds.Intersects(row.Labels[j].Bounds), $"{row.Name}: '{row.Labels[i].Text}' overlaps '{row.Labels[j].Text}'");
                }
            }
        }

        Assert.All(chart.MarkLabels.SelectMany((a, i) => chart.MarkLabels.Skip(i + 1), (a, b) => (a, b)), p => Assert.False(p.a.Bounds.Intersects(p.b.Bounds)));
        Assert.All(chart.Rows.SelectMany(r => r.Labels).Concat(chart.MarkLabels), l =>
            Assert.True(l.Bounds.Left >= 0 && l.Bounds.Right <= chart.Geometry.PlotWidth, $"'{l.Text}' leaves the plot"));
    }
}
