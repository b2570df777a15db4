using Spectrum.Conference;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads the methods of the CPM Report (<c>data/wrc23/cpm-methods.csv</c>): columns <c>agenda_item</c>,
/// <c>method</c> (a capital letter, optionally followed by up to three capitals or digits: <c>A</c>, <c>A1</c>; each
/// once per item), <c>summary</c> (what the method does, not empty), and optionally <c>source</c> and
/// <c>confidence</c>. Whether each item exists is a check across files (<see cref="AgendaCheck"/>). A file with any
/// problem yields no method.
/// </summary>
public static class CpmMethodReader
{
    internal static readonly ColumnSpec Summary = new("summary", true);

    internal static readonly ColumnSpec[] Columns = [AgendaCells.AgendaItem, AgendaCells.Method, Summary, Cells.Source, Cells.Confidence];

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<CpmMethod> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public static AgendaFileImport<CpmMethod> Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal static AgendaFileImport<CpmMethod> Import(DelimitedFile file)
    {
        var firstLine = new Dictionary<(string, string), int>();
        return AgendaCells.ReadRows<CpmMethod>(file, Columns, DataFileKind.CpmMethods, (row, map, agendaItems) =>
        {
            var errors = file.Errors;
            var before = errors.Total;
            var item = AgendaCells.ReadAgendaItem(row, map[AgendaCells.AgendaItem], errors);
            if (item is not null)
            {
                agendaItems.Add((item, row.Line));
            }

            var method = AgendaCells.ReadMethod(row, map[AgendaCells.Method], errors, required: true);
            if (item is not null && method is not null && !firstLine.TryAdd((item, method), row.Line))
            {
                errors.Add(row.Line, map[AgendaCells.Method], $"method {method} of agenda item {item} is given twice (first on line {firstLine[(item, method)]})",
                    "each method of an item once");
            }

            var summary = AgendaCells.ReadText(row, map[Summary], errors, "what the method does, such as suppression of No. 5.484B");
            var provenance = Cells.ReadProvenance(row, map, errors);
            return errors.Total == before ? new CpmMethod(item!, method!, summary!, provenance!) : null;
        });
    }
}
