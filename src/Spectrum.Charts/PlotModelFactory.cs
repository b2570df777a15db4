using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace Spectrum.Charts;

/// <summary>
/// Turns a <see cref="BandChart"/> into an OxyPlot model. Vertical data units: the highlight lane spans
/// [-lane, 0], row i spans [i, i + 1], top to bottom; horizontal units are hertz.
/// </summary>
internal static class PlotModelFactory
{
    public const string Font = "DejaVu Sans";

    public static PlotModel Create(BandChart chart)
    {
        var geometry = chart.Geometry;
        var lane = geometry.LaneHeight / geometry.RowHeight;
        var model = new PlotModel
        {
            Title = chart.Title,
            Subtitle = chart.Subtitle,
            TitleFontSize = 16,
            SubtitleFontSize = 11,
            DefaultFont = Font,
            DefaultFontSize = 11,
            Background = OxyColors.White,
            PlotAreaBorderColor = OxyColor.FromRgb(0x80, 0x80, 0x80),
            PlotAreaBorderThickness = new OxyThickness(1),
            Padding = new OxyThickness(ChartGeometry.Padding),
            PlotMargins = new OxyThickness(ChartGeometry.LeftMargin, double.NaN, ChartGeometry.RightMargin, double.NaN),
        };

        model.Axes.Add(FrequencyAxis(chart.Axis));
        model.Axes.Add(new RowAxis(chart.Rows.Select(r => r.Name).ToArray())
        {
            Position = AxisPosition.Left,
            Minimum = -lane,
            Maximum = Math.Max(chart.Rows.Count, 1),
            StartPosition = 1,
            EndPosition = 0,
            MajorGridlineStyle = LineStyle.None,
            MinorGridlineStyle = LineStyle.None,
            TickStyle = TickStyle.None,
            IsZoomEnabled = false,
            IsPanEnabled = false,
        });

        for (var i = 0; i < chart.Rows.Count; i++)
        {
            AddRow(model, chart.Rows[i], i, geometry);
        }

        foreach (var mark in chart.Marks)
        {
            foreach (var row in mark.Rows)
            {
                model.Annotations.Add(Outline(mark, row));
            }
        }

        foreach (var label in chart.MarkLabels)
        {
            model.Annotations.Add(Text(label, geometry, OxyColors.Black, FontWeights.Bold));
        }

        AddLegend(model, chart.Legend);
        return model;
    }

