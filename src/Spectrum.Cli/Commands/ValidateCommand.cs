using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Areas;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Settings;
using Spectrum.Conference;
using Spectrum.Csv;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum validate</c>: reads data files as the import would (the same <see cref="ImportPlan"/>) and reports, per
/// file, what it holds and every problem in it, including those found against the other files given. Exit code 0
/// when every file is valid, 1 when any is not, 2 for a path that does not exist.
/// </summary>
internal sealed class ValidateCommand(IAnsiConsole console) : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<paths>")]
        [Description("Data files, or folders: a folder means every .csv and .tsv file under it (recursively)")]
        public string[] Paths { get; set; } = [];

        [CommandOption("--table <NAME>")]
        [Description("Table name for allocation rows without a table column (default: the file name)")]
        public string? Table { get; set; }

        [CommandOption("--edition <EDITION>")]
        [Description("Edition for allocation rows without an edition column (default: current)")]
        public string? Edition { get; set; }

        [CommandOption("--area <CODE>")]
        [Description("Area for allocation rows without an area column: R1, R2, R3, a country code (NL) or a group "
            + "(CEPT). Default: the ITU Region the table's name gives")]
        public string? Area { get; set; }

        public override ValidationResult Validate() => TableDefaultsOption.Check(Area);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var plan = ImportPlan.Read(settings.Paths, TableDefaultsOption.Of(settings.Table, settings.Edition, settings.Area), cancellationToken);
        if (plan.Reports.Count == 0)
        {
            throw new InputException($"no .csv or .tsv files in {string.Join(", ", settings.Paths)}");
        }

        foreach (var report in plan.Reports)
        {
            Report(report);
        }

        var invalid = plan.Reports.Count(r => !r.IsValid);
        var files = Count(plan.Reports.Count, "file");
        console.WriteLine();
        console.MarkupLine(invalid == 0 ? $"[green]{files}, all valid[/]" : $"[red]{files}: {plan.Reports.Count - invalid} valid, {invalid} invalid[/]");
        return invalid == 0 ? 0 : 1;
    }

    private void Report(FileReport report)
    {
        var import = report.Import;
        var verdict = report.IsValid ? "[green]valid[/]" : $"[red]{Count(report.ErrorCount, "error")}[/]";
        console.MarkupLine($"[bold]{Markup.Escape(import.File)}[/]: {KindName(import.Kind)}, {verdict}");
        if (import is AllocationTableImport { Counts.Count: > 0 } tables)
        {
            var grid = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
            foreach (var column in new[] { "table", "edition", "area", "rows", "allocations", "band-footnote rows" })
            {
                grid.AddColumn(column is "table" or "edition" or "area" ? new TableColumn(column) : new TableColumn(column).RightAligned());
            }

            foreach (var t in tables.Counts)
            {
                grid.AddRow(Markup.Escape(t.Table), Markup.Escape(t.Edition), Markup.Escape(t.Area), $"{t.Rows}", $"{t.Allocations}", $"{t.BandFootnoteRows}");
            }

            console.Write(new Padder(grid, new Padding(2, 0, 0, 0)));
        }
        else if (Holds(import) is { } holds)
        {
            // An invalid file yields no values: its rows are what can be counted.
            console.WriteLine("  " + (import.IsValid ? holds + report.Note : Count(import.Rows, "row")));
        }

        // One error per line, never wrapped, as compilers print them: editors and grep can then find file:line.
        var output = console.Profile.Out.Writer;
        foreach (var error in report.Errors)
        {
            output.WriteLine($"  {error}");
        }

        if (import.ErrorCount > import.Errors.Count)
        {
            output.WriteLine($"  … and {import.ErrorCount - import.Errors.Count} more");
        }
    }

    private static string KindName(DataFileKind kind) => kind switch
    {
        DataFileKind.AllocationTable => "allocation table",
        DataFileKind.Footnotes => "footnotes",
        DataFileKind.CountryList => "countries list",
        DataFileKind.GroupList => "groups list",
        DataFileKind.AgendaItems => "agenda items",
        DataFileKind.AgendaBands => "agenda bands",
        DataFileKind.Positions => "positions",
        DataFileKind.CpmMethods => "CPM methods",
        DataFileKind.RegionalPositions => "regional positions",
        DataFileKind.Amendments => "amendments",
        DataFileKind.Editions => "editions",
        DataFileKind.TableMetadata => "table metadata",
        _ => "unrecognised",
    };

    private static string? Holds(DataFileImport import) => import switch
    {
        ImportResult<Footnote> f => Count(f.Values.Count, "footnote"),
        ImportResult<Amendment> a => Count(a.Values.Count, "amendment"),
        ImportResult<EditionDefinition> e => Count(e.Values.Count, "edition"),
        ImportResult<GroupMembership> g => Count(g.Values.Count, "membership"),
        ImportResult<CountryListing> c => Count(c.Values.Count, "country", "countries"),
        ImportResult<AgendaItem> i => Count(i.Values.Count, "agenda item"),
        ImportResult<AgendaBand> b => Count(b.Values.Count, "agenda band"),
        ImportResult<Position> p => Count(p.Values.Count, "position"),
        ImportResult<CpmMethod> m => Count(m.Values.Count, "CPM method"),
        ImportResult<RegionalPosition> r => Count(r.Values.Count, "regional position"),
        _ => null,
    };

    private static string Count(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";
}
