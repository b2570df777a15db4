using System.Security.Cryptography;
using System.Text;
using Spectrum.Areas;
using Spectrum.Conference;
using Spectrum.Csv.Areas;

namespace Spectrum.Csv;

/// <summary>
/// What one file of a plan holds and what is wrong with it: the file as read, the errors found only against the other
/// files (a band or position of an unknown agenda item, an edition that cannot be built, country polygons that are
/// missing), and a note on what was checked across files.
/// </summary>
public sealed record FileReport(DataFileImport Import, IReadOnlyList<ImportError> CrossFileErrors, string Note)
{
    public int ErrorCount => Import.ErrorCount + CrossFileErrors.Count;

    public bool IsValid => ErrorCount == 0;

    /// <summary>The file's own errors and those found across files, in the order of its lines.</summary>
    public IReadOnlyList<ImportError> Errors => AgendaCheck.InLineOrder(Import.Errors, CrossFileErrors);
}

/// <summary>
/// The one way files become what an import writes, for <c>import</c>, <c>validate</c>, <c>brief</c> and <c>watch</c>
/// alike. <see cref="Read"/> reads every file of the paths (a folder stands for its .csv, .tsv and .tab files, in ordinal
/// order of their paths), checks them against each other and builds the editions an editions file defines; each file
/// gets a <see cref="FileReport"/>. <see cref="Build"/> then gives the <see cref="ImportBatch"/>: the areas (the country
/// list with the <c>countries.geojson</c> beside it, and the groups), footnotes, the tables of every edition built and
/// of the table files read, the tables the EU positions propose, and the agenda. A plan with any error builds nothing.
/// </summary>
public sealed class ImportPlan
{
    /// <summary>
    /// The extensions of data files a folder stands for: comma- or tab-separated, and <c>.tab</c>, the extension the
    /// shipped national tables keep (data/national/README.md).
    /// </summary>
    public static readonly IReadOnlyList<string> DataExtensions = [".csv", ".tsv", ".tab"];

    // What a plan reads besides its data files: the country polygons paired with a countries list.
    private const string CountryPolygons = "countries.geojson";

    private readonly IReadOnlyList<Edition> editions;
    private readonly AreaCatalog? areas;

    private ImportPlan(IReadOnlyList<FileReport> reports, IReadOnlyList<Edition> editions, AreaCatalog? areas)
    {
        Reports = reports;
        this.editions = editions;
        this.areas = areas;
    }

    /// <summary>One report per file, in the order read.</summary>
    public IReadOnlyList<FileReport> Reports { get; }

    public int ErrorCount => Reports.Sum(r => r.ErrorCount);

    public bool IsValid => ErrorCount == 0;

    /// <summary>The allocation-table files read with rows left out (<see cref="ReadMode.SkipInvalid"/>), in the order read.</summary>
    public IReadOnlyList<AllocationTableImport> Skipped =>
        [.. Reports.Select(r => r.Import).OfType<AllocationTableImport>().Where(t => t.SkippedRows > 0)];

