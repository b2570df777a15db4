using SkiaSharp;
using Spectrum.Charts;
using Spectrum.Conference;

namespace Spectrum.Tests.Charts;

/// <summary>
/// Hand-made Region tables of 22-28 GHz, applications and an IMT agenda band, for charts whose every cell is known;
/// and the rendering of a chart with the colour of its pixels.
/// </summary>
internal static class ChartFixtures
{
    public static readonly ChartOptions Options = new(new DateOnly(2023, 11, 20)) { Title = "22-28 GHz", DataSource = "hand-made test tables" };

    private static readonly Provenance Source = new("test", Confidence.High);

    public static FrequencyRange GHz(decimal lower, decimal upper) => new(Frequency.FromGHz(lower), Frequency.FromGHz(upper));

    public static Allocation Primary(decimal lower, decimal upper, string service) =>
        new(GHz(lower, upper), RadioService.Parse(service), AllocationStatus.Primary, [], Source);

    public static Allocation Secondary(decimal lower, decimal upper, string service) =>
        new(GHz(lower, upper), RadioService.Parse(service), AllocationStatus.Secondary, [], Source);

    /// <summary>
    /// 22-23.6 Fixed; 23.6-24 EESS (passive), Radio Astronomy, Space Research (passive) (RR 5.340); 24-24.05 Amateur,
    /// Amateur-Satellite; 24.05-24.25 Radiolocation, Amateur secondary, EESS (active) secondary; 24.25-27.5 Fixed,
    /// Mobile (IMT, WRC-19 AI 1.13); 27.5-28 Fixed, Fixed-Satellite (Earth-to-space), Mobile.
    /// </summary>
    public static AllocationTable Region(int number) => new(
        $"ITU Region {number}",
        "RR-test",
        AreaCode.Region(number),
        [
            Primary(22, 23.6m, "Fixed"),
            Primary(23.6m, 24, "Earth Exploration-Satellite (passive)"),
            Primary(23.6m, 24, "Radio Astronomy"),
            Primary(23.6m, 24, "Space Research (passive)"),
            Primary(24, 24.05m, "Amateur"),
            Primary(24, 24.05m, "Amateur-Satellite"),
            Primary(24.05m, 24.25m, "Radiolocation"),
            Secondary(24.05m, 24.25m, "Amateur"),
            Secondary(24.05m, 24.25m, "Earth Exploration-Satellite (active)"),
            Primary(24.25m, 27.5m, "Fixed"),
            Primary(24.25m, 27.5m, "Mobile") with
            {
                Marks = [new ChangeMark("WRC-19", "1.13", Identification.Imt, null, false, Source)],
            },
            Primary(27.5m, 28, "Fixed"),
            Primary(27.5m, 28, "Fixed-Satellite (Earth-to-space)"),
            Primary(27.5m, 28, "Mobile"),
        ]);

    /// <summary>An IMT agenda band in Region 1 only, 26-27 GHz, as agenda item 1.2.</summary>
    public static AgendaBand ImtBand { get; } = new(
        "1.2", ChangeArea.Region(1), GHz(26, 27), RadioService.Parse("Mobile"), AgendaBandAction.Identify, null, Identification.Imt,
        Highlight.Imt, Source);

    public static BandChart Chart(ChartOptions? options = null) =>
        BandChartBuilder.Build(GHz(22, 28), [Region(1), Region(2)], [ImtBand], options ?? Options);

    public static BandApplication Application(decimal lower, decimal upper, string name) =>
        new(Frequency.FromGHz(lower), Frequency.FromGHz(upper), name, Source);

    /// <summary>
    /// Applications as a national table lists them, for the Region 1 table: 22.2-23.4 GHz Fixed links; a beacon on
    /// 23.8 GHz alone; 24.25-27.5 GHz MFCN; 26.5-28.5 GHz PMSE (over MFCN up to 27.5 GHz, past the chart's 28 GHz);
    /// 30-31 GHz RLAN, outside the chart.
    /// </summary>
    public static IReadOnlyList<BandApplication> Applications { get; } =
    [
        Application(30, 31, "RLAN"),
        Application(26.5m, 28.5m, "PMSE"),
        Application(24.25m, 27.5m, "MFCN"),
        Application(23.8m, 23.8m, "Beacon"),
        Application(22.2m, 23.4m, "Fixed links"),
    ];

    /// <summary>The 22-28 GHz chart of <see cref="Chart"/> with <see cref="Applications"/> for Region 1.</summary>
    public static BandChart ChartWithApplications(ChartOptions? options = null) =>
        BandChartBuilder.Build(GHz(22, 28), [Region(1), Region(2)], [ImtBand], options ?? Options, ForRegion1(Applications));

    public static IReadOnlyDictionary<string, IReadOnlyList<BandApplication>> ForRegion1(IReadOnlyList<BandApplication> applications) =>
        new Dictionary<string, IReadOnlyList<BandApplication>> { [Region(1).Name] = applications };

    public static (byte[] Bytes, ChartLayout Layout) Render(BandChart chart, ChartFormat format, int? width = null, int? height = null, float dpi = 96)
    {
        using var stream = new MemoryStream();
        var layout = ChartRenderer.Write(chart, stream, format, width, height, dpi);
        return (stream.ToArray(), layout);
    }

    /// <summary>
    /// The colour drawn at a point of a share where no label or outline can be: 10 % into the cell from its lower edge,
    /// 15 % down from the share's top. OxyPlot draws its own exceptions as text on a blank plot: this pixel catches that.
    /// </summary>
    public static SKColor ColourInShare(SKBitmap bitmap, ChartLayout layout, BandChart chart, int row, BandCell cell, CellShare share, int panel = 0)
    {
        var hertz = chart.Axis.HertzAt(chart.Axis.Fraction(cell.Range.LowerHz) + (0.1 * (chart.Axis.Fraction(cell.Range.UpperHz) - chart.Axis.Fraction(cell.Range.LowerHz))));
        var (x, y) = layout.PositionOf(hertz, PositionInShare(row, share, 0.15), panel);
        return bitmap.GetPixel((int)Math.Round(x), (int)Math.Round(y));
    }

    /// <summary>The row position <paramref name="depth"/> of the way down a share of row <paramref name="row"/>.</summary>
    public static double PositionInShare(int row, CellShare share, double depth = 0.5) =>
        row + ChartGeometry.RowPadding + ((1 - (2 * ChartGeometry.RowPadding)) * (share.Top + (depth * (share.Bottom - share.Top))));

    public static SKColor Sk(ChartColor colour) => new(colour.R, colour.G, colour.B);
}
