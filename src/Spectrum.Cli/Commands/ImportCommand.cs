using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Areas;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.Csv;
using Spectrum.Csv.Areas;
using Spectrum.PostGis.Import;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum import</c>: reads every file first, and writes only when all are valid, all in one transaction.
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
        [Description("Area (R1, NL, CEPT) for rows that have no area column and whose table name names none")]
        public string? Area { get; init; }

        public override ValidationResult Validate() =>
            Area is not null && !AreaCode.TryParse(Area, out _)
                ? ValidationResult.Error($"--area '{Area}' is not an area: expected R1, R2, R3, an ISO alpha-2 code or a group name")
                : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var files = DataFiles.Expand(settings.Paths);
        var defaults = new TableDefaults(settings.Table, settings.Edition, settings.Area is null ? null : AreaCode.Parse(settings.Area));
        var tables = new List<AllocationTable>();
        var footnotes = new List<Footnote>();
        var countries = new List<(string File, CountryListing Listing)>();
        var groups = new List<GroupMembership>();
        var agendaItems = new List<AgendaItem>();
        var agendaBands = new List<AgendaFileImport<AgendaBand>>();
        var positions = new List<AgendaFileImport<Position>>();
        var editionFiles = new List<string>();
        var errors = new List<ImportError>();
        var errorCount = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var import = DataFileReader.Import(file, defaults);
            errors.AddRange(import.Errors);
            errorCount += import.ErrorCount;
            switch (import)
            {
                case AllocationTableImport t: tables.AddRange(t.Values); break;
                case ImportResult<Footnote> f: footnotes.AddRange(f.Values); break;
                case ImportResult<CountryListing> c: countries.AddRange(c.Values.Select(v => (file, v))); break;
                case ImportResult<GroupMembership> g: groups.AddRange(g.Values); break;
                case AgendaFileImport<AgendaItem> a: agendaItems.AddRange(a.Values); break;
                case AgendaFileImport<AgendaBand> b: agendaBands.Add(b); break;
                case AgendaFileImport<Position> p: positions.Add(p); break;
                case ImportResult<EditionDefinition> e when e.IsValid: editionFiles.Add(file); break;
            }
        }

        // Bands and positions must name agenda items of this import (the store replaces agenda items as a whole).
        var crossFile = agendaBands.SelectMany(b => AgendaCheck.UnknownAgendaItems(agendaItems, b))
            .Concat(positions.SelectMany(p => AgendaCheck.UnknownAgendaItems(agendaItems, p)))
            .ToList();
        errors.AddRange(crossFile);
        errorCount += crossFile.Count;
        if (errorCount > 0)
        {
            throw new ImportException(errors, errorCount);
        }

        // An editions file brings the tables of every edition it defines, built by applying its amendment files.
        var editions = editionFiles
            .SelectMany(f => EditionLoader.Load(f, countries.Count == 0 ? null : AmendmentReader.RegionLookup(countries.Select(c => c.Listing))))
            .ToList();
        // The table as the EU position proposes, per agenda item, from the bands its positions support.
        if (editions.FirstOrDefault(e => e.Name == ProposedTables.BaseEditionName) is { } proposalBase)
        {
            editions.AddRange(ProposedTables.Build(
                proposalBase, [.. agendaBands.SelectMany(b => b.Values)], [.. positions.SelectMany(p => p.Values)]));
        }

        var editionTables = editions.SelectMany(e => e.Tables).ToList();
        tables = [.. editionTables, .. tables.Where(t => !editionTables.Any(e => e.Name == t.Name && e.Edition == t.Edition))];

        var areas = countries.Count == 0 ? null : BuildAreas(countries, groups);
        var batch = new ImportBatch(areas, footnotes, tables)
        {
            Editions = [.. editions.Select(e => e.Definition)],
            AgendaItems = agendaItems,
            AgendaBands = [.. agendaBands.SelectMany(b => b.Values)],
            Positions = [.. positions.SelectMany(p => p.Values)],
        };
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        var summary = await new StoreImporter(dataSource).ImportAsync(batch, cancellationToken);
        console.MarkupLineInterpolated(
            $"Imported {summary.Areas} areas, {summary.Footnotes} footnotes, {summary.Tables} tables ({summary.Allocations} allocations, {summary.BandFootnoteRows} band-footnote rows) from {files.Count} files in {clock.Elapsed.TotalSeconds:0.0} s");
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
        foreach (var table in tables.Where(t => !proposed.Contains(t.Edition)))
        {
            console.MarkupLineInterpolated($"  {table.Name} {table.Edition} ({table.Area}): {table.Allocations.Count} allocations");
        }

        return 0;
    }

    // The country polygons are the countries.geojson beside the countries list.
    private static AreaCatalog BuildAreas(List<(string File, CountryListing Listing)> countries, List<GroupMembership> groups)
    {
        var listFile = countries[0].File;
        var polygonFile = Path.Combine(Path.GetDirectoryName(listFile) ?? ".", "countries.geojson");
        if (!File.Exists(polygonFile))
        {
            throw new InputException($"{listFile}: the country polygons are read from {polygonFile}, which does not exist");
        }

        var polygons = AreaGeoJson.ReadCountries(polygonFile);
        var listed = countries
            .Select(c => new ListedCountry(c.Listing.Country.Value, c.Listing.Name,
                c.Listing.Region?.RegionNumber is { } n ? (ItuRegion)n : null, c.Listing.Provenance))
            .ToList();
        return AreaCatalog.Build(listed, polygons, groups, "Natural Earth 1:50m admin-0 (" + polygonFile + ")");
    }
}

/// <summary>The data files a list of paths stands for.</summary>
internal static class DataFiles
{
    private static readonly string[] Extensions = [".csv", ".tsv"];

    /// <summary>A file stands for itself; a folder for its .csv and .tsv files, in ordinal order of their paths.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(path =>
            File.Exists(path) ? [path]
            : Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                : throw new InputException($"'{path}' does not exist")).ToList();
}
