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
}

/// <summary>How a legend entry is drawn.</summary>
public enum LegendSymbol
{
    Fill,
    SolidOutline,
    DashedOutline,
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
/// RR No. 2.1: kHz up to 3 000 kHz, MHz up to 3 000 MHz, GHz above.
/// </summary>
public sealed record ChartAxis(FrequencyRange Range, AxisScale Scale)
{
    /// <summary>Where <paramref name="hertz"/> falls along the axis: 0 at the lower edge, 1 at the upper.</summary>
    public double Fraction(double hertz) => Scale == AxisScale.Logarithmic
        ? Math.Log(hertz / Range.LowerHz) / Math.Log((double)Range.UpperHz / Range.LowerHz)
        : (hertz - Range.LowerHz) / Range.WidthHz;

    /// <summary>The frequency at a fraction of the axis (the inverse of <see cref="Fraction"/>).</summary>
    public double HertzAt(double fraction) => Scale == AxisScale.Logarithmic
        ? Range.LowerHz * Math.Pow((double)Range.UpperHz / Range.LowerHz, fraction)
        : Range.LowerHz + (fraction * Range.WidthHz);

    /// <summary>A tick label as the RR writes the frequency: <c>24.25 GHz</c>, <c>1 427 MHz</c>.</summary>
    public static string Label(double hertz) => new Frequency((long)Math.Round(Math.Max(0, hertz))).ToString();
}

/// <summary>
/// One service's share of a band cell: the cell height is split equally among its services, stacked from the top,
/// primary services first. <see cref="Top"/> and <see cref="Bottom"/> are fractions of the row's bar (0 top, 1 bottom).
/// </summary>
public sealed record ServiceShare(
    RadioService Service,
    AllocationStatus Status,
    ServiceFamily Family,
    ChartColor Color,
    double Top,
    double Bottom);

/// <summary>A band of one table within the chart range (clipped to it), with its services.</summary>
public sealed record BandCell(FrequencyRange Range, IReadOnlyList<ServiceShare> Shares);

/// <summary>A text drawn in a row, centred at <see cref="CenterHertz"/>, with the rectangle it was estimated to need.</summary>
public sealed record ChartLabel(string Text, double CenterHertz, PixelRect Bounds);

/// <summary>One table (an ITU Region, a national table) as a row of band cells.</summary>
public sealed record ChartRow(string Name, AreaCode Area, IReadOnlyList<BandCell> Cells, IReadOnlyList<ChartLabel> Labels);

/// <summary>A highlight: an outline around <see cref="Range"/> in each of <see cref="Rows"/> (indexes), labelled in the lane above.</summary>
public sealed record ChartMark(MarkKind Kind, FrequencyRange Range, string Label, IReadOnlyList<int> Rows);

/// <summary>One line of the legend: a service colour (primary or secondary) or a highlight style.</summary>
public sealed record LegendEntry(string Text, ChartColor Color, LegendSymbol Symbol);

/// <summary>
/// A band chart as plain data, ready to render: rows of band cells split among services, highlight marks with their
/// labels (those that fit, in <see cref="MarkLabels"/>), and a legend of every colour and mark used. Pixel geometry
/// (label fitting) is for a chart drawn at <see cref="Width"/> × <see cref="Height"/>.
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

    internal const double LeftMargin = 150;
    internal const double RightMargin = 30;
    internal const double Padding = 8;
    internal const double TitleHeight = 64;
    internal const double AxisHeight = 48;
}
