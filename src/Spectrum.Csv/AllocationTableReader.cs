using System.Text.RegularExpressions;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads allocation tables in the format of <c>data/README.md</c> ("The allocation-table CSV format"): one row per
/// service in a band, or a <c>-</c> row carrying the footnotes of the whole band. One file may hold several tables;
/// rows are grouped by table, edition and area. Every problem of the file is reported with its line and column, and a
/// file with any problem yields no table (unless read with <see cref="ReadMode.SkipInvalid"/>).
/// <para>
/// National tables are read as regulators write them (<c>data/national/README.md</c>): a band "Not allocated"; footnote
/// ids written after the service in its cell; two directions in one cell, which are two allocations; an empty status,
/// which the capitals decide; an <c>applications</c> column, whose applications form the table's application layer
/// (<see cref="AllocationTableImport.Applications"/>), also on a band without a service and at a single frequency;
/// and a <c>metadata.tsv</c> beside the table naming it and its country.
/// </para>
/// </summary>
public sealed partial class AllocationTableReader(TableDefaults? defaults = null, ReadMode mode = ReadMode.Strict)
{
    internal static readonly ColumnSpec Table = new("table", false, "region", "legion", "table_name");
    internal static readonly ColumnSpec Edition = new("edition", false);
    internal static readonly ColumnSpec Area = new("area", false, "area_code");
    internal static readonly ColumnSpec Lower = new("lower_hz", true, "lower", "lower_frequency", "from");
    internal static readonly ColumnSpec Upper = new("upper_hz", true, "upper", "upper_frequency", "to");
    internal static readonly ColumnSpec Service = new("service", true);
    internal static readonly ColumnSpec Status = new("status", false, "category");
    internal static readonly ColumnSpec Footnotes = new("footnotes", false, "footnote", "notes");
    internal static readonly ColumnSpec ApplicationList = new("applications", false, "application");
    internal static readonly ColumnSpec Measure = new("harmonisation_measure", false, "measure", "harmonization_measure");
    internal static readonly ColumnSpec Standard = new("standard", false);

    internal static readonly ColumnSpec[] Columns =
        [Table, Edition, Area, Lower, Upper, Service, Status, Footnotes, ApplicationList, Measure, Standard, Cells.Source, Cells.Confidence];

    private const string BandRow = "-";

    private readonly TableDefaults _defaults = defaults ?? TableDefaults.None;

    /// <summary>The tables of the file at <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<AllocationTable> Read(string path) => Import(path).ValuesOrThrow();

    /// <summary>The tables of a file already open; <paramref name="fileName"/> names it in errors and defaults.</summary>
    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<AllocationTable> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    /// <summary>
    /// Reads the file at <paramref name="path"/> without throwing for bad content. A <c>metadata.tsv</c> beside it is
    /// read as the table's <see cref="TableDefaults.Metadata"/> unless the defaults give one.
    /// </summary>
    public AllocationTableImport Import(string path)
    {
        var reader = _defaults.Metadata is null && TableMetadata.ReadBeside(path) is { } metadata
            ? new AllocationTableReader(_defaults with { Metadata = metadata }, mode)
            : this;
        using var stream = DataFileReader.OpenRead(path);
        return reader.Import(stream, path);
    }

