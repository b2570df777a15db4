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

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum chart</c>: a band chart of a range, or the full-spectrum overview, as PNG, SVG or PDF.</summary>
internal sealed class ChartCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<ChartCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<range>")]
        [Description("The range to draw, e.g. 5.9-7.2GHz, or \"all\" for the overview 9 kHz - 275 GHz in one strip per decade")]
        public string Range { get; init; } = "";

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
        [Description("Which agenda-item highlights to draw: imt, eo, or imt,eo (default)")]
        public string Highlight { get; init; } = "imt,eo";

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
            if (!IsOverview && !FrequencyRange.TryParse(Range, out _, out var error))
            {
                return ValidationResult.Error(error);
            }

            if (Options.List(Highlight).Any(h => h is not ("imt" or "eo")))
            {
                return ValidationResult.Error($"--highlight '{Highlight}': expected imt, eo or imt,eo");
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

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        var editions = settings.Editions.Length > 0 ? settings.Editions : [await EditionCheck.OrNewestAsync(dataSource, null, cancellationToken)];
        var rows = new List<AllocationTable>();
        foreach (var edition in editions)
        {
            await EditionCheck.ThrowIfUnknownAsync(dataSource, edition, cancellationToken);
            var tables = await new TableQuery(dataSource).LoadAsync(edition, null, cancellationToken);
            var wanted = settings.Tables is null ? null : Options.List(settings.Tables);
            if (wanted is not null && wanted.FirstOrDefault(w => tables.All(t => t.Name != w)) is { } missing)
            {
                throw new InputException($"--tables: edition {edition} has no table '{missing}' (it has {string.Join(", ", tables.Select(t => t.Name))})");
            }

            var country = settings.Country is null ? null : await CountryRowAsync(dataSource, AreaCode.Parse(settings.Country), edition, cancellationToken);

            // With several editions each row says which it is.
            rows.AddRange(tables
                .Where(t => wanted is null ? country is null || t.Area == country.Table.Area : wanted.Contains(t.Name))
                .Select(t => editions.Length == 1 ? t : new AllocationTable($"{t.Name} {edition}", edition, t.Area, t.Allocations, t.BandFootnotes)));
            if (country is not null)
            {
                var name = $"{country.Country} (footnotes applied)" + (editions.Length == 1 ? "" : $" {edition}");
                rows.Add(new AllocationTable(name, edition, country.Country, country.Allocations.Select(a => a.Allocation), country.Table.BandFootnotes));
            }
        }

        if (settings.AgendaItem is not null && !await new PositionQuery(dataSource).HasAgendaItemAsync(settings.AgendaItem, cancellationToken))
        {
            throw new InputException($"unknown agenda item '{settings.AgendaItem}' (spectrum positions lists those imported)");
        }

        var range = settings.IsOverview ? (FrequencyRange?)null : FrequencyRange.Parse(settings.Range);
        var kinds = Options.List(settings.Highlight);
        var highlights = (await new AgendaBandQuery(dataSource).FindAsync(settings.AgendaItem, range, cancellationToken))
            .Where(b => (b.Highlight == Conference.Highlight.Imt && kinds.Contains("imt")) || (b.Highlight == Conference.Highlight.EarthObservation && kinds.Contains("eo")))
            .ToList();
        var title = settings.AgendaItem is null ? "Frequency allocations" : $"WRC-23 agenda item {settings.AgendaItem}";
        var lineages = new List<string>();
        foreach (var edition in editions)
        {
            lineages.Add(await new EditionQuery(dataSource).LineageAsync(edition, cancellationToken));
        }

        var options = DataCredit.ChartOptions(Options.DateOrToday(settings.Date), title, string.Join(", ", lineages)) with { Width = settings.Width ?? 1600 };

        OutputFile.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!);
        var dpi = settings.Dpi ?? ChartRenderer.DefaultDpi;
        if (range is { } r)
        {
            ChartFile.Write(BandChartBuilder.Build(r, rows, highlights, options), settings.Out, settings.Width, settings.Height, dpi);
        }
        else
        {
            ChartFile.Write(BandChartBuilder.BuildOverview(rows, highlights, options), settings.Out, settings.Width, settings.Height, dpi);
        }

        console.MarkupLineInterpolated(
            $"Wrote {settings.Out} ({new FileInfo(settings.Out).Length / 1024.0:0.#} KiB, {rows.Count} rows, {highlights.Count} agenda-item highlights) in {clock.Elapsed.TotalSeconds:0.00} s");
        return 0;
    }

    // The Table of the country's Region as it applies there, over the whole Table (9 kHz to 3 000 GHz).
    private static async Task<CountryTable> CountryRowAsync(NpgsqlDataSource dataSource, AreaCode country, string edition, CancellationToken cancellationToken)
    {
        if (!await new AreaQuery(dataSource).ExistsAsync(country, cancellationToken))
        {
            throw new InputException($"unknown country '{country}': the store has no area of that code (spectrum import data loads the shipped countries)");
        }

        var tables = await new FootnoteRuleQuery(dataSource).CountryTablesAsync(FrequencyRange.FromHz(0, 3_000_000_000_000), [country], edition, cancellationToken);
        return tables.Count == 1 ? tables[0]
            : throw new InputException($"--country {country}: edition {edition} has no table of the ITU Region the store places {country} in");
    }
}
