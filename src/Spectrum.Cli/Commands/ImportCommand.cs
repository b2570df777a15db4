using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Csv;
using Spectrum.PostGis.Import;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum import</c>: reads every file first (the <see cref="ImportPlan"/>), and writes only when all are valid,
/// all in one transaction. With <c>--skip-invalid</c> the rows of allocation tables that have problems are left out:
/// each is reported on standard error as <c>file:line:column: problem; expected …</c>, the share stored is printed, and
/// the exit code is 1 when any row was left out.
/// </summary>
internal sealed class ImportCommand(IAnsiConsole console, ErrorReporter errors, StoreConnector store) : AsyncCommand<ImportCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<paths>")]
        [Description("Files or folders; a folder stands for every .csv, .tsv and .tab file under it (spectrum import data loads everything shipped)")]
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

        [CommandOption("--skip-invalid")]
        [Description("Store the valid rows of allocation tables a regulator did not write, report every row left out on standard error, exit 1 if any")]
        public bool SkipInvalid { get; init; }

        public override ValidationResult Validate() => TableDefaultsOption.Check(Area);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var mode = settings.SkipInvalid ? ReadMode.SkipInvalid : ReadMode.Strict;
        var plan = ImportPlan.Read(settings.Paths, TableDefaultsOption.Of(settings.Table, settings.Edition, settings.Area), cancellationToken, mode);
        var batch = plan.Build();
        var summary = await new StoreImporter(await store.OpenAsync(settings, cancellationToken)).ImportAsync(batch, cancellationToken);
        console.MarkupLineInterpolated(
            $"Imported {summary.Areas} areas, {summary.Footnotes} footnotes, {summary.Tables} tables ({summary.Allocations} allocations, {summary.BandFootnoteRows} band-footnote rows, {summary.Applications} applications) from {plan.Reports.Count} files in {clock.Elapsed.TotalSeconds:0.0} s");
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

        return ReportSkipped(plan);
    }

    // Every row left out, on standard error as validate prints errors; the share stored per file and in all.
    private int ReportSkipped(ImportPlan plan)
    {
        var skipped = plan.Skipped;
        foreach (var error in skipped.SelectMany(f => f.Skipped))
        {
            errors.Warn(error.ToString());
        }

        var tableFiles = plan.Reports.Select(r => r.Import).OfType<AllocationTableImport>().ToList();
        foreach (var file in skipped)
        {
            console.MarkupLineInterpolated(
                $"  {file.File}: {file.KeptShare:0.0%} of rows stored ({file.Rows - file.SkippedRows} of {file.Rows}; {file.SkippedRows} left out)");
        }

        if (skipped.Count == 0)
        {
            return 0;
        }

        var rows = tableFiles.Sum(f => f.Rows);
        var left = skipped.Sum(f => f.SkippedRows);
        console.MarkupLineInterpolated($"Stored {(rows == 0 ? 1 : (double)(rows - left) / rows):0.0%} of the table rows read ({rows - left} of {rows}); {left} left out");
        return 1;
    }
}