    /// <summary>Reads an open file without throwing for bad content; <paramref name="fileName"/> names it.</summary>
    public AllocationTableImport Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimitFor(mode));
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal AllocationTableImport Import(DelimitedFile file)
    {
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, Columns, file.Errors);
        if (map is null)
        {
            return new AllocationTableImport(file.FileName, 0, [], [], file.Errors.Kept, file.Errors.Total);
        }

        var groups = new Dictionary<(string Table, string Edition, string Area), TableBuilder>();
        var areas = new Dictionary<(string Table, string AreaText), AreaCode?>();
        var metadata = _defaults.Metadata;
        var fileTable = _defaults.Table ?? metadata?.TableName ?? Path.GetFileNameWithoutExtension(file.FileName);
        var fileEdition = _defaults.Edition ?? metadata?.Edition ?? TableDefaults.CurrentEdition;
        var errors = file.Errors;
        var shared = new SharedValues();
        var skippedLines = new HashSet<int>();
        foreach (var row in file.Rows())
        {
            var errorsBefore = errors.Total;
            var tableCell = row[map[Table]];
            // The region cell of a national table repeats the dataset's folder code (bo, sn…): the metadata names the table.
            var name = tableCell.Length == 0 || (metadata?.DatasetCode is { } code && tableCell.Equals(code, StringComparison.OrdinalIgnoreCase))
                ? fileTable
                : tableCell;
            var edition = Or(row[map[Edition]], fileEdition);
            var areaText = row[map[Area]];
            if (!areas.TryGetValue((name, areaText), out var area))
            {
                area = ResolveArea(name, tableCell.Length > 0 && name == tableCell, areaText, row, map, errors);
                // Skipping rows, each row of a table without an area is reported; otherwise its first row says it.
                if (area is not null || mode == ReadMode.Strict)
                {
                    areas.Add((name, areaText), area);
                }
            }

            // Rows group by the area they resolve to: "R1" and "Region 1" are one table.
            var key = (name, edition, area?.Value ?? areaText);
            if (!groups.TryGetValue(key, out var table))
            {
                table = new TableBuilder(name, edition, areaText, area);
                groups.Add(key, table);
            }

            ReadRow(row, map, table, errors, shared, keep: mode == ReadMode.SkipInvalid ? area is not null : !errors.Any);
            if (errors.Total > errorsBefore && mode == ReadMode.SkipInvalid)
            {
                skippedLines.Add(row.Line);
            }
        }

        return TableBuilder.Finish(file.FileName, file.RowCount, groups.Values, errors, skippedLines, mode);
    }

    // `keep`: whether the row's values are kept when it has no problem of its own (strict reading keeps nothing once
    // the file has a problem, but goes on finding problems).
    private static void ReadRow(Row row, ColumnMap map, TableBuilder table, ErrorList errors, SharedValues shared, bool keep)
    {
        var errorsBefore = errors.Total;
        var (serviceText, cellFootnotes) = Cells.SplitServiceCell(row[map[Service]]);
        var isBandRow = serviceText == BandRow;
        var notAllocated = serviceText.Equals("not allocated", StringComparison.OrdinalIgnoreCase);

        var lower = Cells.ReadFrequency(row, map[Lower], errors);
        var upper = Cells.ReadFrequency(row, map[Upper], errors);
        var applications = ReadApplications(row, map);
        // A row with an empty service belongs to an application: its own, or that of its band's '-' row.
        var applicationOnly = serviceText.Length == 0 && (applications.Count > 0 || table.BandHasApplications(lower, upper));
        var allocates = !isBandRow && !notAllocated && !applicationOnly;
        var pointAllowed = !allocates && row[map[Footnotes]].Length == 0 && cellFootnotes.Length == 0;
        if (lower is { } lo && upper is { } up && (up < lo || (up == lo && !pointAllowed)))
        {
            errors.Add(row.Line, map[Upper], $"the upper edge {up} is not above the lower edge {lo}",
                up == lo
                    ? "an upper edge above the lower edge: a band is [lower, upper); only an application may sit at a single frequency"
                    : "an upper edge above the lower edge: a band is [lower, upper)");
        }

        var services = new List<RadioService>(1);
        AllocationStatus status = default;
        if (allocates)
        {
            foreach (var text in Cells.SplitDirections(serviceText))
            {
                if (shared.Services.TryGetValue(text, out var known))
                {
                    services.Add(known);
                }
                else if (RadioService.TryParse(text, out var parsed, out var message))
                {
                    services.Add(parsed);
                    shared.Services.TryAdd(text, parsed);
                }
                else
                {
                    errors.AddMessage(row.Line, map[Service], message,
                        "a service of RR Article 1, 'Not allocated', '-' for the band's footnotes, or nothing on a row of applications");
                }
            }

            status = ReadStatus(row, map, serviceText, errors);
        }

        var repairs = new List<string>();
        var footnotes = Cells.ReadFootnoteIds(row, map[Footnotes], errors, lower, repairs);
        var inCell = Cells.ReadFootnoteIds(cellFootnotes, row.Line, map[Service], errors, lower, repairs);
        if (footnotes is not null && inCell is { Length: > 0 })
        {
            footnotes = [.. footnotes.Concat(inCell).Distinct()];
        }

        var provenance = Cells.ReadProvenance(row, map, errors);
        if (repairs.Count > 0 && provenance is not null)
        {
            provenance = provenance with { Source = $"{provenance.Source}; repaired: {string.Join(", ", repairs)}" };
        }

        var hasProblem = errors.Total > errorsBefore;
        table.Count(allocates ? Math.Max(1, services.Count) : 0, applications.Count);
        if (isBandRow && lower is { } bandLower && upper is { } bandUpper)
        {
            table.StartBand(bandLower, bandUpper, applications.Count > 0);
        }

        if (hasProblem || !keep)
        {
            return;
        }

        provenance = shared.Provenances.TryGetValue(provenance!, out var same) ? same : shared.Provenances[provenance!] = provenance!;
        foreach (var application in applications)
        {
            table.Applications.Add(new BandApplication(lower!.Value, upper!.Value, application, provenance,
                row[map[Measure]], row[map[Standard]]));
        }

        if (lower == upper)
        {
            return;
        }

        var range = new FrequencyRange(lower!.Value, upper!.Value);
        if (isBandRow || notAllocated)
        {
            // A band not allocated is in the table with nothing allocated; its footnotes are the band's.
            if (isBandRow || footnotes!.Length > 0)
            {
                table.BandFootnotes.Add(new BandFootnotes(range, footnotes!, provenance));
            }
        }

        foreach (var service in services)
        {
            table.Allocations.Add(new Allocation(range, service, status, footnotes!, provenance));
        }
    }

    // Comma-separated; '-' and empty parts name none.
    private static List<string> ReadApplications(Row row, ColumnMap map)
    {
        var text = row[map[ApplicationList]];
        var names = new List<string>();
        if (text.Length == 0)
        {
            return names;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part != BandRow)
            {
                names.Add(part);
            }
        }

        return names;
    }

    // A million rows name a few dozen services and sources: each is parsed and kept once, not once per row.
    private sealed class SharedValues
    {
        public Dictionary<string, RadioService> Services { get; } = new(StringComparer.Ordinal);

        public Dictionary<Provenance, Provenance> Provenances { get; } = [];
    }

    private static AllocationStatus ReadStatus(Row row, ColumnMap map, string serviceText, ErrorList errors)
    {
        var column = map[Status];
        if (!column.IsPresent)
        {
            // The Table's convention: a service in CAPITALS is primary, in Normal case secondary.
            return RadioService.IsWrittenInCapitals(serviceText) ? AllocationStatus.Primary : AllocationStatus.Secondary;
        }

        var text = row[column];
        switch (text.ToLowerInvariant())
        {
            case "p" or "primary": return AllocationStatus.Primary;
            case "s" or "secondary": return AllocationStatus.Secondary;
            case "":
                // An empty cell says nothing: the capitals do, as in the Table.
                return RadioService.IsWrittenInCapitals(serviceText) ? AllocationStatus.Primary : AllocationStatus.Secondary;
            default:
                errors.Add(row.Line, column, $"'{text}' is not a status", "p, s, primary or secondary");
                return default;
        }
    }

    // The area cell, else the caller's default, else what the table's name says; null after an error.
    private AreaCode? ResolveArea(string table, bool tableFromCell, string areaText, Row row, ColumnMap map, ErrorList errors)
    {
        if (areaText.Length > 0)
        {
            if (AreaCode.TryParse(areaText, out var code))
            {
                return code;
            }

            errors.Add(row.Line, map[Area], $"'{areaText}' is not an area",
                "an ITU Region (R1, R2, R3), an ISO 3166 alpha-2 country code (NL) or a group name (CEPT)");
            return null;
        }

        if (_defaults.Area is { } area)
        {
            return area;
        }

        if (AreaOfTableName(table) is { } named)
        {
            return named;
        }

        var metadata = _defaults.Metadata is { TableName: { } metadataName } && metadataName == table ? _defaults.Metadata : null;
        // A table cell may hold an ISO code of the country list or a group's code; the metadata names the country.
        var listed = metadata is not null ? AreaNames.Project.Resolve(table)
            : tableFromCell ? AreaNames.Project.ResolveCode(table)
            : null;
        if (listed is not null)
        {
            return listed;
        }

        if (metadata is not null)
        {
            errors.Add(row.Line, map[Table].Number,
                $"{metadata.File}:{metadata.TableNameLine}: name_en '{table}' names no country or group of the project's lists",
                "a country name of data/areas/countries.csv (Germany, Bosnia and Herzegovina) or a group of data/areas/groups.csv");
            return null;
        }

        var column = map[Table];
        errors.Add(row.Line, column.Number,
            $"{(column.IsPresent ? column.Header + ": " : "")}no area for table '{table}': the file has no area column and the name is not an ITU Region",
            "an area column, or --area (R1, R2, R3, a country code such as NL, or a group such as CEPT)");
        return null;
    }

    /// <summary>The ITU Region a table's name gives: <c>ITU Region 2</c>, <c>Region 2</c>, <c>itu2</c>, <c>R2</c>.</summary>
    internal static AreaCode? AreaOfTableName(string table)
    {
        var match = RegionName().Match(table.Trim());
        return match.Success ? AreaCode.Region(match.Groups[1].Value[0] - '0') : null;
    }

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;

    [GeneratedRegex(@"^(?:ITU[\s_-]*(?:Region[\s_-]*)?|Region[\s_-]*|R)([123])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionName();
}
