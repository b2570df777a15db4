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

        model.Axes.Add(FrequencyAxis(chart.Axis, geometry.PlotWidth));
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

        var hatch = new LineSeries
        {
            Color = OxyColor.FromAColor(110, ToOxy(ServicePalette.Hatch)),
            StrokeThickness = 0.7,
            RenderInLegend = false,
        };
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            AddRow(model, chart.Axis, chart.Rows[i], i, geometry, hatch.Points);
        }

        // One series for all the hatching: a break (NaN) between lines keeps it one element per line, not per point.
        model.Series.Add(hatch);
        AddBreaks(model, chart.Axis, lane, chart.Rows.Count);

        foreach (var mark in chart.Marks)
        {
            foreach (var row in mark.Rows)
            {
                model.Annotations.Add(Outline(chart.Axis, mark, row));
            }
        }

        foreach (var label in chart.MarkLabels)
        {
            model.Annotations.Add(Text(chart.Axis, label, geometry, OxyColors.Black, FontWeights.Bold));
        }

        AddLegend(model, chart.Legend);
        return model;
    }

    /// <summary>
    /// Where a frequency lies in the units of the plot's horizontal axis: hertz, or for a segmented axis the
    /// fraction of its width (OxyPlot has no broken axis, so the chart's own mapping places everything).
    /// </summary>
    public static double X(ChartAxis axis, double hertz) => axis.IsSegmented ? axis.Fraction(hertz) : hertz;

    private static Axis FrequencyAxis(ChartAxis axis, double plotWidth)
    {
        Axis result = axis.IsSegmented ? new SegmentedAxis(axis, plotWidth)
            : axis.Scale == AxisScale.Logarithmic ? new LogarithmicAxis { Base = 10 } : new LinearAxis();
        result.Position = AxisPosition.Bottom;
        result.Minimum = X(axis, axis.Range.LowerHz);
        result.Maximum = X(axis, axis.Range.UpperHz);
        result.LabelFormatter = axis.IsSegmented ? f => ChartAxis.Label(axis.HertzAt(f)) : ChartAxis.Label;
        result.Title = "Frequency";
        // Solid light grid lines: dotted ones multiply the size of an SVG.
        result.MajorGridlineStyle = LineStyle.Solid;
        result.MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd);
        result.MinorGridlineStyle = LineStyle.None;
        result.IsZoomEnabled = false;
        result.IsPanEnabled = false;
        return result;
    }

    private static void AddRow(PlotModel model, ChartAxis axis, ChartRow row, int index, ChartGeometry geometry, List<DataPoint> hatch)
    {
        var barTop = index + ChartGeometry.RowPadding;
        var barHeight = 1 - (2 * ChartGeometry.RowPadding);
        // Single frequencies last: their bars, wider than the frequency, lie over the cells beside them.
        foreach (var cell in row.Cells.OrderBy(c => c.IsSingleFrequency))
        {
            var (left, right) = Extent(axis, cell, geometry.PlotWidth);
            foreach (var share in cell.Shares)
            {
                var (top, bottom) = (barTop + (share.Top * barHeight), barTop + (share.Bottom * barHeight));
                model.Annotations.Add(new RectangleAnnotation
                {
                    MinimumX = left,
                    MaximumX = right,
                    MinimumY = top,
                    MaximumY = bottom,
                    Fill = ToOxy(share.Color),
                    Stroke = OxyColors.White,
                    StrokeThickness = 0.5,
                    Layer = AnnotationLayer.BelowSeries,
                });
                if (share is ServiceShare { Status: AllocationStatus.Secondary })
                {
                    Hatch(axis, cell.Range, top, bottom, geometry, hatch);
                }
            }
        }

        foreach (var label in row.Labels)
        {
            var fill = CellColourAt(row, index, label, geometry);
            model.Annotations.Add(Text(axis, label, geometry, fill.Luminance < 0.45 ? OxyColors.White : OxyColors.Black, FontWeights.Normal));
        }
    }

    /// <summary>
    /// The left and right of a cell in the units of the horizontal axis: its edges, or for a single frequency
    /// <see cref="ChartGeometry.MinimumBarWidth"/> pixels centred on it (kept inside the plot).
    /// </summary>
    private static (double Left, double Right) Extent(ChartAxis axis, BandCell cell, double plotWidth)
    {
        if (!cell.IsSingleFrequency)
        {
            return (X(axis, cell.Range.LowerHz), X(axis, cell.Range.UpperHz));
        }

        var half = ChartGeometry.MinimumBarWidth / 2 / plotWidth;
        var centre = axis.Fraction(cell.Range.LowerHz);
        var (from, to) = (Math.Max(0, centre - half), Math.Min(1, centre + half));
        return axis.IsSegmented ? (from, to) : (axis.HertzAt(from), axis.HertzAt(to));
    }

    // Diagonal lines every HatchSpacing pixels at 45° in the drawn chart, clipped to the share's rectangle.
    private static void Hatch(ChartAxis axis, FrequencyRange cell, double top, double bottom, ChartGeometry geometry, List<DataPoint> points)
    {
        const double HatchSpacing = 7;
        var x0 = axis.Fraction(cell.LowerHz) * geometry.PlotWidth;
        var x1 = axis.Fraction(cell.UpperHz) * geometry.PlotWidth;
        double y0 = top * geometry.RowHeight, y1 = bottom * geometry.RowHeight;
        // Lines x = y + c, with c on a grid of the chart (not of the cell) so that hatching runs on across cells.
        for (var c = Math.Ceiling((x0 - y1) / HatchSpacing) * HatchSpacing; c < x1 - y0; c += HatchSpacing)
        {
            var from = Math.Max(y0, x0 - c);
            var to = Math.Min(y1, x1 - c);
            if (to - from < 1)
            {
                continue;
            }

            points.Add(new DataPoint(X(axis, axis.HertzAt((from + c) / geometry.PlotWidth)), from / geometry.RowHeight));
            points.Add(new DataPoint(X(axis, axis.HertzAt((to + c) / geometry.PlotWidth)), to / geometry.RowHeight));
            points.Add(DataPoint.Undefined);
        }
    }

    // A pale band over each break of a segmented axis, so that the gap reads as a cut, not as an empty band.
    private static void AddBreaks(PlotModel model, ChartAxis axis, double lane, int rows)
    {
        for (var i = 0; i + 1 < axis.Segments.Count; i++)
        {
            model.Annotations.Add(new RectangleAnnotation
            {
                MinimumX = axis.SegmentEnd(i),
                MaximumX = axis.SegmentStart(i + 1),
                MinimumY = -lane,
                MaximumY = Math.Max(rows, 1),
                Fill = OxyColor.FromRgb(0xee, 0xee, 0xee),
                Stroke = OxyColor.FromRgb(0x80, 0x80, 0x80),
                StrokeThickness = 1,
                Text = "≈",
                TextColor = OxyColor.FromRgb(0x60, 0x60, 0x60),
                Layer = AnnotationLayer.BelowSeries,
            });
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

    private static PolygonAnnotation Outline(ChartAxis axis, ChartMark mark, int row)
    {
        var imt = mark.Kind == MarkKind.Imt;
        // Earth-observation and other agenda outlines sit slightly inside the IMT ones so all stay visible where they coincide.
        var inset = mark.Kind switch
        {
            MarkKind.Imt => 0.02,
            MarkKind.EarthObservation => 0.05,
            _ => 0.08,
        };
        var (left, right) = (X(axis, mark.Range.LowerHz), X(axis, mark.Range.UpperHz));
        double top = row + inset, bottom = row + 1 - inset;
        return new PolygonAnnotation
        {
            Points =
            {
                new DataPoint(left, top),
                new DataPoint(right, top),
                new DataPoint(right, bottom),
                new DataPoint(left, bottom),
            },
            Fill = OxyColors.Transparent,
            Stroke = ToOxy(mark.Kind switch
            {
                MarkKind.Imt => ServicePalette.ImtOutline,
                MarkKind.EarthObservation => ServicePalette.EarthObservationOutline,
                _ => ServicePalette.AgendaItemOutline,
            }),
            StrokeThickness = imt ? 2.5 : 2,
            LineStyle = mark.Kind switch
            {
                MarkKind.Imt => LineStyle.Solid,
                MarkKind.EarthObservation => LineStyle.Dash,
                _ => LineStyle.DashDot,
            },
            Layer = AnnotationLayer.AboveSeries,
        };
    }

    private static TextAnnotation Text(ChartAxis axis, ChartLabel label, ChartGeometry geometry, OxyColor colour, double weight)
    {
        var centreY = ((label.Bounds.Top + (label.Bounds.Height / 2)) - geometry.LaneHeight) / geometry.RowHeight;
        return new TextAnnotation
        {
            Text = label.Text,
            TextPosition = new DataPoint(X(axis, label.CenterHertz), centreY),
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
                    Color = entry.Symbol == LegendSymbol.Hatch ? OxyColor.FromAColor(110, ToOxy(entry.Color)) : ToOxy(entry.Color),
                    StrokeThickness = entry.Symbol == LegendSymbol.Hatch ? 0.7 : 2.5,
                    LineStyle = entry.Symbol switch
                    {
                        LegendSymbol.DashedOutline => LineStyle.Dash,
                        LegendSymbol.DashDotOutline => LineStyle.DashDot,
                        _ => LineStyle.Solid,
                    },
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

    /// <summary>The frequency axis of a segmented chart, in fractions of its width, with ticks from the chart's own mapping.</summary>
    private sealed class SegmentedAxis(ChartAxis axis, double plotWidth) : LinearAxis
    {
        public override void GetTickValues(out IList<double> majorLabelValues, out IList<double> majorTickValues, out IList<double> minorTickValues)
        {
            // Two labels closer than 70 pixels would overlap: the later one is dropped, unless it starts a segment,
            // whose lower edge says where the axis resumes after a break.
            var starts = Enumerable.Range(0, axis.Segments.Count).Select(axis.SegmentStart).ToHashSet();
            var kept = new List<double>();
            foreach (var fraction in axis.SegmentTicks(plotWidth).Select(axis.Fraction))
            {
                if (kept.Count == 0 || (fraction - kept[^1]) * plotWidth >= 70)
                {
                    kept.Add(fraction);
                }
                else if (starts.Contains(fraction))
                {
                    kept[^1] = fraction;
                }
            }

            majorLabelValues = kept;
            majorTickValues = kept;
            minorTickValues = [];
        }
    }
}
