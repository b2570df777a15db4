using System.Text.RegularExpressions;
using Spectrum.Conference;

namespace Spectrum.Csv.Internal;

/// <summary>Reading the cells that the agenda-item, agenda-band and position files share.</summary>
internal static partial class AgendaCells
{
    public static readonly ColumnSpec AgendaItem = new("agenda_item", true);

    /// <summary>A CPM method's letter: required in the CPM methods, optional beside a regional position.</summary>
    public static readonly ColumnSpec Method = new("method", true);

    public static readonly ColumnSpec OptionalMethod = new("method", false);

    /// <summary>
    /// The CPM method a row names: a capital letter, optionally followed by up to three capitals or digits (<c>A</c>,
    /// <c>A1</c>); a small letter reads as its capital. Empty is null, an error only when <paramref name="required"/>;
    /// anything else is an error.
    /// </summary>
    public static string? ReadMethod(Row row, Column column, ErrorList errors, bool required)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(row.Line, column, "empty", "a CPM method such as A or A1");
            }

            return null;
        }

        var method = text.ToUpperInvariant();
        if (MethodName().IsMatch(method))
        {
            return method;
        }

        errors.Add(row.Line, column, $"'{text}' is not a CPM method", "a CPM method such as A or A1 (a letter, then up to three letters or digits)");
        return null;
    }

    /// <summary>The row's text in <paramref name="column"/>; null, with an error naming <paramref name="expected"/>, when empty.</summary>
    public static string? ReadText(Row row, Column column, ErrorList errors, string expected)
    {
        var text = row[column];
        if (text.Length > 0)
        {
            return text;
        }

        errors.Add(row.Line, column, "empty", expected);
        return null;
    }

    public const string AgendaItemShape = "an agenda item number such as 1.2, 9.1 b or 10";

    public const string AreaShape =
        "R1, R2, R3, R1-listed, R2-listed, R3-listed, or ISO 3166 alpha-2 codes separated by spaces (DE FR)";

    /// <summary>
    /// The agenda item number as the files write it: digits, an optional <c>.</c> and digits, an optional letter after
    /// one space (<c>1.2</c>, <c>9.1 b</c>, <c>10</c>). <c>9.1b</c> and <c>9.1 B</c> read as <c>9.1 b</c>, so that one
    /// item is always spelt one way. Null, with an error, for anything else.
    /// </summary>
    public static string? ReadAgendaItem(Row row, Column column, ErrorList errors)
    {
        var text = row[column];
        var match = AgendaItemNumber().Match(text);
        if (match.Success)
        {
            return match.Groups[2].Success
                ? $"{match.Groups[1].Value} {match.Groups[2].Value.ToLowerInvariant()}"
                : match.Groups[1].Value;
        }

        errors.Add(row.Line, column, text.Length == 0 ? "empty" : $"'{text}' is not an agenda item number", AgendaItemShape);
        return null;
    }

    /// <summary>
    /// The band [lower, upper) of the row; null, with an error, when an edge is missing or malformed or the upper edge
    /// is not above the lower one.
    /// </summary>
    public static FrequencyRange? ReadRange(Row row, Column lowerColumn, Column upperColumn, ErrorList errors)
    {
        var lower = Cells.ReadFrequency(row, lowerColumn, errors);
        var upper = Cells.ReadFrequency(row, upperColumn, errors);
        if (lower is not { } lo || upper is not { } up)
        {
            return null;
        }

        if (up <= lo)
        {
            errors.Add(row.Line, upperColumn, $"the upper edge {up} is not above the lower edge {lo}",
                "an upper edge above the lower edge: a band is [lower, upper)");
            return null;
        }

        return new FrequencyRange(lo, up);
    }

    /// <summary>
    /// Where the row applies: <c>R1</c>…<c>R3</c>, <c>R1-listed</c>…<c>R3-listed</c> (countries of the Region listed in
    /// a footnote, not named here), or ISO 3166 alpha-2 codes separated by spaces. For codes, the Regions are those
    /// <paramref name="regionOf"/> gives, in order of first appearance, and empty without a lookup; a code the lookup
    /// does not know is an error. Null, with an error, for anything else.
    /// </summary>
    public static ChangeArea? ReadArea(Row row, Column column, ErrorList errors, Func<AreaCode, AreaCode?>? regionOf)
    {
        var text = row[column];
        var region = RegionArea().Match(text);
        if (region.Success)
        {
            var number = region.Groups[1].Value[0] - '0';
            return new ChangeArea([AreaCode.Region(number)], region.Groups[2].Success, []);
        }

        var codes = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (codes.Length == 0 || !codes.All(c => c.Length == 2 && char.IsAsciiLetter(c[0]) && char.IsAsciiLetter(c[1])))
        {
            errors.Add(row.Line, column, text.Length == 0 ? "empty" : $"'{text}' is not an area", AreaShape);
            return null;
        }

        var countries = new List<AreaCode>();
        var regions = new List<AreaCode>();
        var ok = true;
        foreach (var code in codes)
        {
            var country = AreaCode.Parse(code);
            if (countries.Contains(country))
            {
                errors.Add(row.Line, column, $"country {country} is listed twice", "each country once");
                ok = false;
                continue;
            }

            countries.Add(country);
            if (regionOf is null)
            {
                continue;
            }

            if (regionOf(country) is not { Kind: AreaKind.Region } countryRegion)
            {
                errors.Add(row.Line, column, $"country {country} has no ITU Region in the countries list",
                    "a country whose ITU Region the countries list gives");
                ok = false;
            }
            else if (!regions.Contains(countryRegion))
            {
                regions.Add(countryRegion);
            }
        }

        return ok ? new ChangeArea(regions, true, countries) : null;
    }

    /// <summary>A confidence cell that must be given: <c>high</c>, <c>medium</c> or <c>low</c>.</summary>
    public static Confidence? ReadConfidence(Row row, Column column, ErrorList errors)
    {
        var text = row[column];
        switch (text.ToLowerInvariant())
        {
            case "high": return Confidence.High;
            case "medium": return Confidence.Medium;
            case "low": return Confidence.Low;
            default:
                errors.Add(row.Line, column, text.Length == 0 ? "empty" : $"'{text}' is not a confidence", "high, medium or low");
                return null;
        }
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)(?: ?([A-Za-z]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgendaItemNumber();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{0,3}$")]
    private static partial Regex MethodName();

    [GeneratedRegex(@"^R([123])(-listed)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionArea();

    /// <summary>
    /// Reads every row of an agenda file with <paramref name="readRow"/>, keeping each value's line and every row's
    /// agenda item (for the check across files); a file with any error yields no values.
    /// </summary>
    public static AgendaFileImport<T> ReadRows<T>(
        DelimitedFile file, ColumnSpec[] columns, DataFileKind kind, Func<Row, ColumnMap, List<(string, int)>, T?> readRow)
        where T : class
    {
        var errors = file.Errors;
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, columns, errors);
        var values = new List<T>();
        var lines = new List<int>();
        var agendaItems = new List<(string, int)>();
        if (map is not null)
        {
            foreach (var row in file.Rows())
            {
                var value = readRow(row, map, agendaItems);
                if (value is not null && !errors.Any)
                {
                    values.Add(value);
                    lines.Add(row.Line);
                }
            }
        }

        return new AgendaFileImport<T>(file.FileName, kind, file.RowCount, values, lines,
            map?[AgendaItem].Number ?? 0, agendaItems, errors.Kept, errors.Total);
    }
}
