using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Csv;
using Spectrum.PostGis.Import;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum import</c>: reads every file first (the <see cref="ImportPlan"/>), and writes only when all are valid,
/// all in one transaction.
/// </summary>
internal sealed class ImportCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<ImportCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<paths>")]
        [Description("Files or folders; a folder stands for every .csv and .tsv file under it (spectrum import data loads everything shipped)")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--table <NAME>")]
        [Description("Table name for rows of allocation tables that have no table column")]
        public string? Table { get; init; }

        [CommandOption("--edition <EDITION>")]
        [Description("Edition for rows that have no edition column")]
        public string? Edition { get; init; }

        [CommandOption("--area <CODE>")]
        [Description("Area (R1, NL, CEPT) for rows of allocation tables that have no area column and whose table name names none")]
        public string? Area { get; init; }

        public override ValidationResult Validate() => TableDefaultsOption.Check(Area);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var plan = ImportPlan.Read(settings.Paths, TableDefaultsOption.Of(settings.Table, settings.Edition, settings.Area), cancellationToken);
        var batch = plan.Build();
        var summary = await new StoreImporter(await store.OpenAsync(settings, cancellationToken)).ImportAsync(batch, cancellationToken);
        console.MarkupLineInterpolated(
            $"Imported {summary.Areas} areas, {summary.Footnotes} footnotes, {summary.Tables} tables ({summary.Allocations} allocations, {summary.BandFootnoteRows} band-footnote rows) from {plan.Reports.Count} files in {clock.Elapsed.TotalSeconds:0.0} s");
        if (batch.Editions.Count > 0)
        {
            var official = batch.Editions.Where(e => e.ProposalFor is null).ToList();
            var proposals = batch.Editions.Count - official.Count;
            console.MarkupLineInterpolated($"  editions: {string.Join(", ", official.Select(e => e.Name))} (the newest is the default); {proposals} proposed tables (EU-<agenda item>)");
        }

        if (batch.AgendaItems.Count > 0)
        {
            console.MarkupLineInterpolated(
                $"  WRC agenda: {batch.AgendaItems.Count} agenda items, {batch.AgendaBands.Count} bands, {batch.Positions.Count} positions");
        }

        var proposed = batch.Editions.Where(e => e.ProposalFor is not null).Select(e => e.Name).ToHashSet();
        foreach (var table in batch.Tables.Where(t => !proposed.Contains(t.Edition)))
        {
            console.MarkupLineInterpolated($"  {table.Name} {table.Edition} ({table.Area}): {table.Allocations.Count} allocations");
        }

        return 0;
    }
}
