using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Areas;
using Spectrum.Conference;
using Spectrum.Csv;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum validate</c>: reads data files as the import would and reports, per file, what it holds and every
/// problem in it. Agenda bands and positions are checked against the agenda items of all the files given: a band or
/// position whose agenda item none of them has is an error at its line. Exit code 0 when every file is valid, 1 when
/// any is not, 2 for a path that does not exist.
/// </summary>
internal sealed class ValidateCommand(IAnsiConsole console) : AsyncCommand<ValidateCommand.Settings>
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
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        AreaCode? area = null;
        if (settings.Area is not null)
        {
            if (!AreaCode.TryParse(settings.Area, out var code))
            {
                return Task.FromResult(BadArgument(
                    $"--area '{settings.Area}' is not an area: expected R1, R2, R3, a country code such as NL, or a group such as CEPT"));
            }

            area = code;
        }

        var missing = settings.Paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToArray();
        if (missing.Length > 0)
        {
            return Task.FromResult(BadArgument(string.Join(Environment.NewLine, missing.Select(p => $"{p}: no such file or folder"))));
        }

        var files = DataFiles.Expand(settings.Paths).Distinct().ToArray();
        if (files.Length == 0)
        {
            return Task.FromResult(BadArgument($"no .csv or .tsv files in {string.Join(", ", settings.Paths)}"));
        }

        var defaults = new TableDefaults(
            string.IsNullOrWhiteSpace(settings.Table) ? null : settings.Table.Trim(),
            string.IsNullOrWhiteSpace(settings.Edition) ? null : settings.Edition.Trim(),
            area);
        var imports = new List<DataFileImport>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            imports.Add(DataFileReader.Import(file, defaults));
        }

        var agenda = AgendaCheckOf(imports);
        var invalid = 0;
        foreach (var import in imports)
        {
            var (unknown, note) = import is ImportResult<EditionDefinition> { IsValid: true } editions
                ? BuildEditions(editions)
                : (agenda.Errors(import), "");
            Report(import, unknown, unknown.Count > 0 ? "" : note.Length > 0 ? note : agenda.Note(import));
            if (!import.IsValid || unknown.Count > 0)
            {
                invalid++;
            }
        }

        console.WriteLine();
        console.MarkupLine(invalid == 0
            ? $"[green]{Count(files.Length, "file")}, all valid[/]"
            : $"[red]{Count(files.Length, "file")}: {files.Length - invalid} valid, {invalid} invalid[/]");
        return Task.FromResult(invalid == 0 ? 0 : 1);
    }

    // An editions file is valid when every edition it defines can be built: each amendment applies to its table.
    private static (IReadOnlyList<ImportError> Errors, string Note) BuildEditions(ImportResult<EditionDefinition> editions)
    {
        try
        {
            var built = EditionLoader.Load(editions.File);
            return ([], $", every edition built: {string.Join(", ", built.Select(e => $"{e.Name} ({e.Tables.Count} tables)"))}");
        }
        catch (ImportException e)
        {
            return (e.Errors, "");
        }
    }

    // Agenda bands and positions are checked against the agenda items of all the files given, once these are valid.
    private static AgendaFilesCheck AgendaCheckOf(IReadOnlyList<DataFileImport> imports)
    {
        var itemFiles = imports.OfType<AgendaFileImport<AgendaItem>>().ToArray();
        if (itemFiles.Length == 0)
        {
            return new AgendaFilesCheck(null, "no agenda-items file given");
        }

        return itemFiles.All(f => f.IsValid)
            ? new AgendaFilesCheck([.. itemFiles.SelectMany(f => f.Values)], null)
            : new AgendaFilesCheck(null, "an agenda-items file given has errors");
    }

    private sealed record AgendaFilesCheck(IReadOnlyList<AgendaItem>? Items, string? NotChecked)
    {
        public IReadOnlyList<ImportError> Errors(DataFileImport import) => (Items, import) switch
        {
            ({ } items, AgendaFileImport<AgendaBand> bands) => AgendaCheck.UnknownAgendaItems(items, bands),
            ({ } items, AgendaFileImport<Position> positions) => AgendaCheck.UnknownAgendaItems(items, positions),
            _ => [],
        };

        public string Note(DataFileImport import) =>
            import.IsValid && import.Kind is DataFileKind.AgendaBands or DataFileKind.Positions
                ? NotChecked is null ? ", each of a known agenda item" : $"; agenda items not checked: {NotChecked}"
                : "";
    }

    private void Report(DataFileImport import, IReadOnlyList<ImportError> crossErrors, string note)
    {
        var kind = import.Kind switch
        {
            DataFileKind.AllocationTable => "allocation table",
            DataFileKind.Footnotes => "footnotes",
            DataFileKind.CountryList => "countries list",
            DataFileKind.GroupList => "groups list",
            DataFileKind.AgendaItems => "agenda items",
            DataFileKind.AgendaBands => "agenda bands",
            DataFileKind.Positions => "positions",
            DataFileKind.Amendments => "amendments",
            DataFileKind.Editions => "editions",
            _ => "unrecognised",
        };
        var errorCount = import.ErrorCount + crossErrors.Count;
        var verdict = errorCount == 0 ? "[green]valid[/]" : $"[red]{Count(errorCount, "error")}[/]";
        console.MarkupLine($"[bold]{Markup.Escape(import.File)}[/]: {kind}, {verdict}");

        switch (import)
        {
            case AllocationTableImport tables when tables.Counts.Count > 0:
                var grid = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
                grid.AddColumn("table");
                grid.AddColumn("edition");
                grid.AddColumn("area");
                grid.AddColumn(new TableColumn("rows").RightAligned());
                grid.AddColumn(new TableColumn("allocations").RightAligned());
                grid.AddColumn(new TableColumn("band-footnote rows").RightAligned());
                foreach (var t in tables.Counts)
                {
                    grid.AddRow(Markup.Escape(t.Table), Markup.Escape(t.Edition), Markup.Escape(t.Area),
                        $"{t.Rows}", $"{t.Allocations}", $"{t.BandFootnoteRows}");
                }

                console.Write(new Padder(grid, new Padding(2, 0, 0, 0)));
                break;
            // An invalid file yields no values: its rows are what can be counted.
            case ImportResult<Footnote> footnotes:
                console.WriteLine("  " + (footnotes.IsValid ? Count(footnotes.Values.Count, "footnote") : Count(footnotes.Rows, "row")));
                break;
            case ImportResult<Amendment> amendments:
                console.WriteLine("  " + (amendments.IsValid ? Count(amendments.Values.Count, "amendment") : Count(amendments.Rows, "row")));
                break;
            case ImportResult<EditionDefinition> editions:
                console.WriteLine("  " + (editions.IsValid ? Count(editions.Values.Count, "edition") + note : Count(editions.Rows, "row")));
                break;
            case ImportResult<GroupMembership> groups:
                console.WriteLine("  " + (groups.IsValid ? Count(groups.Values.Count, "membership") : Count(groups.Rows, "row")));
                break;
            case ImportResult<CountryListing> countries:
                console.WriteLine("  " + (countries.IsValid ? Count(countries.Values.Count, "country", "countries") : Count(countries.Rows, "row")));
                break;
            case ImportResult<AgendaItem> items:
                console.WriteLine("  " + (items.IsValid ? Count(items.Values.Count, "agenda item") : Count(items.Rows, "row")));
                break;
            case ImportResult<AgendaBand> bands:
                console.WriteLine("  " + (bands.IsValid ? Count(bands.Values.Count, "agenda band") + note : Count(bands.Rows, "row")));
                break;
            case ImportResult<Position> positions:
                console.WriteLine("  " + (positions.IsValid ? Count(positions.Values.Count, "position") + note : Count(positions.Rows, "row")));
                break;
        }

        // One error per line, never wrapped, as compilers print them: editors and grep can then find file:line.
        var output = console.Profile.Out.Writer;
        foreach (var error in AgendaCheck.InLineOrder(import.Errors, crossErrors))
        {
            output.WriteLine($"  {error}");
        }

        if (import.ErrorCount > import.Errors.Count)
        {
            output.WriteLine($"  … and {import.ErrorCount - import.Errors.Count} more");
        }
    }

    private int BadArgument(string message)
    {
        console.WriteLine(message, new Style(Color.Red));
        return 2;
    }

    private static string Count(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";
}
