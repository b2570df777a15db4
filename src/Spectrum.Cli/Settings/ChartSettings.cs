using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Charts;
using Spectrum.Cli.Hosting;
using Spectrum.Briefing;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.Footnotes;
using Npgsql;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Settings;

/// <summary>The options of <c>spectrum chart</c>: the range, the rows, the highlights and the image.</summary>
internal sealed class ChartSettings : DatabaseSettings
{
    [CommandArgument(0, "[range]")]
    [Description("The range to draw, e.g. 5.9-7.2GHz, or \"all\" for the overview 9 kHz - 275 GHz in one strip per decade; "
        + "without it, --agenda-item draws that item's bands (bands far apart on a segmented axis)")]
    public string? Range { get; init; }

    [CommandOption("--tables <NAMES>")]
    [Description("Rows to draw, comma-separated table names (default: every table of the edition, e.g. ITU Region 1, 2, 3)")]
    public string? Tables { get; init; }

    [CommandOption("--edition <EDITION>")]
    [Description("Edition to draw; repeat to draw one row per table and edition (e.g. --edition RR-2020 --edition RR-2024). Default: the newest")]
    public string[] Editions { get; init; } = [];

    [CommandOption("--country <ISO>")]
    [Description("Draw the Table of the country's Region as it applies there (its footnotes applied) beside the Region's, e.g. NL")]
    public string? Country { get; init; }

    [CommandOption("--agenda-item <ITEM>")]
    [Description("Highlight only the bands of this agenda item (default: every agenda item in the range)")]
    public string? AgendaItem { get; init; }

    [CommandOption("--highlight <KINDS>")]
    [Description("Which agenda-item highlights to draw, comma-separated: imt (IMT/HIBS), eo (Earth observation), other (every other kind: FSS/ESIM, ISS, amateur, RNSS…); default imt,eo,other")]
    public string Highlight { get; init; } = "imt,eo,other";

    [CommandOption("--applications")]
    [Description("Under each table that lists applications in the range (the national tables), a row of what the band is used for (MFCN, PMSE, radars…)")]
    public bool Applications { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where to write; the format follows the extension: .png, .svg or .pdf (default plots/chart.png)")]
    public string Out { get; init; } = Path.Combine("plots", "chart.png");

    [CommandOption("--width <PIXELS>")]
    [Description("Width in pixels, 400 to 10000 (default 1600)")]
    public int? Width { get; init; }

    [CommandOption("--height <PIXELS>")]
    [Description("Height in pixels, 100 to 10000 (default: from the number of rows)")]
    public int? Height { get; init; }

    [CommandOption("--dpi <DPI>")]
    [Description("Resolution of PNG output, 24 to 1200 (default 96)")]
    public float? Dpi { get; init; }

    [CommandOption("--date <DATE>")]
    [Description("Date printed on the chart, yyyy-mm-dd (default today)")]
    public string? Date { get; init; }

    public override ValidationResult Validate()
    {
        if (Range is null && AgendaItem is null)
        {
            return ValidationResult.Error(ChartQuestion.NothingToDraw);
        }

        if (Range is not null && !IsOverview && !FrequencyRange.TryParse(Range, out _, out var error))
        {
            return ValidationResult.Error(error);
        }

        if (Options.List(Highlight) is var kinds && (kinds.Length == 0 || kinds.Any(h => !ChartQuestion.HighlightKinds.Contains(h))))
        {
            return ValidationResult.Error($"--highlight '{Highlight}': expected imt, eo, other or a comma-separated list of them");
        }

        if (Country is not null && (!AreaCode.TryParse(Country, out var country) || country.Kind != AreaKind.Country))
        {
            return ValidationResult.Error($"--country '{Country}' is not an ISO 3166 alpha-2 code such as NL or US");
        }

        if (Options.CheckDate(Date) is { Successful: false } date)
        {
            return date;
        }

        if (ChartRenderer.UnsupportedFormat(Out) is { } unsupported)
        {
            return ValidationResult.Error($"--out: {unsupported}");
        }

        return Width is < MinWidth or > MaxSide ? ValidationResult.Error($"--width {Width}: a chart is {MinWidth} to {MaxSide} pixels wide")
            : Height is < MinHeight or > MaxSide ? ValidationResult.Error($"--height {Height}: a chart is {MinHeight} to {MaxSide} pixels high")
            : Dpi is { } dpi && !(dpi >= MinDpi && dpi <= MaxDpi) ? ValidationResult.Error($"--dpi {Dpi}: expected {MinDpi} to {MaxDpi}")
            : Tables is not null && Options.List(Tables).Length == 0 ? ValidationResult.Error("--tables is empty: name at least one table, e.g. \"ITU Region 1\"")
            : ValidationResult.Success();
    }

    // A chart the renderer can hold in memory (a 10 000 x 10 000 PNG is 400 MB of pixels) at a resolution that draws.
    private const int MinWidth = 400;
    private const int MinHeight = 100;
    private const int MaxSide = 10_000;
    private const float MinDpi = 24;
    private const float MaxDpi = 1200;

    public bool IsOverview => string.Equals(Range, "all", StringComparison.OrdinalIgnoreCase);
}
