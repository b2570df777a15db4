using Spectrum.Conference;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads conference agenda items (<c>data/wrc23/agenda-items.csv</c>): columns <c>agenda_item</c> (<c>1.2</c>,
/// <c>9.1 b</c>, <c>10</c>; each item once), <c>resolution</c>, <c>title</c> (may be empty), <c>scope</c>
/// (<c>5G/IMT</c>, <c>Earth observation</c> or <c>other</c>), and optionally <c>article5</c> (<c>yes</c>, <c>no</c>,
/// <c>not-known</c>, the default: whether the item asks for a change to the Article 5 Table), <c>source</c> and
/// <c>confidence</c>.
/// A file with any problem yields no item.
/// </summary>
public static class AgendaItemReader
{
    internal static readonly ColumnSpec Resolution = new("resolution", true);
    internal static readonly ColumnSpec Title = new("title", true);
    internal static readonly ColumnSpec Scope = new("scope", true);
    internal static readonly ColumnSpec Article5 = new("article5", false);

    internal static readonly ColumnSpec[] Columns = [AgendaCells.AgendaItem, Resolution, Title, Scope, Article5, Cells.Source, Cells.Confidence];

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<AgendaItem> Read(string path) => Import(path).ValuesOrThrow();

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<AgendaItem> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public static AgendaFileImport<AgendaItem> Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path);
    }

    public static AgendaFileImport<AgendaItem> Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal static AgendaFileImport<AgendaItem> Import(DelimitedFile file)
    {
        var errors = file.Errors;
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, Columns, errors);
        var items = new List<AgendaItem>();
        var lines = new List<int>();
        var agendaItems = new List<(string, int)>();
        if (map is not null)
        {
            var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in file.Rows())
            {
                var item = ReadRow(row, map, errors, firstLine);
                if (item is not null && !errors.Any)
                {
                    items.Add(item);
                    lines.Add(row.Line);
                }
            }
        }

        return new AgendaFileImport<AgendaItem>(file.FileName, DataFileKind.AgendaItems, file.RowCount, items, lines,
            map?[AgendaCells.AgendaItem].Number ?? 0, agendaItems, errors.Kept, errors.Total);
    }

    private static AgendaItem? ReadRow(Row row, ColumnMap map, ErrorList errors, Dictionary<string, int> firstLine)
    {
        var number = AgendaCells.ReadAgendaItem(row, map[AgendaCells.AgendaItem], errors);
        var ok = number is not null;
        if (number is not null && !firstLine.TryAdd(number, row.Line))
        {
            errors.Add(row.Line, map[AgendaCells.AgendaItem], $"agenda item {number} is given twice (first on line {firstLine[number]})",
                "each agenda item once");
            ok = false;
        }

        var resolution = row[map[Resolution]];
        if (resolution.Length == 0)
        {
            errors.Add(row.Line, map[Resolution], "empty", "the resolution the item refers to, such as 245 (WRC-19)");
            ok = false;
        }

        var scopeText = row[map[Scope]];
        AgendaScope? scope = scopeText.ToLowerInvariant() switch
        {
            "5g/imt" => AgendaScope.Imt,
            "earth observation" => AgendaScope.EarthObservation,
            "other" => AgendaScope.Other,
            _ => null,
        };
        if (scope is null)
        {
            errors.Add(row.Line, map[Scope], scopeText.Length == 0 ? "empty" : $"'{scopeText}' is not a scope",
                "5G/IMT, Earth observation or other");
            ok = false;
        }

        var article5Text = row[map[Article5]];
        var article5 = article5Text.Length == 0 ? Article5Consequence.NotKnown : Terms.Article5ConsequenceOf(article5Text);
        if (article5 is null)
        {
            errors.Add(row.Line, map[Article5], $"'{article5Text}' is not an Article 5 consequence", "yes, no or not-known (or empty: not known)");
            ok = false;
        }

        var provenance = Cells.ReadProvenance(row, map, errors);
        return ok && provenance is not null
            ? new AgendaItem(number!, resolution, row[map[Title]], scope!.Value, provenance) { Article5 = article5!.Value }
            : null;
    }
}
