using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads the CSV export of ECO's EFIS (efis.cept.org; the file a CEPT regulator downloads; layout as observed in
/// exports of the ECA table, summarised in <c>tests/Spectrum.Tests/Csv/Efis/README.md</c>): UTF-8 with byte-order
/// mark, semicolons, every field quoted, fields that may hold line breaks. Frequencies carry their unit
/// (<c>8300 Hz</c>, <c>10.68 GHz</c>). A band's services are one cell, comma-separated, status by capitals, each
/// service's footnotes in parentheses straight after it (<c>MOBILE except aeronautical mobile(5.316B, 5.317A)</c>;
/// a qualifier such as <c>(Earth-to-space)</c> is told from footnotes by its form). There is one row per band and
/// application, so a band's allocations are read from its first row and must be the same on the others; the
/// application, its harmonisation measure, standard and notes are read from every row. After the bands, a second
/// section (its own byte-order mark and a <c>footnotenumber;footnotetext</c> header) gives the footnote texts.
/// <para>
/// The allocation column that is not the RR one (the European Common Allocation, or a national table's) is the table;
/// with <c>readRegion1Table</c> the <c>RR Region 1 Allocation…</c> column is read as a second table, <see cref="Region1Table"/>.
/// </para>
/// </summary>
public sealed class EfisExportReader(TableDefaults? defaults = null, ReadMode mode = ReadMode.Strict, bool readRegion1Table = false)
{
    /// <summary>The name of the table read from the RR Region 1 column.</summary>
    public const string Region1Table = "RR Region 1 (EFIS)";

    /// <summary>The name of the table read from the European Common Allocation column; its area is CEPT.</summary>
    public const string EcaTable = "European Common Allocation";

    private const string Region1Prefix = "RR Region 1 Allocation";
    private const string BandFootnotesSuffix = "frequency range footnotes";

    private static readonly ColumnSpec Lower = new("Lower Frequency", true);
    private static readonly ColumnSpec Upper = new("Upper Frequency", true);
    private static readonly ColumnSpec Measure = new("ECC/ERC harmonisation measure", false);
    private static readonly ColumnSpec Application = new("Applications", false);
    private static readonly ColumnSpec Standard = new("Standard", false);
    private static readonly ColumnSpec Notes = new("Notes", false);
    private static readonly ColumnSpec FootnoteNumber = new("footnotenumber", true);
    private static readonly ColumnSpec FootnoteText = new("footnotetext", true);

    private readonly TableDefaults _defaults = defaults ?? TableDefaults.None;

