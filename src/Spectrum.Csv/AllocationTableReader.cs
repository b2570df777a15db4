using System.Text.RegularExpressions;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads allocation tables in the format of <c>data/README.md</c> ("The allocation-table CSV format"): one row per
/// service in a band, or a <c>-</c> row carrying the footnotes of the whole band. One file may hold several tables;
/// rows are grouped by table, edition and area. Every problem of the file is reported with its line and column, and a
/// file with any problem yields no table.
/// </summary>
public sealed partial class AllocationTableReader(TableDefaults? defaults = null)
{
    internal static readonly ColumnSpec Table = new("table", false, "region", "legion", "table_name");
    internal static readonly ColumnSpec Edition = new("edition", false);
    internal static readonly ColumnSpec Area = new("area", false, "area_code");
    internal static readonly ColumnSpec Lower = new("lower_hz", true, "lower", "lower_frequency", "from");
    internal static readonly ColumnSpec Upper = new("upper_hz", true, "upper", "upper_frequency", "to");
    internal static readonly ColumnSpec Service = new("service", true);
    internal static readonly ColumnSpec Status = new("status", false, "category");
    internal static readonly ColumnSpec Footnotes = new("footnotes", false, "footnote", "notes");

    internal static readonly ColumnSpec[] Columns =
        [Table, Edition, Area, Lower, Upper, Service, Status, Footnotes, Cells.Source, Cells.Confidence];

    private const string BandRow = "-";

    private readonly TableDefaults _defaults = defaults ?? TableDefaults.None;

    /// <summary>The tables of the file at <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<AllocationTable> Read(string path) => Import(path).ValuesOrThrow();

    /// <summary>The tables of a file already open; <paramref name="fileName"/> names it in errors and defaults.</summary>
    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<AllocationTable> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    /// <summary>Reads the file at <paramref name="path"/> without throwing for bad content.</summary>
    public AllocationTableImport Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path);
    }

    /// <summary>Reads an open file without throwing for bad content; <paramref name="fileName"/> names it.</summary>
    public AllocationTableImport Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
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
        var fileTable = _defaults.Table ?? Path.GetFileNameWithoutExtension(file.FileName);
        var fileEdition = _defaults.Edition ?? TableDefaults.CurrentEdition;
        var errors = file.Errors;
        var shared = new SharedValues();
        foreach (var row in file.Rows())
        {
            var name = Or(row[map[Table]], fileTable);
            var edition = Or(row[map[Edition]], fileEdition);
            var areaText = row[map[Area]];
            if (!areas.TryGetValue((name, areaText), out var area))
            {
                area = ResolveArea(name, areaText, row, map, errors);
                areas.Add((name, areaText), area);
            }

            // Rows group by the area they resolve to: "R1" and "Region 1" are one table.
            var key = (name, edition, area?.Value ?? areaText);
            if (!groups.TryGetValue(key, out var table))
            {
                table = new TableBuilder(name, edition, areaText, area);
                groups.Add(key, table);
            }

            ReadRow(row, map, table, errors, shared);
        }

        var counts = groups.Values.Select(t => t.Counts()).ToArray();
        var tables = errors.Any ? [] : groups.Values.Select(t => t.Build()).ToArray();
        return new AllocationTableImport(file.FileName, file.RowCount, tables, counts, errors.Kept, errors.Total);
    }

    private static void ReadRow(Row row, ColumnMap map, TableBuilder table, ErrorList errors, SharedValues shared)
    {
        var serviceText = row[map[Service]];
        var isBandRow = serviceText == BandRow;
        table.Count(isBandRow);

        var lower = Cells.ReadFrequency(row, map[Lower], errors);
        var upper = Cells.ReadFrequency(row, map[Upper], errors);
        if (lower is { } lo && upper is { } up && up <= lo)
        {
            errors.Add(row.Line, map[Upper], $"the upper edge {up} is not above the lower edge {lo}",
                "an upper edge above the lower edge: a band is [lower, upper)");
        }

        RadioService? service = null;
        AllocationStatus status = default;
        if (!isBandRow)
        {
            if (shared.Services.TryGetValue(serviceText, out var known))
            {
                service = known;
            }
            else if (RadioService.TryParse(serviceText, out var parsed, out var message))
            {
                service = parsed;
                if (!errors.Any)
                {
                    shared.Services.Add(serviceText, parsed);
                }
            }
            else
            {
                errors.AddMessage(row.Line, map[Service], message,
                    "a service of RR Article 1, or '-' for the band's footnotes");
            }

            status = ReadStatus(row, map, serviceText, errors);
        }

        var repairs = new List<string>();
        var footnotes = Cells.ReadFootnoteIds(row, map[Footnotes], errors, lower, repairs);
        var provenance = Cells.ReadProvenance(row, map, errors);
        if (repairs.Count > 0 && provenance is not null)
        {
            provenance = provenance with { Source = $"{provenance.Source}; repaired: {string.Join(", ", repairs)}" };
        }

        // Once the file has an error it yields nothing: stop keeping values, go on finding errors.
        if (errors.Any)
        {
            return;
        }

        provenance = shared.Provenances.TryGetValue(provenance!, out var same) ? same : shared.Provenances[provenance!] = provenance!;

        var range = new FrequencyRange(lower!.Value, upper!.Value);
        if (isBandRow)
        {
            table.BandFootnotes.Add(new BandFootnotes(range, footnotes!, provenance!));
        }
        else
        {
            table.Allocations.Add(new Allocation(range, service!, status, footnotes!, provenance!));
        }
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
                errors.Add(row.Line, column, "empty on a service row", "p, s, primary or secondary");
                return default;
            default:
                errors.Add(row.Line, column, $"'{text}' is not a status", "p, s, primary or secondary");
                return default;
        }
    }

    // The area cell, else the caller's default, else what the table's name says; null after an error.
    private AreaCode? ResolveArea(string table, string areaText, Row row, ColumnMap map, ErrorList errors)
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

    private sealed class TableBuilder(string name, string edition, string areaText, AreaCode? area)
    {
        private int _rows;
        private int _allocations;
        private int _bandRows;

        public List<Allocation> Allocations { get; } = [];

        public List<BandFootnotes> BandFootnotes { get; } = [];

        public void Count(bool isBandRow)
        {
            _rows++;
            if (isBandRow)
            {
                _bandRows++;
            }
            else
            {
                _allocations++;
            }
        }

        public TableRowCounts Counts() =>
            new(name, edition, area?.ToString() ?? (areaText.Length > 0 ? areaText : "?"), _rows, _allocations, _bandRows);

        public AllocationTable Build() => new(name, edition, area!.Value, Allocations, BandFootnotes);
    }
}
