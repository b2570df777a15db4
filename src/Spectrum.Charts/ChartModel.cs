using Spectrum.Conference;

namespace Spectrum.Charts;

/// <summary>How the frequency axis is scaled: <see cref="Automatic"/> is logarithmic over more than a decade, else linear.</summary>
public enum AxisScale
{
    Automatic,
    Linear,
    Logarithmic,
}

/// <summary>What a highlight outline means.</summary>
public enum MarkKind
{
    /// <summary>A 5G/IMT extension band: an IMT agenda band, or an allocation identified for IMT or HIBS. Solid black.</summary>
    Imt,

    /// <summary>An Earth-observation protection: RR No. 5.340, EESS (passive), an EO agenda band. Dashed blue.</summary>
    EarthObservation,

    /// <summary>
    /// An agenda item's own band of any other kind (FSS and ESIM, inter-satellite, amateur, RNSS, protection bands):
    /// dash-dotted vermilion, labelled with the item.
    /// </summary>
    AgendaItem,
}

/// <summary>How a legend entry is drawn.</summary>
public enum LegendSymbol
{
    Fill,
    SolidOutline,
    DashedOutline,
    DashDotOutline,

    /// <summary>Diagonal hatching: the secondary allocations, told from primary ones without colour.</summary>
    Hatch,
}

