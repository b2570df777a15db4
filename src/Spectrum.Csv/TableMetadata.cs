using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// The <c>metadata.tsv</c> beside a national table of the EarthFrequencies layout: <c>name</c> and <c>value</c>
/// columns, one property a row. <c>name_en</c> names the table and its country (<c>Germany</c>; resolved through
/// <see cref="AreaNames"/>); <c>iso2</c> is the dataset's own folder code, which is not always ISO 3166 (<c>bo</c> is
/// Bosnia and Herzegovina) and is therefore never read as the area; <c>edition</c>, where given, is the table's
/// edition. Other properties (<c>parentRegions</c>, <c>source</c>, <c>licence</c>…) are kept as they are.
/// </summary>
public sealed class TableMetadata
{
    /// <summary>The file name the metadata of a table has, in the table's folder (or <c>metadata</c> with the table's extension).</summary>
    public const string FileName = "metadata.tsv";

    internal static readonly ColumnSpec Name = new("name", true);
    internal static readonly ColumnSpec Value = new("value", true);

    internal static readonly ColumnSpec[] Columns = [Name, Value];

    private readonly Dictionary<string, (string Value, int Line)> _values;

    private TableMetadata(string file, Dictionary<string, (string Value, int Line)> values)
    {
        File = file;
        _values = values;
    }

    public string File { get; }

    /// <summary>The table's name and country in English (<c>name_en</c>); null when not given.</summary>
    public string? TableName => this["name_en"];

    /// <summary>The line of <c>name_en</c> in <see cref="File"/>, for errors about it.</summary>
    public int TableNameLine => _values.TryGetValue("name_en", out var v) ? v.Line : 0;

    /// <summary>The dataset's own code of the table (<c>iso2</c>), as its rows' <c>region</c> cells repeat it.</summary>
    public string? DatasetCode => this["iso2"];

    public string? Edition => this["edition"];

    public string? this[string name] => _values.TryGetValue(name, out var v) && v.Value.Length > 0 ? v.Value : null;

    /// <summary>The metadata in the folder of the table at <paramref name="tablePath"/>, or null when it has none.</summary>
    /// <exception cref="ImportException">The metadata file has errors.</exception>
    public static TableMetadata? ReadBeside(string tablePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(tablePath)) ?? ".";
        var name = new[] { "metadata" + Path.GetExtension(tablePath), FileName }
            .FirstOrDefault(n => System.IO.File.Exists(Path.Combine(folder, n)));
        if (name is null || Path.GetFileNameWithoutExtension(tablePath).Equals("metadata", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = Path.Combine(folder, name);
        var shown = Path.Combine(Path.GetDirectoryName(tablePath) ?? "", name);
        using var stream = DataFileReader.OpenRead(path);
        var errors = new ErrorList(shown, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return new TableMetadata(shown, Import(file).ValuesOrThrow().ToDictionary(p => p.Name, p => (p.Value, p.Line), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Reads a metadata file: its properties, or the file's errors.</summary>
    internal static ImportResult<TableProperty> Import(DelimitedFile file)
    {
        var errors = file.Errors;
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, Columns, errors);
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var properties = new List<TableProperty>();
        if (map is not null)
        {
            foreach (var row in file.Rows())
            {
                var name = row[map[Name]];
                if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                {
                    errors.Add(row.Line, map[Name], name.Length == 0 ? "empty" : $"'{name}' is not a property name",
                        "a property name of letters, digits and underscores (name_en, iso2), at most 64 characters");
                }
                else if (!values.TryAdd(name, (row[map[Value]], row.Line)))
                {
                    errors.Add(row.Line, map[Name], $"'{name}' is given twice (first at line {values[name].Line})", "each property once");
                }
                else
                {
                    properties.Add(new TableProperty(name, row[map[Value]], row.Line));
                }
            }
        }

        return new ImportResult<TableProperty>(file.FileName, DataFileKind.TableMetadata, file.RowCount, properties, errors.Kept, errors.Total);
    }
}

/// <summary>One row of a table's <c>metadata.tsv</c>: a property, its value, and its line.</summary>
public sealed record TableProperty(string Name, string Value, int Line);
