namespace Spectrum.Csv.Internal;

/// <summary>A column a reader looks for: its name in the format, the other header names accepted for it.</summary>
internal sealed record ColumnSpec(string Name, bool Required, params string[] Aliases)
{
    public bool Matches(string header) =>
        string.Equals(header, Name, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(alias => string.Equals(header, alias, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>upper_hz (or upper, upper_frequency, to)</c>.</summary>
    public string Describe() => Aliases.Length == 0 ? Name : $"{Name} (or {string.Join(", ", Aliases)})";
}

/// <summary>Where a column is in a file: its 0-based index (-1 when absent) and its header as the file writes it.</summary>
internal readonly record struct Column(int Index, string Header)
{
    public static Column Absent { get; } = new(-1, "");

    public bool IsPresent => Index >= 0;

    /// <summary>The 1-based field number used in error messages.</summary>
    public int Number => Index + 1;
}

/// <summary>The columns of one file, found by header name (case-insensitive, any order, aliases, extras ignored).</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<ColumnSpec, Column> _columns;

    private ColumnMap(Dictionary<ColumnSpec, Column> columns) => _columns = columns;

    public Column this[ColumnSpec spec] => _columns.TryGetValue(spec, out var column) ? column : Column.Absent;

    /// <summary>
    /// Maps <paramref name="header"/> onto <paramref name="specs"/>. A missing required column, or two headers naming
    /// the same column, is an error at line 1; then there is no map.
    /// </summary>
    public static ColumnMap? Map(IReadOnlyList<string> header, IReadOnlyList<ColumnSpec> specs, ErrorList errors)
    {
        var columns = new Dictionary<ColumnSpec, Column>();
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var spec = specs.FirstOrDefault(s => s.Matches(header[i]));
            if (spec is null)
            {
                continue;
            }

            if (columns.TryGetValue(spec, out var first))
            {
                errors.Add(1, i + 1,
                    $"columns {first.Number} ('{first.Header}') and {i + 1} ('{header[i]}') both give {spec.Name}",
                    $"one column for {spec.Describe()}");
                ok = false;
                continue;
            }

            columns[spec] = new Column(i, header[i]);
        }

        var missing = specs.Where(s => s.Required && !columns.ContainsKey(s)).ToArray();
        if (missing.Length > 0)
        {
            var names = string.Join(", ", missing.Select(s => s.Name));
            errors.Add(1, 0,
                $"missing {(missing.Length == 1 ? "column" : "columns")} {names} (the header has {string.Join(", ", header.Select(h => $"'{h}'"))})",
                $"header names {string.Join("; ", missing.Select(s => s.Describe()))}");
            ok = false;
        }

        return ok ? new ColumnMap(columns) : null;
    }

    /// <summary>How many of <paramref name="specs"/> the header names: the evidence for a kind of file.</summary>
    public static int Score(IReadOnlyList<string> header, IEnumerable<ColumnSpec> specs) =>
        specs.Count(spec => header.Any(spec.Matches));
}
