using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Spectrum.Cli.Output;

/// <summary>How a command prints its rows: a console table for people, CSV for spreadsheets, JSON for programs.</summary>
public enum OutputFormat
{
    Table,
    Csv,
    Json,
}

/// <summary>The names <c>--format</c> takes for an <see cref="OutputFormat"/>.</summary>
internal static class OutputFormats
{
    public static readonly IReadOnlyList<string> Names = ["table", "csv", "json"];

    /// <summary>The format a name gives, in any letter case, or null for a name that gives none.</summary>
    public static OutputFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "table" => OutputFormat.Table,
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        _ => null,
    };
}

/// <summary>
/// Writes rows as CSV or JSON with the same column names, so a spreadsheet and a script see the same fields.
/// Values are strings, numbers, booleans, nulls or string lists.
/// </summary>
internal static class RowWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IAnsiConsole console, OutputFormat format, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var text = format switch
        {
            OutputFormat.Csv => ToCsv(columns, rows),
            OutputFormat.Json => ToJson(columns, rows),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a console table is drawn by the command"),
        };
        // Spectre markup must not touch data: write the profile's plain text.
        console.Profile.Out.Writer.Write(text);
        console.Profile.Out.Writer.Flush();
    }

    public static string ToJson(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var list = rows.Select(row =>
        {
            var item = new Dictionary<string, object?>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                item[columns[i]] = row[i];
            }

            return item;
        }).ToList();
        return JsonSerializer.Serialize(list, Json) + "\n";
    }

    public static string ToCsv(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var builder = new StringBuilder();
        builder.AppendJoin(',', columns.Select(Quote)).Append('\n');
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(value => Quote(Cell(value)))).Append('\n');
        }

        return builder.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        IDictionary<string, string> map => string.Join(" | ", map.Select(pair => $"{pair.Key}: {pair.Value}")),
        IEnumerable<string> list => string.Join(' ', list),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet shows text rather than running a formula.
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r'
            || (value.Length > 1 && value[0] == '-' && !char.IsAsciiDigit(value[1])))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