    /// <summary>
    /// The files the paths stand for: a file for itself, a folder for its data files (recursively), in ordinal
    /// order of their paths, each once.
    /// </summary>
    /// <exception cref="ImportException">A path that does not exist.</exception>
    public static IReadOnlyList<string> FilesOf(IEnumerable<string> paths)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            // The path is quoted: it may be anything, even a connection string given by mistake, whose password is then hidden.
            throw new ImportException([.. missing.Select(p => new ImportError($"'{p}'", 0, 0, "no such file or folder", "a data file or a folder of them"))]);
        }

        return [.. paths.SelectMany(path => File.Exists(path) ? [path] : DataFilesUnder(path)).Distinct()];
    }

    /// <summary>
    /// SHA-256 over every file a plan of the folder reads (its data files and the country polygons), each path relative
    /// to the folder with its bytes, in ordinal order of the paths: the same files give the same hash wherever the
    /// folder lies, and any change to what an import would read changes it.
    /// </summary>
    public static string ContentHashOf(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => IsDataFile(f) || Path.GetFileName(f) == CountryPolygons)
            .Select(f => (Path: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (path, relative) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// Reads and checks the files of <paramref name="paths"/>; <paramref name="defaults"/> and <paramref name="mode"/>
    /// apply to allocation tables (with <see cref="ReadMode.SkipInvalid"/>, their rows with problems are left out and
    /// listed in <see cref="Skipped"/>).
    /// </summary>
    /// <exception cref="ImportException">A path that does not exist (errors in the files are in the reports).</exception>
    public static ImportPlan Read(
        IEnumerable<string> paths, TableDefaults? defaults = null, CancellationToken cancellationToken = default, ReadMode mode = ReadMode.Strict)
    {
        // The files are independent of each other until they are checked against each other below: read on every core.
        var imports = Parallelism.MapInOrder(FilesOf(paths), (file, _) => DataFileReader.Import(file, defaults, mode), cancellationToken);

        var countries = imports.OfType<ImportResult<CountryListing>>().ToList();
        var regionOf = countries.Count == 0 ? null : AmendmentReader.RegionLookup(countries.SelectMany(c => c.Values));
        var agenda = AgendaCheckOf(imports);
        var editions = new List<Edition>();
        var reports = new List<FileReport>();
        AreaCatalog? areas = null;
        foreach (var import in imports)
        {
            var report = import switch
            {
                ImportResult<EditionDefinition> { IsValid: true } definitions => BuildEditions(definitions, regionOf, editions),
                ImportResult<CountryListing> { IsValid: true } listing when listing == countries[0] =>
                    BuildAreas(listing, countries, imports.OfType<ImportResult<GroupMembership>>(), out areas),
                _ => agenda.Report(import),
            };
            reports.Add(report);
        }

        return new ImportPlan(reports, editions, areas);
    }

    /// <summary>What the plan's files make, ready to be written in one transaction.</summary>
    /// <exception cref="ImportException">Every error of every file, when there is any.</exception>
    public ImportBatch Build()
    {
        var imports = Reports.Select(r => r.Import).ToList();

        // Bands and positions read without any agenda-items file name no agenda item of the import.
        var items = imports.OfType<AgendaFileImport<AgendaItem>>().SelectMany(a => a.Values).ToList();
        List<ImportError> refused = imports.OfType<AgendaFileImport<AgendaItem>>().Any() ? [] :
        [
            .. imports.OfType<AgendaFileImport<AgendaBand>>().SelectMany(b => AgendaCheck.UnknownAgendaItems(items, b)),
            .. imports.OfType<AgendaFileImport<Position>>().SelectMany(p => AgendaCheck.UnknownAgendaItems(items, p)),
            .. imports.OfType<AgendaFileImport<CpmMethod>>().SelectMany(m => AgendaCheck.UnknownAgendaItems(items, m)),
            .. imports.OfType<AgendaFileImport<RegionalPosition>>().SelectMany(r => AgendaCheck.UnknownAgendaItems(items, r)),
        ];
        // A countries list is imported with the polygons beside it.
        if (areas is null && imports.OfType<ImportResult<CountryListing>>().FirstOrDefault() is { } countries)
        {
            var polygonFile = Path.Combine(Path.GetDirectoryName(countries.File) ?? ".", CountryPolygons);
            refused.Add(new ImportError(countries.File, 0, 0, $"the country polygons are read from {polygonFile}, which does not exist",
                $"{CountryPolygons} beside the countries list"));
        }

        if (!IsValid || refused.Count > 0)
        {
            throw new ImportException([.. Reports.SelectMany(r => r.Errors), .. refused], ErrorCount + refused.Count);
        }

        var bands = imports.OfType<AgendaFileImport<AgendaBand>>().SelectMany(b => b.Values).ToList();
        var positions = imports.OfType<AgendaFileImport<Position>>().SelectMany(p => p.Values).ToList();

        // The table as the EU position proposes, per agenda item, from the bands its positions support.
        var built = editions.ToList();
        if (built.FirstOrDefault(e => e.Name == ProposedTables.BaseEditionName) is { } proposalBase)
        {
            built.AddRange(ProposedTables.Build(proposalBase, bands, positions));
        }

        // A table of an edition built here replaces the same table read from a file.
        var editionTables = built.SelectMany(e => e.Tables).ToList();
        var readTables = imports.OfType<AllocationTableImport>().SelectMany(t => t.Values)
            .Where(t => !editionTables.Any(e => e.Name == t.Name && e.Edition == t.Edition));
        var tableFiles = imports.OfType<AllocationTableImport>().ToList();
        return new ImportBatch(areas, [.. imports.OfType<ImportResult<Footnote>>().SelectMany(f => f.Values)], [.. editionTables, .. readTables])
        {
            Applications = [.. tableFiles.SelectMany(t => t.Applications)],
            Editions = [.. built.Select(e => e.Definition with { Lineage = e.Lineage })],
            AgendaItems = items,
            AgendaBands = bands,
            Positions = positions,
            CpmMethods = [.. imports.OfType<AgendaFileImport<CpmMethod>>().SelectMany(m => m.Values)],
            RegionalPositions = [.. imports.OfType<AgendaFileImport<RegionalPosition>>().SelectMany(r => r.Values)],
        };
    }

    private static bool IsDataFile(string path) => DataExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> DataFilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsDataFile).Order(StringComparer.Ordinal);

    // An editions file is valid when every edition it defines can be built: each amendment applies to its table.
    private static FileReport BuildEditions(
        ImportResult<EditionDefinition> definitions, Func<AreaCode, AreaCode?>? regionOf, List<Edition> editions)
    {
        try
        {
            var built = EditionLoader.Load(definitions.File, regionOf);
            editions.AddRange(built);
            return new FileReport(definitions, [], $", every edition built: {string.Join(", ", built.Select(e => $"{e.Name} ({e.Tables.Count} tables)"))}");
        }
        catch (ImportException e)
        {
            return new FileReport(definitions, e.Errors, "");
        }
    }

    // The country polygons are the countries.geojson beside the first countries list; groups are read from any file.
    private static FileReport BuildAreas(
        ImportResult<CountryListing> first,
        IReadOnlyList<ImportResult<CountryListing>> lists,
        IEnumerable<ImportResult<GroupMembership>> groups,
        out AreaCatalog? areas)
    {
        areas = null;
        var polygonFile = Path.Combine(Path.GetDirectoryName(first.File) ?? ".", CountryPolygons);
        if (!File.Exists(polygonFile))
        {
            // The list itself is valid; an import of it is not (see Build).
            return new FileReport(first, [], $"; no {CountryPolygons} beside it, so the areas cannot be imported");
        }

        try
        {
            var listed = lists.SelectMany(l => l.Values)
                .Select(c => new ListedCountry(c.Country.Value, c.Name, c.Region?.RegionNumber is { } n ? (ItuRegion)n : null, c.Provenance))
                .ToList();
            areas = AreaCatalog.Build(listed, CodedByName(AreaGeoJson.ReadCountries(polygonFile), listed), [.. groups.SelectMany(g => g.Values)],
                "Natural Earth 1:50m admin-0 (" + polygonFile + ")");
            return new FileReport(first, [], $", with the polygons of {polygonFile}");
        }
        catch (ImportException e)
        {
            return new FileReport(first, e.Errors, "");
        }
    }

    // A listed country whose code no polygon carries takes the polygon without a code of its name: Natural Earth has
    // Kosovo without an ISO code, and the list gives it the user-assigned XK.
    private static IReadOnlyList<Country> CodedByName(IReadOnlyList<Country> polygons, IReadOnlyList<ListedCountry> listed)
    {
        var coded = polygons.Where(p => p.IsoAlpha2 is not null).Select(p => p.IsoAlpha2!).ToHashSet(StringComparer.Ordinal);
        var byName = listed.Where(l => !coded.Contains(l.IsoAlpha2)).DistinctBy(l => l.Name).ToDictionary(l => l.Name, l => l.IsoAlpha2, StringComparer.Ordinal);
        return byName.Count == 0 ? polygons :
        [
            .. polygons.Select(p => p.IsoAlpha2 is null && byName.TryGetValue(p.Name, out var code) ? new Country(code, null, p.Name, p.Geometry) : p),
        ];
    }

    // Agenda bands and positions are checked against the agenda items of all the files read, once these are valid.
    private static AgendaFilesCheck AgendaCheckOf(IReadOnlyList<DataFileImport> imports)
    {
        var itemFiles = imports.OfType<AgendaFileImport<AgendaItem>>().ToArray();
        if (itemFiles.Length == 0)
        {
            return new AgendaFilesCheck([], "no agenda-items file given");
        }

        return itemFiles.All(f => f.IsValid)
            ? new AgendaFilesCheck([.. itemFiles.SelectMany(f => f.Values)], null)
            : new AgendaFilesCheck(null, "an agenda-items file given has errors");
    }

    // With no agenda-items file the bands and positions cannot be checked, and cannot be imported either (the store
    // replaces agenda items as a whole): the report notes them unchecked, and building the plan refuses them.
    private sealed record AgendaFilesCheck(IReadOnlyList<AgendaItem>? Items, string? NotChecked)
    {
        public FileReport Report(DataFileImport import)
        {
            var errors = (Items, import) switch
            {
                ({ Count: > 0 } items, AgendaFileImport<AgendaBand> bands) => AgendaCheck.UnknownAgendaItems(items, bands),
                ({ Count: > 0 } items, AgendaFileImport<Position> positions) => AgendaCheck.UnknownAgendaItems(items, positions),
                ({ Count: > 0 } items, AgendaFileImport<CpmMethod> methods) => AgendaCheck.UnknownAgendaItems(items, methods),
                ({ Count: > 0 } items, AgendaFileImport<RegionalPosition> regional) => AgendaCheck.UnknownAgendaItems(items, regional),
                _ => [],
            };
            var agendaFile = import.Kind is DataFileKind.AgendaBands or DataFileKind.Positions or DataFileKind.CpmMethods or DataFileKind.RegionalPositions;
            var note = !import.IsValid || !agendaFile || errors.Count > 0 ? ""
                : NotChecked is null ? ", each of a known agenda item"
                : $"; agenda items not checked: {NotChecked}";
            return new FileReport(import, errors, note);
        }
    }
}
