using Spectrum.Conference;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads the editions list (data/README.md, "Editions: editions.csv"): columns <c>edition</c>, <c>base</c>,
/// <c>amendments</c>, and optionally <c>description</c> and <c>source</c>. A base is the name of another edition of the
/// list, or space-separated files; amendments are space-separated files applied in that order. Files are relative to
/// the data folder, the folder of the editions file unless the caller names another, and must exist there. A base that
/// is neither a file (it has a <c>.csv</c>/<c>.tsv</c> extension or a folder) nor an edition of the list, an edition
/// based on itself through others, and an edition named twice are errors with their line. Editions may name a base
/// defined further down: the builder builds bases first.
/// </summary>
public static class EditionListReader
{
    internal static readonly ColumnSpec Edition = new("edition", true);
    internal static readonly ColumnSpec Base = new("base", true);
    internal static readonly ColumnSpec Amendments = new("amendments", true);
    internal static readonly ColumnSpec Description = new("description", false);

    internal static readonly ColumnSpec[] Columns = [Edition, Base, Amendments, Description, Cells.Source];

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<EditionDefinition> Read(string path) => Import(path).ValuesOrThrow();

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<EditionDefinition> Read(Stream stream, string fileName, string dataFolder) =>
        Import(stream, fileName, dataFolder).ValuesOrThrow();

    public static ImportResult<EditionDefinition> Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path, DataFolderOf(path));
    }

    /// <param name="dataFolder">The folder the file names are relative to.</param>
    public static ImportResult<EditionDefinition> Import(Stream stream, string fileName, string dataFolder)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file, dataFolder);
    }

    /// <summary>The data folder an editions file names its files from: its own folder.</summary>
    public static string DataFolderOf(string editionsPath) => Path.GetDirectoryName(Path.GetFullPath(editionsPath)) ?? "";

    internal static ImportResult<EditionDefinition> Import(DelimitedFile file, string dataFolder)
    {
        var errors = file.Errors;
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, Columns, errors);
        var rows = new List<(EditionDefinition Definition, int Line)>();
        if (map is not null)
        {
            foreach (var row in file.Rows())
            {
                if (ReadRow(row, map, dataFolder, errors) is { } definition)
                {
                    rows.Add((definition, row.Line));
                }
            }

            CheckNames(rows, map, errors);
        }

        return new ImportResult<EditionDefinition>(
            file.FileName, DataFileKind.Editions, file.RowCount, [.. rows.Select(r => r.Definition)], errors.Kept, errors.Total);
    }

    /// <summary>True when a base token names a file rather than an edition.</summary>
    internal static bool LooksLikeFile(string token) =>
        token.Contains('/', StringComparison.Ordinal) || token.Contains('\\', StringComparison.Ordinal)
        || token.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || token.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);

    private static EditionDefinition? ReadRow(Row row, ColumnMap map, string dataFolder, ErrorList errors)
    {
        var before = errors.Total;
        var name = row[map[Edition]];
        if (name.Length == 0)
        {
            errors.Add(row.Line, map[Edition], "empty", "the edition's name, such as RR-2020");
        }
        else if (name.Any(char.IsWhiteSpace))
        {
            errors.Add(row.Line, map[Edition], $"'{name}' has a space", "a name without spaces, such as RR-2020 (a base lists files separated by spaces)");
        }

        var baseText = row[map[Base]];
        var baseTokens = baseText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? baseEdition = null;
        string[] baseFiles = [];
        if (baseTokens.Length == 0)
        {
            errors.Add(row.Line, map[Base], "empty", "an edition of this list, or the files of the tables the edition starts from");
        }
        else if (baseTokens.Length == 1 && !LooksLikeFile(baseTokens[0]))
        {
            baseEdition = baseTokens[0];
        }
        else
        {
            baseFiles = baseTokens;
            CheckFiles(row, map[Base], baseFiles, dataFolder, errors);
        }

        var amendmentFiles = row[map[Amendments]].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        CheckFiles(row, map[Amendments], amendmentFiles, dataFolder, errors);

        var provenance = Cells.ReadProvenance(row, map, errors);
        return errors.Total > before
            ? null
            : new EditionDefinition(name, baseEdition, baseFiles, amendmentFiles, row[map[Description]], provenance!);
    }

    private static void CheckFiles(Row row, Column column, string[] files, string dataFolder, ErrorList errors)
    {
        foreach (var file in files)
        {
            if (!File.Exists(Path.Combine(dataFolder, file)))
            {
                errors.Add(row.Line, column, $"no file {file} in {dataFolder}", "files relative to the folder of the editions file");
            }
        }
    }

    // Names once each; bases named exist; no edition is based on itself, directly or through others.
    private static void CheckNames(List<(EditionDefinition Definition, int Line)> rows, ColumnMap map, ErrorList errors)
    {
        var byName = new Dictionary<string, (EditionDefinition Definition, int Line)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byName.TryAdd(row.Definition.Name, row))
            {
                errors.Add(row.Line, map[Edition], $"edition {row.Definition.Name} is already defined at line {byName[row.Definition.Name].Line}",
                    "each edition once");
            }
        }

        foreach (var (definition, line) in rows)
        {
            if (definition.BaseEdition is not { } baseName)
            {
                continue;
            }

            if (!byName.ContainsKey(baseName))
            {
                errors.Add(line, map[Base], $"'{baseName}' is not an edition of this file, nor a file (.csv or .tsv)",
                    $"an edition of this file ({string.Join(", ", byName.Keys)}), or files of allocation tables");
                continue;
            }

            var chain = new List<string> { definition.Name };
            var current = baseName;
            while (current is not null && byName.TryGetValue(current, out var next) && !chain.Contains(current))
            {
                chain.Add(current);
                current = next.Definition.BaseEdition;
            }

            if (current == definition.Name)
            {
                errors.Add(line, map[Base], $"edition {definition.Name} is based on itself: {string.Join(" → ", chain)} → {definition.Name}",
                    "a chain of bases that ends at an edition on files");
            }
        }
    }
}
