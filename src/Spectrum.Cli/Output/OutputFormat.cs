using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectrum.Briefing;

namespace Spectrum.Cli.Output;

/// <summary>The encodings of a command's rows.</summary>
public enum RowFormat
{
    /// <summary>A console table, for people.</summary>
    Table,

    /// <summary>RFC 4180 CSV in UTF-8 without a byte order mark, for scripts.</summary>
    Csv,

    /// <summary>
    /// CSV that a spreadsheet opened by a double click reads as written: UTF-8 with a byte order mark (so "Côte d'Ivoire"
    /// keeps its accent), CRLF line ends, and text that a spreadsheet would turn into a number or date (footnote
    /// <c>5.340</c>, agenda item <c>1.10</c>) written as the formula <c>="5.340"</c>, which Excel and LibreOffice Calc
    /// show as that text.
    /// </summary>
    SpreadsheetCsv,

    /// <summary>JSON, for programs.</summary>
    Json,

    /// <summary>An Office Open XML workbook: typed cells, ids and codes as text, numbers as numbers.</summary>
    Xlsx,
}

/// <summary>
/// How and where a command writes its rows: the encoding, and the file (<c>--out</c>) or, when none is given,
/// standard output. A workbook is always written to a file. Two values are equal when both parts are.
/// </summary>
public sealed record OutputFormat(RowFormat Kind, string? Out = null)
{
    public static readonly OutputFormat Table = new(RowFormat.Table);

    /// <summary>The names <c>--format</c> takes, in the order help lists them.</summary>
    public static readonly IReadOnlyList<string> Names = ["table", "csv", "csv-spreadsheet", "json", "xlsx"];

    /// <summary>The encoding a name gives, in any letter case, or null for a name that gives none.</summary>
    public static RowFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "table" => RowFormat.Table,
        "csv" => RowFormat.Csv,
        "csv-spreadsheet" => RowFormat.SpreadsheetCsv,
        "json" => RowFormat.Json,
        "xlsx" => RowFormat.Xlsx,
        _ => null,
    };
}

/// <summary>
/// Writes rows as CSV, JSON or a workbook with the same column names, so a spreadsheet and a script see the same
/// fields. Values are strings, numbers, booleans, nulls, string lists or maps of strings.
/// </summary>
internal static partial class RowWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static void Write(IAnsiConsole console, OutputFormat format, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        if (format.Kind == RowFormat.Xlsx)
        {
            var path = format.Out ?? throw new ArgumentException("a workbook is written to a file (--out)", nameof(format));
            OutputFile.Write(path, stream => XlsxRows.Write(stream, SheetName(path), columns, rows));
            console.MarkupLineInterpolated($"Wrote {path}");
            return;
        }

        var text = format.Kind switch
        {
            RowFormat.Csv => ToCsv(columns, rows),
            RowFormat.SpreadsheetCsv => ToSpreadsheetCsv(columns, rows),
            RowFormat.Json => ToJson(columns, rows),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a console table is drawn by the command"),
        };
        if (format.Out is { } file)
        {
            var encoding = format.Kind == RowFormat.SpreadsheetCsv ? Utf8WithBom : new UTF8Encoding(false);
            OutputFile.Write(file, stream => stream.Write([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]));
            console.MarkupLineInterpolated($"Wrote {file}");
            return;
        }

        // Spectre markup must not touch data: write the profile's plain text. A spreadsheet's CSV on standard output
        // starts with the byte order mark too, so `> out.csv` makes the same file as --out.
        var writer = console.Profile.Out.Writer;
        if (format.Kind == RowFormat.SpreadsheetCsv)
        {
            writer.Write('\uFEFF');
        }

        writer.Write(text);
        writer.Flush();
    }

    public static string ToJson(IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        JsonSerializer.Serialize(new Listing(columns, [.. rows]).Objects(), Json) + "\n";

    public static string ToCsv(IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        Csv(columns, rows, "\n", value => Quote(Cell(value)));

    /// <summary>The rows as <see cref="RowFormat.SpreadsheetCsv"/> (without the byte order mark, which the writer adds).</summary>
    public static string ToSpreadsheetCsv(IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        Csv(columns, rows, "\r\n", value => value is string or IEnumerable<string> && Cell(value) is var text && ReadAsNumber(text)
            ? $"\"=\"\"{text}\"\"\""
            : Quote(Cell(value)));

    private static string Csv(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, string newLine, Func<object?, string> cell)
    {
        var builder = new StringBuilder();
        builder.AppendJoin(',', columns.Select(Quote)).Append(newLine);
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(cell)).Append(newLine);
        }

        return builder.ToString();
    }

    /// <summary>The text of a cell: a list joined by spaces, a map as "key: value | …", numbers in invariant culture.</summary>
    internal static string Cell(object? value) => value switch
    {
        null => "",
        IDictionary<string, string> map => string.Join(" | ", map.Select(pair => $"{pair.Key}: {pair.Value}")),
        IEnumerable<string> list => string.Join(' ', list),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Text a spreadsheet would read as a number, date, time, fraction or percentage: digits with separators only
    // ("5.340", "1.10", "2023-11-20", "5.340 5.341"), or a mantissa and exponent ("5E3"). Longer texts never are, and
    // Excel caps a text in a formula at 255 characters.
    private static bool ReadAsNumber(string text) => text.Length is > 0 and <= 250 && NumberLike().IsMatch(text);

    [GeneratedRegex(@"^\s*[+\-]?(\d[\d.,:/\-\s]*%?|\.\d[\d.,\s]*|\d+(\.\d+)?[eE][+\-]?\d+)\s*$")]
    private static partial Regex NumberLike();

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

    // A worksheet's name is at most 31 characters, without : \ / ? * [ ].
    private static string SheetName(string path)
    {
        var name = new string([.. Path.GetFileNameWithoutExtension(path).Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        return name.Length == 0 ? "rows" : name[..Math.Min(name.Length, 31)];
    }
}