/// <summary>A rectangle in chart pixels: x from the left edge of the plot area, y from the top of the highlight lane.</summary>
public readonly record struct PixelRect(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    /// <summary>True when the two share some area; rectangles that only touch do not intersect.</summary>
    public bool Intersects(PixelRect other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
}

/// <summary>
/// The frequency axis of a chart: its range and scale (never <see cref="AxisScale.Automatic"/> here). Labels follow
/// RR No. 2.1: kHz up to 3 000 kHz, MHz up to 3 000 MHz, GHz above. A segmented axis shows only its
/// <see cref="Segments"/>, left to right, each with an equal share of the width and a gap of <see cref="GapFraction"/>
/// between them (as a wall chart breaks its axis), so bands far apart each get room; an unsegmented axis has the
/// whole range as its one segment. Two axes are equal when range, scale and segments are.
/// </summary>
public sealed record ChartAxis(FrequencyRange Range, AxisScale Scale)
{
    /// <summary>The share of the width between two segments.</summary>
    public const double GapFraction = 0.03;

    /// <summary>The stretches shown, ascending and apart; within <see cref="Range"/>. One (the range) unless set.</summary>
    public IReadOnlyList<FrequencyRange> Segments
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfZero(value.Count, nameof(Segments));
            for (var i = 1; i < value.Count; i++)
            {
                if (value[i].Lower <= value[i - 1].Upper)
                {
                    throw new ArgumentException($"segments {value[i - 1]} and {value[i]} are not ascending and apart", nameof(Segments));
                }
            }

            field = value;
        }
    } = [Range];

    /// <summary>True when the axis shows several segments with breaks between them.</summary>
    public bool IsSegmented => Segments.Count > 1;

    private double SegmentWidth => (1 - (GapFraction * (Segments.Count - 1))) / Segments.Count;

    /// <summary>Where segment <paramref name="index"/> starts along the axis, as a fraction.</summary>
    public double SegmentStart(int index) => index * (SegmentWidth + GapFraction);

    /// <summary>Where segment <paramref name="index"/> ends along the axis, as a fraction.</summary>
    public double SegmentEnd(int index) => SegmentStart(index) + SegmentWidth;

    /// <summary>
    /// Where <paramref name="hertz"/> falls along the axis: 0 at the lower edge, 1 at the upper; a frequency between two
    /// segments falls at the end of the lower one.
    /// </summary>
    public double Fraction(double hertz)
    {
        for (var i = 0; i < Segments.Count; i++)
        {
            var segment = Segments[i];
            if (hertz < segment.LowerHz)
            {
                return i == 0 ? 0 : SegmentEnd(i - 1);
            }

            if (hertz <= segment.UpperHz)
            {
                return SegmentStart(i) + (SegmentWidth * Local(segment, hertz));
            }
        }

        return 1;
    }

    /// <summary>The frequency at a fraction of the axis (the inverse of <see cref="Fraction"/>; a gap gives the lower segment's end).</summary>
    public double HertzAt(double fraction)
    {
        for (var i = 0; i < Segments.Count; i++)
        {
            if (fraction <= SegmentEnd(i) || i == Segments.Count - 1)
            {
                var local = Math.Clamp((fraction - SegmentStart(i)) / SegmentWidth, 0, 1);
                var segment = Segments[i];
                return Scale == AxisScale.Logarithmic
                    ? segment.LowerHz * Math.Pow((double)segment.UpperHz / segment.LowerHz, local)
                    : segment.LowerHz + (local * segment.WidthHz);
            }

            if (fraction < SegmentStart(i + 1))
            {
                return Segments[i].UpperHz;
            }
        }

        return Range.UpperHz;
    }

    /// <summary>
    /// Tick frequencies for a segmented axis drawn <paramref name="plotWidth"/> pixels wide: round values in each
    /// segment about every 110 pixels, and each segment's edges.
    /// </summary>
    public IReadOnlyList<double> SegmentTicks(double plotWidth)
    {
        var ticks = new List<double>();
        for (var i = 0; i < Segments.Count; i++)
        {
            var segment = Segments[i];
            var wanted = Math.Max(1, (int)(plotWidth * SegmentWidth / 110));
            var step = NiceStep(segment.WidthHz / (double)wanted);
            ticks.Add(segment.LowerHz);
            for (var t = Math.Ceiling(segment.LowerHz / step) * step; t < segment.UpperHz; t += step)
            {
                // Keep a third of a step clear of the edges, whose labels are always drawn.
                if (t - segment.LowerHz > step / 3 && segment.UpperHz - t > step / 3)
                {
                    ticks.Add(t);
                }
            }

            ticks.Add(segment.UpperHz);
        }

        return ticks;
    }

    public bool Equals(ChartAxis? other) =>
        other is not null && Range == other.Range && Scale == other.Scale && Segments.SequenceEqual(other.Segments);

    public override int GetHashCode() => HashCode.Combine(Range, Scale, Segments.Count);

    /// <summary>A tick label as the RR writes the frequency: <c>24.25 GHz</c>, <c>1 427 MHz</c>.</summary>
    public static string Label(double hertz) => new Frequency((long)Math.Round(Math.Max(0, hertz))).ToString();

    private double Local(FrequencyRange segment, double hertz) => Scale == AxisScale.Logarithmic
        ? Math.Log(hertz / segment.LowerHz) / Math.Log((double)segment.UpperHz / segment.LowerHz)
        : (hertz - segment.LowerHz) / segment.WidthHz;

    // 1, 2, 2.5 or 5 times a power of ten, the smallest at least the rough step.
    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= rough);
    }
}

/// <summary>
/// A share of a band cell: the cell height is split equally among what holds there (services, or applications),
/// stacked from the top. <see cref="Top"/> and <see cref="Bottom"/> are fractions of the row's bar (0 top, 1 bottom).
/// </summary>
public abstract record CellShare(ChartColor Color, double Top, double Bottom);

/// <summary>One service's share of a band cell of a table's row; primary services come first.</summary>
public sealed record ServiceShare(
    RadioService Service,
    AllocationStatus Status,
    ServiceFamily Family,
    ChartColor Color,
    double Top,
    double Bottom) : CellShare(Color, Top, Bottom);

/// <summary>
/// One application's share of a band cell of an applications row (<see cref="RowLayer.Applications"/>), in frequency
/// order: no service and no status, drawn in the application colours (<see cref="ServicePalette.Application"/>).
/// </summary>
public sealed record ApplicationShare(BandApplication Application, ChartColor Color, double Top, double Bottom)
    : CellShare(Color, Top, Bottom);

/// <summary>
/// A band of one row within the chart range (clipped to it), with its shares. A single frequency (an application on
/// 518 kHz) is the one-hertz band that starts at it, as <see cref="FrequencyRange.Parse"/> reads one, and is drawn
/// <see cref="ChartGeometry.MinimumBarWidth"/> pixels wide so that it shows.
/// </summary>
public sealed record BandCell(FrequencyRange Range, IReadOnlyList<CellShare> Shares)
{
    public bool IsSingleFrequency => Range.WidthHz == 1;
}

