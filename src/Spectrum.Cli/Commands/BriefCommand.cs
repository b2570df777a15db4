using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Charts;
using Spectrum.Cli.Brief;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum brief</c>: the delegation briefing, per WRC-23 agenda item: bands, EU position and outcome, a chart, and
/// the conflict findings; with an overview of the whole Table.
/// </summary>
internal sealed class BriefCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<BriefCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--agenda-item <ITEM>")]
        [Description("Only these agenda items, comma-separated, e.g. 1.2,1.3 (default: every item with bands)")]
        public string? AgendaItems { get; init; }

        [CommandOption("--edition <EDITION>")]
        [Description("The table findings are analysed against (default RR-2020, the table WRC-23 started from); charts show the newest edition")]
        public string Edition { get; init; } = ProposedTables.BaseEditionName;

        [CommandOption("--out <FOLDER>")]
        [Description("Where to write the pack (default plots/brief)")]
        public string Out { get; init; } = Path.Combine("plots", "brief");

        [CommandOption("--format <FORMATS>")]
        [Description("html, md, docx, or a comma-separated list (default html,md,docx)")]
        public string Format { get; init; } = "html,md,docx";

        [CommandOption("--data <FOLDER>")]
        [Description("The data folder, imported first when its content is new to the store (default data)")]
        public string Data { get; init; } = "data";

        [CommandOption("--date <DATE>")]
        [Description("Date printed on the pack, yyyy-mm-dd (default today)")]
        public string? Date { get; init; }

        public override ValidationResult Validate() =>
            !Directory.Exists(Data) ? ValidationResult.Error($"--data '{Data}' is not a folder (run from the repository, or give --data)")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is empty: give the folder to write the briefing to")
            : AgendaItems is not null && Items(AgendaItems).Length == 0 ? ValidationResult.Error($"--agenda-item '{AgendaItems}': name at least one agenda item, e.g. 1.2")
            : Format.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is var formats
            && (formats.Length == 0 || formats.Any(f => f is not ("html" or "md" or "docx")))
                ? ValidationResult.Error($"--format '{Format}': expected html, md, docx or a comma-separated list of them")
                : Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? ValidationResult.Error($"--date '{Date}': expected yyyy-mm-dd")
                    : ValidationResult.Success();

        internal static string[] Items(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        var positions = new PositionQuery(dataSource);

        // The data folder is imported when the store has not seen its current content: no needless work.
        var state = new ImportState(dataSource);
        var key = Path.GetFullPath(settings.Data);
        var hash = ImportState.HashOf(settings.Data);
        if (await state.StoredHashAsync(key, cancellationToken) != hash)
        {
            console.MarkupLineInterpolated($"{settings.Data} is new or changed since it was last imported: importing it");
            var import = await new ImportCommand(console, store).ExecuteAsync(
                context, new ImportCommand.Settings { Paths = [settings.Data], Database = settings.Database }, cancellationToken);
            if (import != 0)
            {
                return import;
            }

            await state.RecordAsync(key, hash, cancellationToken);
        }

        await EditionCheck.ThrowIfUnknownAsync(dataSource, settings.Edition, cancellationToken);
        var wanted = settings.AgendaItems is null ? null : Settings.Items(settings.AgendaItems);
        var bandsQuery = new AgendaBandQuery(dataSource);
        var allBands = await bandsQuery.FindAsync(null, null, cancellationToken);
        var items = (await positions.AgendaItemsAsync(cancellationToken))
            .Where(i => wanted is null ? allBands.Any(b => b.AgendaItem == i.Number) : wanted.Contains(i.Number))
            .ToList();
        if (wanted?.FirstOrDefault(w => items.All(i => i.Number != w)) is { } unknown)
        {
            throw new InputException($"unknown agenda item '{unknown}' (spectrum positions lists those imported)");
        }

        var newest = await new EditionQuery(dataSource).NewestAsync(cancellationToken)
            ?? throw new InputException("the store holds no edition: spectrum import data loads the shipped ones");
        var chartTables = await new TableQuery(dataSource).LoadAsync(newest, null, cancellationToken);
        var date = settings.Date is null ? DateOnly.FromDateTime(DateTime.Today) : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var folder = Path.GetFullPath(settings.Out);
        OutputFile.CreateFolder(Path.Combine(folder, "charts"));

        var briefs = new List<ItemBrief>();
        const string OverviewChart = "charts/overview.png";
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Briefing", maxValue: items.Count + 1);
            ChartRenderer.WriteFile(
                BandChartBuilder.BuildOverview(chartTables, allBands, BriefCharts.Options(date, "The Table with every WRC-23 agenda item", newest)),
                Path.Combine(folder, OverviewChart));
            task.Increment(1);
            var conflicts = new ConflictQuery(dataSource);
            foreach (var item in items)
            {
                task.Description = $"Agenda item {item.Number}";
                var bands = allBands.Where(b => b.AgendaItem == item.Number).ToList();
                var findings = new List<Finding>();
                foreach (var proposal in await conflicts.ProposalsOfAsync(item.Number, cancellationToken))
                {
                    findings.AddRange(await conflicts.FindAsync(proposal, new AreaFilter.Known(proposal.Area!.Value), settings.Edition,
                        ConflictFinder.DefaultGuardHz, cancellationToken));
                }

                var brief = new ItemBrief(item, bands, [.. (await positions.FindAsync(item.Number, cancellationToken)).Select(p => p.Position)],
                    [.. findings.OrderBy(f => f.Severity).ThenBy(f => (f.Overlap ?? f.CounterpartRange).LowerHz)], null);
                if (bands.Count > 0)
                {
                    var chart = $"charts/{brief.Slug}.png";
                    ChartRenderer.WriteFile(
                        BandChartBuilder.Build(ChartRange(bands), chartTables, bands, BriefCharts.Options(date, $"WRC-23 agenda item {item.Number}", newest)),
                        Path.Combine(folder, chart));
                    brief = brief with { ChartFile = chart };
                }

                briefs.Add(brief);
                task.Increment(1);
            }
        });

        var pack = new BriefingPack(newest, date, OverviewChart, briefs);
        var written = new List<string>();
        var formats = settings.Format.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (formats.Contains("html"))
        {
            written.Add(BriefWriter.WriteHtml(pack, folder));
        }

        if (formats.Contains("md"))
        {
            written.Add(BriefWriter.WriteMarkdown(pack, folder));
        }

        if (formats.Contains("docx"))
        {
            written.Add(BriefDocx.Write(pack, folder));
        }

        console.MarkupLineInterpolated($"Briefing on {briefs.Count} agenda items, {briefs.Sum(b => b.Findings.Count)} findings, in {clock.Elapsed.TotalSeconds:0.0} s:");
        foreach (var file in written)
        {
            console.MarkupLineInterpolated($"  {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
        }

        console.MarkupLineInterpolated($"  {Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(folder, "charts"))}/ ({briefs.Count(b => b.ChartFile is not null) + 1} charts)");
        return 0;
    }

    // The item's bands with a margin of a fifth of their span on each side, so the neighbours show.
    private static FrequencyRange ChartRange(IReadOnlyList<AgendaBand> bands)
    {
        var lower = bands.Min(b => b.Range.LowerHz);
        var upper = bands.Max(b => b.Range.UpperHz);
        var margin = Math.Max(1, (upper - lower) / 5);
        return FrequencyRange.FromHz(Math.Max(0, lower - margin), upper + margin);
    }
}
