namespace Spectrum.Charts;

/// <summary>
/// What a chart says about itself and the size it is laid out for. <see cref="Date"/> is printed on the chart and is
/// given, never read from the clock, so the same input always gives the same image.
/// </summary>
public sealed record ChartOptions
{
    public ChartOptions(DateOnly date) => Date = date;

    public DateOnly Date { get; init; }

    public string Title { get; init; } = "Frequency allocations";

    public string DataSource { get; init; } = "ITU Radio Regulations, Article 5";

    /// <summary>The edition printed on the chart; null prints the editions of the tables charted.</summary>
    public string? Edition { get; init; }

    public AxisScale Scale { get; init; } = AxisScale.Automatic;

    /// <summary>The width in pixels (at 96 dpi) the labels are fitted for, and the default rendering width.</summary>
    public int Width
    {
        get;
        init => field = value >= 400 ? value : throw new ArgumentOutOfRangeException(nameof(Width), value, "a chart is at least 400 pixels wide");
    } = 1600;

    /// <summary>The height of one table's row in pixels.</summary>
    public double RowHeight
    {
        get;
        init => field = value >= 20 ? value : throw new ArgumentOutOfRangeException(nameof(RowHeight), value, "a row is at least 20 pixels high");
    } = 110;

    /// <summary>The font size of cell and highlight labels, in pixels.</summary>
    public double FontSize
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(FontSize), value, "a font size is positive");
    } = 11;
}
