using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads footnote texts: columns <c>id</c> (or <c>ref</c>, <c>footnote</c>), <c>text</c> (or <c>description</c>), and
/// optionally <c>source</c> and <c>confidence</c>. Each id appears once. A file with any problem yields no footnote.
/// </summary>
public static class FootnoteReader
{
    internal static readonly ColumnSpec Id = new("id", true, "ref", "footnote");
    internal static readonly ColumnSpec Text = new("text", true, "description");

    internal static readonly ColumnSpec[] Columns = [Id, Text, Cells.Source, Cells.Confidence];

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<Footnote> Read(string path) => Import(path).ValuesOrThrow();

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<Footnote> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public static ImportResult<Footnote> Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path);
    }

    public static ImportResult<Footnote> Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal static ImportResult<Footnote> Import(DelimitedFile file)
    {
        var errors = file.Errors;
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, Columns, errors);
        var footnotes = new List<Footnote>();
        if (map is not null)
        {
            var firstLine = new Dictionary<FootnoteId, int>();
            foreach (var row in file.Rows())
            {
                var footnote = ReadRow(row, map, errors, firstLine);
                if (footnote is not null && !errors.Any)
                {
                    footnotes.Add(footnote);
                }
            }
        }

        return new ImportResult<Footnote>(file.FileName, DataFileKind.Footnotes, file.RowCount, footnotes, errors.Kept, errors.Total);
    }

    private static Footnote? ReadRow(Row row, ColumnMap map, ErrorList errors, Dictionary<FootnoteId, int> firstLine)
    {
        var idText = row[map[Id]];
        var ok = FootnoteId.TryParse(idText, out var id);
        if (!ok)
        {
            errors.Add(row.Line, map[Id], idText.Length == 0 ? "empty" : $"'{idText}' is not a footnote id",
                "'5.' and two or three digits with optional capitals (5.340, 5.384A), or a national id such as UK12");
        }
        else if (!firstLine.TryAdd(id, row.Line))
        {
            errors.Add(row.Line, map[Id], $"footnote {id} is given twice (first on line {firstLine[id]})",
                "each footnote id once");
            ok = false;
        }

        var text = row[map[Text]];
        if (text.Length == 0)
        {
            errors.Add(row.Line, map[Text], "empty", "the footnote's text");
            ok = false;
        }

        var provenance = Cells.ReadProvenance(row, map, errors);
        return ok && provenance is not null ? new Footnote(id, text, provenance) : null;
    }
}