/// <summary>A text drawn in a row, centred at <see cref="CenterHertz"/>, with the rectangle it was estimated to need.</summary>
public sealed record ChartLabel(string Text, double CenterHertz, PixelRect Bounds);

/// <summary>What a chart row shows of its table.</summary>
public enum RowLayer
{
    /// <summary>The table's allocations, split among services.</summary>
    Allocations,

    /// <summary>The applications the table lists (what the bands are used for nationally), under the table's own row.</summary>
    Applications,
}

/// <summary>
/// One table (an ITU Region, a national table) as a row of band cells: its allocations, or (<see cref="Layer"/>) the
/// applications it lists, in a row of their own named after the table.
/// </summary>
public sealed record ChartRow(string Name, AreaCode Area, IReadOnlyList<BandCell> Cells, IReadOnlyList<ChartLabel> Labels)
{
    public RowLayer Layer { get; init; } = RowLayer.Allocations;
}

/// <summary>
/// A highlight: an outline around <see cref="Range"/> in each of <see cref="Rows"/> (indexes), labelled in the lane
/// above. <see cref="Footnotes"/> are the RR footnotes of an agenda item's band: those the Table attaches to the band in
/// the marked rows and those the item's source cites; empty for other marks.
/// </summary>
public sealed record ChartMark(MarkKind Kind, FrequencyRange Range, string Label, IReadOnlyList<int> Rows)
{
    public IReadOnlyList<FootnoteId> Footnotes { get; init; } = [];
}

/// <summary>One line of the legend: a service colour (primary or secondary) or a highlight style.</summary>
public sealed record LegendEntry(string Text, ChartColor Color, LegendSymbol Symbol);

/// <summary>
/// A band chart as plain data, ready to render: rows of band cells split among services (or applications), highlight
/// marks with their labels (those that fit, in <see cref="MarkLabels"/>), and a legend of every colour and mark used.
/// Pixel geometry (label fitting) is for a chart drawn at <see cref="Width"/> × <see cref="Height"/>.
/// </summary>
public sealed record BandChart(
    string Title,
    string Subtitle,
    ChartAxis Axis,
    IReadOnlyList<ChartRow> Rows,
    IReadOnlyList<ChartMark> Marks,
    IReadOnlyList<ChartLabel> MarkLabels,
    IReadOnlyList<LegendEntry> Legend,
    ChartGeometry Geometry)
{
    public int Width => Geometry.Width;

    public int Height => Geometry.Height;
}

/// <summary>
/// The full-spectrum overview: one strip per decade of frequency (9 kHz-275 GHz, as the NTIA wall chart), each a band
/// chart of that decade; only the last strip carries the legend, which covers every strip.
/// </summary>
public sealed record SpectrumOverview(string Title, string Subtitle, IReadOnlyList<BandChart> Strips)
{
    public int Width => Strips.Count == 0 ? 0 : Strips.Max(s => s.Width);

    public int Height => HeaderHeight + Strips.Sum(s => s.Height);

    internal const int HeaderHeight = 60;
}

/// <summary>
/// The pixel layout a chart was fitted for: plot width, the height of one row and of the highlight lane above the rows,
/// the font size of cell labels, and the overall size the renderer uses by default.
/// </summary>
public sealed record ChartGeometry(int Width, int Height, double PlotWidth, double RowHeight, double LaneHeight, double FontSize)
{
    /// <summary>The vertical gap above and below each row's bar, as a fraction of <see cref="RowHeight"/>.</summary>
    public const double RowPadding = 0.08;

    /// <summary>The width in pixels a single frequency is drawn at (centred on it), so that a thin bar is not lost.</summary>
    public const double MinimumBarWidth = 3;

    internal const double LeftMargin = 150;
    internal const double RightMargin = 30;
    internal const double Padding = 8;
    internal const double TitleHeight = 64;
    internal const double AxisHeight = 48;
}