    /// <summary>True for the header of an EFIS export's band section.</summary>
    public static bool IsExportHeader(IReadOnlyList<string> header) =>
        header.Any(Lower.Matches) && header.Any(Upper.Matches)
        && header.Any(h => h.EndsWith(BandFootnotesSuffix, StringComparison.OrdinalIgnoreCase));

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<AllocationTable> Read(string path) => Import(path).ValuesOrThrow();

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<AllocationTable> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public AllocationTableImport Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path);
    }

    public AllocationTableImport Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimitFor(mode));
        string text;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true), true, 1 << 16, leaveOpen: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            errors.Add(0, 0, "the file is not UTF-8", "a UTF-8 text file, as EFIS exports");
            return TableBuilder.Finish(fileName, 0, [], errors, [], ReadMode.Strict);
        }

        // The second section starts with a byte-order mark of its own.
        var split = text.IndexOf('\uFEFF', StringComparison.Ordinal);
        var bands = split < 0 ? text : text[..split];
        var footnoteLine = split < 0 ? 0 : 1 + bands.Count(c => c == '\n');
        var skippedLines = new HashSet<int>();
        var (tables, rows) = ReadBands(bands, errors, skippedLines);
        var footnotes = split < 0 ? [] : ReadFootnotes(text[(split + 1)..], footnoteLine, errors, skippedLines);
        return TableBuilder.Finish(fileName, rows, tables, errors, skippedLines, mode, footnotes: footnotes);
    }

    private (IReadOnlyCollection<TableBuilder> Tables, int Rows) ReadBands(string section, ErrorList errors, HashSet<int> skippedLines)
    {
        using var parser = Parser(section);
        if (!parser.Read())
        {
            errors.Add(0, 0, "empty", "the header \"Lower Frequency\";\"Upper Frequency\";… and one row per band and application");
            return ([], 0);
        }

        var header = parser.Record!.Select(h => h.Trim()).ToArray();
        var tableHeader = header.FirstOrDefault(h => h.Contains("Allocation", StringComparison.OrdinalIgnoreCase)
            && !h.StartsWith(Region1Prefix, StringComparison.OrdinalIgnoreCase));
        var region1Header = header.FirstOrDefault(h => h.StartsWith(Region1Prefix, StringComparison.OrdinalIgnoreCase));
        var tableFootnotesHeader = header.FirstOrDefault(h => h.EndsWith(BandFootnotesSuffix, StringComparison.OrdinalIgnoreCase)
            && !h.StartsWith("RR ", StringComparison.OrdinalIgnoreCase));
        var region1FootnotesHeader = header.FirstOrDefault(h => h.EndsWith(BandFootnotesSuffix, StringComparison.OrdinalIgnoreCase)
            && h.StartsWith("RR ", StringComparison.OrdinalIgnoreCase));
        if (tableHeader is null)
        {
            errors.Add(1, 0, "no allocation column besides the RR one",
                "a column such as \"European Common Allocation and ECA footnotes\" or a national table's allocation column");
            return ([], 0);
        }

        var tableSpec = new ColumnSpec(tableHeader, true);
        var tableFootnotes = new ColumnSpec(tableFootnotesHeader ?? "(table band footnotes)", false);
        var region1Spec = new ColumnSpec(region1Header ?? "(RR Region 1)", false);
        var region1Footnotes = new ColumnSpec(region1FootnotesHeader ?? "(RR band footnotes)", false);
        var map = ColumnMap.Map(header,
            [Lower, Upper, tableSpec, tableFootnotes, region1Spec, region1Footnotes, Measure, Application, Standard, Notes], errors);
        if (map is null)
        {
            return ([], 0);
        }

        var edition = _defaults.Edition ?? _defaults.Metadata?.Edition ?? TableDefaults.CurrentEdition;
        var name = _defaults.Table ?? _defaults.Metadata?.TableName ?? TableNameOf(tableHeader);
        var area = _defaults.Area ?? AreaOf(name, tableHeader);
        if (area is null)
        {
            errors.Add(1, map[tableSpec].Number, $"'{tableHeader}': no area for table '{name}'",
                "the European Common Allocation (CEPT), a country's table named by its country, or --area");
            return ([], 0);
        }

        var main = new TableColumns(map[tableSpec], map[tableFootnotes], new TableBuilder(name, edition, area.Value.Value, area));
        var columns = new List<TableColumns> { main };
        if (readRegion1Table && map[region1Spec].IsPresent)
        {
            columns.Add(new TableColumns(map[region1Spec], map[region1Footnotes],
                new TableBuilder(Region1Table, edition, "R1", AreaCode.Region(1))));
        }

        var rows = 0;
        var line = NewLines(parser.RawRecord);
        var bandsRead = new Dictionary<(long, long), (int Line, string[] Cells)>();
        while (parser.Read())
        {
            var first = line + 1;
            line += NewLines(parser.RawRecord);
            if (parser.Record!.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows++;
            var errorsBefore = errors.Total;
            if (parser.Count != header.Length)
            {
                errors.Add(first, 0, $"the row has {parser.Count} fields, the header has {header.Length}", $"{header.Length} fields separated by semicolons");
            }
            else
            {
                ReadBandRow(new Row(parser, first), map, columns, bandsRead, errors);
            }

            if (errors.Total > errorsBefore && mode == ReadMode.SkipInvalid)
            {
                skippedLines.Add(first);
            }
        }

        return ([.. columns.Select(c => c.Table)], rows);
    }

    private sealed record TableColumns(Internal.Column Allocations, Internal.Column BandFootnotes, TableBuilder Table);

    private void ReadBandRow(
        Row row, ColumnMap map, List<TableColumns> columns, Dictionary<(long, long), (int Line, string[] Cells)> bandsRead, ErrorList errors)
    {
        var errorsBefore = errors.Total;
        var lower = Cells.ReadFrequency(row, map[Lower], errors);
        var upper = Cells.ReadFrequency(row, map[Upper], errors);
        if (lower is not { } lo || upper is not { } up)
        {
            return;
        }

        var applications = row[map[Application]].Length == 0 ? [] : new[] { row[map[Application]] };
        var cells = columns.SelectMany(c => new[] { row[c.Allocations], row[c.BandFootnotes] }).ToArray();
        var firstOfBand = !bandsRead.TryGetValue((lo.Hertz, up.Hertz), out var earlier);
        if (!firstOfBand && !earlier.Cells.SequenceEqual(cells))
        {
            errors.Add(row.Line, columns[0].Allocations,
                $"the band's allocations differ from those at line {earlier.Line}",
                "the same allocations and band footnotes on every row of a band (one row per application)");
        }

        var allocates = firstOfBand && columns.Any(c => row[c.Allocations].Length > 0);
        if (up < lo || (up == lo && allocates))
        {
            errors.Add(row.Line, map[Upper], $"the upper edge {up} is not above the lower edge {lo}",
                "an upper edge above the lower edge: a band is [lower, upper); only an application may sit at a single frequency");
        }

        var provenance = Cells.ReadProvenance(row, map, errors) ?? Provenance.Unstated;
        var read = new List<(TableBuilder Table, Action Add)>();
        foreach (var column in columns)
        {
            var repairs = new List<string>();
            var bandFootnotes = Cells.ReadFootnoteIds(row, column.BandFootnotes, errors, lower, repairs);
            var services = firstOfBand ? ReadServices(row, column.Allocations, errors, lo) : [];
            var table = column.Table;
            table.Count(services.Count, column == columns[0] ? applications.Length : 0);
            read.Add((table, () =>
            {
                if (!firstOfBand || up == lo)
                {
                    return;
                }

                var range = new FrequencyRange(lo, up);
                table.BandFootnotes.Add(new BandFootnotes(range, bandFootnotes!, provenance));
                foreach (var (service, status, footnotes) in services)
                {
                    table.Allocations.Add(new Allocation(range, service, status, footnotes, provenance));
                }
            }));
        }

        if (firstOfBand)
        {
            bandsRead[(lo.Hertz, up.Hertz)] = (row.Line, cells);
        }

        if (errors.Total > errorsBefore || (mode == ReadMode.Strict && errors.Any))
        {
            return;
        }

        foreach (var (_, add) in read)
        {
            add();
        }

        foreach (var application in applications)
        {
            columns[0].Table.Applications.Add(new BandApplication(lo, up, application, provenance,
                row[map[Measure]], row[map[Standard]], row[map[Notes]]));
        }
    }

    // "FIXED, MOBILE except aeronautical mobile(5.316B, 5.317A), FIXED-SATELLITE (Earth-to-space)(5.484A)".
    private static List<(RadioService Service, AllocationStatus Status, FootnoteId[] Footnotes)> ReadServices(
        Row row, Internal.Column column, ErrorList errors, Frequency lower)
    {
        var result = new List<(RadioService, AllocationStatus, FootnoteId[])>();
        foreach (var item in SplitOutside(row[column], ','))
        {
            var (serviceText, footnoteText) = SplitFootnotes(item);
            if (serviceText.Equals("not allocated", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var footnotes = Cells.ReadFootnoteIds(footnoteText, row.Line, column, errors, lower, []) ?? [];
            var status = RadioService.IsWrittenInCapitals(serviceText) ? AllocationStatus.Primary : AllocationStatus.Secondary;
            foreach (var text in Cells.SplitDirections(serviceText))
            {
                if (RadioService.TryParse(text, out var service, out var message))
                {
                    result.Add((service, status, footnotes));
                }
                else
                {
                    errors.AddMessage(row.Line, column, message,
                        "services of RR Article 1 separated by commas, each with its footnotes in parentheses: FIXED, MOBILE(5.384A)");
                }
            }
        }

        return result;
    }

    // The parenthesised groups of one service that hold footnote ids, taken out: what is left is the service.
    internal static (string Service, string Footnotes) SplitFootnotes(string item)
    {
        var service = new StringBuilder();
        var footnotes = new List<string>();
        var i = 0;
        while (i < item.Length)
        {
            var close = item[i] == '(' ? item.IndexOf(')', i) : -1;
            if (close > i)
            {
                var inside = item[(i + 1)..close];
                var parts = inside.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 0 && parts.All(p => FootnoteId.TryParse(Cells.RepairLostZero(p, null), out _)))
                {
                    footnotes.Add(inside);
                    i = close + 1;
                    continue;
                }
            }

            service.Append(item[i]);
            i++;
        }

        return (service.ToString().Trim(), string.Join(", ", footnotes));
    }

    private static IEnumerable<string> SplitOutside(string text, char separator)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == separator && depth == 0)
            {
                if (text[start..i].Trim() is { Length: > 0 } part)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }

        if (text[start..].Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    private static List<Footnote> ReadFootnotes(string section, int firstLine, ErrorList errors, HashSet<int> skippedLines)
    {
        var footnotes = new List<Footnote>();
        using var parser = Parser(section);
        if (!parser.Read())
        {
            return footnotes;
        }

        var header = parser.Record!.Select(h => h.Trim()).Where(h => h.Length > 0).ToArray();
        var map = ColumnMap.Map(header, [FootnoteNumber, FootnoteText], errors);
        var line = firstLine - 1 + NewLines(parser.RawRecord);
        if (map is null)
        {
            return footnotes;
        }

        while (parser.Read())
        {
            var first = line + 1;
            line += NewLines(parser.RawRecord);
            var row = new Row(parser, first);
            var idText = row[map[FootnoteNumber]];
            if (idText.Length == 0 && row[map[FootnoteText]].Length == 0)
            {
                continue;
            }

            if (!FootnoteId.TryParse(idText, out var id))
            {
                errors.Add(first, map[FootnoteNumber], $"'{idText}' is not a footnote id", FootnoteId.Expected);
                skippedLines.Add(first);
                continue;
            }

            footnotes.Add(new Footnote(id, row[map[FootnoteText]], new Provenance(Path.GetFileName(errors.File), Confidence.High)));
        }

        return footnotes;
    }

    // "European Common Allocation and ECA footnotes" → "European Common Allocation"; "Germany Allocation and national
    // footnotes" → "Germany".
    private static string TableNameOf(string header)
    {
        if (header.StartsWith(EcaTable, StringComparison.OrdinalIgnoreCase))
        {
            return EcaTable;
        }

        var cut = header.IndexOf(" Allocation", StringComparison.OrdinalIgnoreCase);
        return cut > 0 ? header[..cut].Trim() : header;
    }

    private static AreaCode? AreaOf(string name, string header) =>
        header.StartsWith(EcaTable, StringComparison.OrdinalIgnoreCase) || name == EcaTable
            ? AreaCode.Parse("CEPT")
            : AreaNames.Project.Resolve(name);

    // The physical lines a record takes, its own line break included.
    private static int NewLines(string? raw) => raw is null ? 0 : raw.Count(c => c == '\n');

    private static CsvParser Parser(string text) =>
        new(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            HasHeaderRecord = false,
            Mode = CsvMode.RFC4180,
            BadDataFound = null,
            IgnoreBlankLines = false,
        });
}