    private static Axis FrequencyAxis(ChartAxis axis)
    {
        Axis result = axis.Scale == AxisScale.Logarithmic ? new LogarithmicAxis { Base = 10 } : new LinearAxis();
        result.Position = AxisPosition.Bottom;
        result.Minimum = axis.Range.LowerHz;
        result.Maximum = axis.Range.UpperHz;
        result.LabelFormatter = ChartAxis.Label;
        result.Title = "Frequency";
        // Solid light grid lines: dotted ones multiply the size of an SVG.
        result.MajorGridlineStyle = LineStyle.Solid;
        result.MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd);
        result.MinorGridlineStyle = LineStyle.None;
        result.IsZoomEnabled = false;
        result.IsPanEnabled = false;
        return result;
    }

    private static void AddRow(PlotModel model, ChartRow row, int index, ChartGeometry geometry)
    {
        var barTop = index + ChartGeometry.RowPadding;
        var barHeight = 1 - (2 * ChartGeometry.RowPadding);
        foreach (var cell in row.Cells)
        {
            foreach (var share in cell.Shares)
            {
                model.Annotations.Add(new RectangleAnnotation
                {
                    MinimumX = cell.Range.LowerHz,
                    MaximumX = cell.Range.UpperHz,
                    MinimumY = barTop + (share.Top * barHeight),
                    MaximumY = barTop + (share.Bottom * barHeight),
                    Fill = ToOxy(share.Color),
                    Stroke = OxyColors.White,
                    StrokeThickness = 0.5,
                    Layer = AnnotationLayer.BelowSeries,
                });
            }
        }

        foreach (var label in row.Labels)
        {
            var fill = CellColourAt(row, index, label, geometry);
            model.Annotations.Add(Text(label, geometry, fill.Luminance < 0.45 ? OxyColors.White : OxyColors.Black, FontWeights.Normal));
        }
    }

    /// <summary>The colour under a label: the share of the cell whose vertical extent holds the label's middle.</summary>
    private static ChartColor CellColourAt(ChartRow row, int index, ChartLabel label, ChartGeometry geometry)
    {
        var cell = row.Cells.First(c => c.Range.LowerHz <= label.CenterHertz && label.CenterHertz <= c.Range.UpperHz);
        var barTop = geometry.LaneHeight + ((index + ChartGeometry.RowPadding) * geometry.RowHeight);
        var barHeight = geometry.RowHeight * (1 - (2 * ChartGeometry.RowPadding));
        var fraction = (label.Bounds.Top + (label.Bounds.Height / 2) - barTop) / barHeight;
        return cell.Shares.FirstOrDefault(s => s.Top <= fraction && fraction <= s.Bottom)?.Color ?? cell.Shares[0].Color;
    }

    private static PolygonAnnotation Outline(ChartMark mark, int row)
    {
        var imt = mark.Kind == MarkKind.Imt;
        // Earth-observation outlines sit slightly inside the IMT ones so both stay visible where they coincide.
        var inset = imt ? 0.02 : 0.05;
        double top = row + inset, bottom = row + 1 - inset;
        return new PolygonAnnotation
        {
            Points =
            {
                new DataPoint(mark.Range.LowerHz, top),
                new DataPoint(mark.Range.UpperHz, top),
                new DataPoint(mark.Range.UpperHz, bottom),
                new DataPoint(mark.Range.LowerHz, bottom),
            },
            Fill = OxyColors.Transparent,
            Stroke = ToOxy(imt ? ServicePalette.ImtOutline : ServicePalette.EarthObservationOutline),
            StrokeThickness = imt ? 2.5 : 2,
            LineStyle = imt ? LineStyle.Solid : LineStyle.Dash,
            Layer = AnnotationLayer.AboveSeries,
        };
    }

    private static TextAnnotation Text(ChartLabel label, ChartGeometry geometry, OxyColor colour, double weight)
    {
        var centreY = ((label.Bounds.Top + (label.Bounds.Height / 2)) - geometry.LaneHeight) / geometry.RowHeight;
        return new TextAnnotation
        {
            Text = label.Text,
            TextPosition = new DataPoint(label.CenterHertz, centreY),
            TextHorizontalAlignment = HorizontalAlignment.Center,
            TextVerticalAlignment = VerticalAlignment.Middle,
            FontSize = geometry.FontSize,
            FontWeight = weight,
            TextColor = colour,
            Stroke = OxyColors.Transparent,
            StrokeThickness = 0,
            Background = OxyColors.Undefined,
            Layer = AnnotationLayer.AboveSeries,
        };
    }

    private static void AddLegend(PlotModel model, IReadOnlyList<LegendEntry> legend)
    {
        if (legend.Count == 0)
        {
            return;
        }

        model.Legends.Add(new Legend
        {
            LegendPlacement = LegendPlacement.Outside,
            LegendPosition = LegendPosition.BottomCenter,
            LegendOrientation = LegendOrientation.Horizontal,
            LegendFont = Font,
            LegendFontSize = 10,
            LegendBorderThickness = 0,
            LegendSymbolLength = 24,
        });

        // Series without points exist only to put their symbol and title in the legend.
        foreach (var entry in legend)
        {
            Series series = entry.Symbol == LegendSymbol.Fill
                ? new RectangleBarSeries { Title = entry.Text, FillColor = ToOxy(entry.Color), StrokeColor = OxyColors.Gray, StrokeThickness = 0.5 }
                : new LineSeries
                {
                    Title = entry.Text,
                    Color = ToOxy(entry.Color),
                    StrokeThickness = 2.5,
                    LineStyle = entry.Symbol == LegendSymbol.SolidOutline ? LineStyle.Solid : LineStyle.Dash,
                };
            model.Series.Add(series);
        }
    }

    public static OxyColor ToOxy(ChartColor colour) => OxyColor.FromRgb(colour.R, colour.G, colour.B);

    /// <summary>The row axis: one label per row, at the row's middle, and nothing over the highlight lane.</summary>
    private sealed class RowAxis : LinearAxis
    {
        private readonly string[] names;

        public RowAxis(string[] names)
        {
            this.names = names;
            LabelFormatter = v => (int)Math.Floor(v) is var i && i >= 0 && i < this.names.Length ? this.names[i] : "";
        }

        public override void GetTickValues(out IList<double> majorLabelValues, out IList<double> majorTickValues, out IList<double> minorTickValues)
        {
            majorLabelValues = [.. Enumerable.Range(0, names.Length).Select(i => i + 0.5)];
            majorTickValues = [];
            minorTickValues = [];
        }
    }
}
