using System.Text;
using System.Text.RegularExpressions;

namespace Spectrum.Footnotes;

/// <summary>The areas a list of countries names, and those it names as exceptions ("in Region 1 (except in Algeria)").</summary>
public sealed record AreaList(IReadOnlyList<AreaCode> Areas, IReadOnlyList<AreaCode> Except)
{
    public static AreaList Everywhere { get; } = new([], []);

    /// <summary>True when the list names no area: the rule holds wherever its footnote is cited.</summary>
    public bool IsEverywhere => Areas.Count == 0;

    /// <summary>
    /// True for a country of the given Region: named itself, or its Region is named, and it is not an exception.
    /// An empty list holds everywhere.
    /// </summary>
    public bool Includes(AreaCode country, AreaCode region) =>
        !Except.Contains(country) && (IsEverywhere || Areas.Contains(country) || Areas.Contains(region));

    public override string ToString() =>
        IsEverywhere ? "everywhere" : Except.Count == 0 ? string.Join(' ', Areas) : $"{string.Join(' ', Areas)} except {string.Join(' ', Except)}";
}

/// <summary>
/// Country names as the Radio Regulations write them, resolved to ISO 3166-1 alpha-2 codes or ITU Regions: the names
/// of the country list plus <see cref="CountryAliases"/>. Letter case, accents, spaces, dots, apostrophes and
/// parentheses do not matter (<c>SaudiArabia</c>, <c>Dem. Repof the Congo</c>, <c>Cote d'Ivoire</c>), and a list is
/// split against the known names, longest first, so <c>and</c> inside a name (Bosnia and Herzegovina) stays in it.
/// </summary>
public sealed class CountryNames
{
    // Words between names: "the Netherlands", "Rwanda and South Africa", "and in Brazil".
    private static readonly string[] Separators = ["and", "the", "in"];

    private readonly Dictionary<string, IReadOnlyList<AreaCode>> _byKey;
    private readonly int _longestKey;

    private readonly Dictionary<string, string> _spellingByKey;

    private CountryNames(Dictionary<string, IReadOnlyList<AreaCode>> byKey, IReadOnlyList<string> names)
    {
        _byKey = byKey;
        _longestKey = byKey.Keys.Max(k => k.Length);
        Names = names;
        var spaced = names.Where(n => n.Contains(' ', StringComparison.Ordinal)).OrderByDescending(n => n.Length).ToArray();
        _spellingByKey = spaced.GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        RunTogether = new Regex(@"\b(?:" + string.Join('|', spaced.Select(RunTogetherPattern)) + ")", RegexOptions.CultureInvariant);
    }

    /// <summary>Every name known, as written in the country list or the alias table.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>A name of several words written with spaces or dots lost: <c>SaudiArabia</c>, <c>Dem. Repof the Congo</c>.</summary>
    internal Regex RunTogether { get; }

    /// <summary>The spelling of a known name of several words that <paramref name="text"/> writes with spaces or dots lost.</summary>
    internal string? Spelling(string text) =>
        _spellingByKey.TryGetValue(Key(text), out var name) && name != text ? name : null;

    /// <summary>The names of the country list (name, ISO code) with the RR aliases.</summary>
    /// <exception cref="ArgumentException">Two names that read the same name different areas.</exception>
    public static CountryNames Create(IEnumerable<(string Name, AreaCode Country)> listed)
    {
        var byKey = new Dictionary<string, IReadOnlyList<AreaCode>>(StringComparer.Ordinal);
        var names = new List<string>();
        void Add(string name, IReadOnlyList<AreaCode> areas)
        {
            var key = Key(name);
            if (byKey.TryGetValue(key, out var known))
            {
                if (!known.SequenceEqual(areas))
                {
                    throw new ArgumentException($"'{name}' names {string.Join(' ', areas)} but another name that reads the same names {string.Join(' ', known)}");
                }

                return;
            }

            byKey.Add(key, areas);
            names.Add(name);
        }

        foreach (var (name, country) in listed)
        {
            Add(name, [country]);
        }

        foreach (var alias in CountryAliases.All)
        {
            Add(alias.Name, alias.Areas);
        }

        return new CountryNames(byKey, names);
    }

    /// <summary>The areas one name stands for, or why it stands for none.</summary>
    public ParseResult<IReadOnlyList<AreaCode>> Resolve(string name) =>
        _byKey.TryGetValue(Key(name), out var areas)
            ? ParseResult<IReadOnlyList<AreaCode>>.ForValue(areas)
            : ParseResult<IReadOnlyList<AreaCode>>.ForFailure($"'{name.Trim()}' is not a country name the RR uses, nor one of the country list");

    /// <summary>The names of a list, without the words "except in" and what follows: the areas they name, in order.</summary>
    internal ParseResult<IReadOnlyList<AreaCode>> ResolveNames(string text)
    {
        foreach (var area in CountryAliases.NotCountries)
        {
            if (Key(text).Contains(Key(area.Name), StringComparison.Ordinal))
            {
                return ParseResult<IReadOnlyList<AreaCode>>.ForFailure($"'{area.Name}' is {area.Why}, not a list of countries");
            }
        }

        return ResolveKeyed(text);
    }

    /// <summary>
    /// Reads a list as the RR writes it: <c>Germany, Israel and the United Kingdom</c>,
    /// <c>Region 1 (except in Algeria, Egypt) and in Brazil</c>, <c>Region 1, except in Algeria and Egypt</c>.
    /// An unknown name fails the whole list, naming it.
    /// </summary>
    public ParseResult<AreaList> ResolveList(string text)
    {
        var (included, excepted) = SplitExceptions(text);
        var areas = ResolveNames(included);
        if (!areas.Success)
        {
            return areas.ConvertError<AreaList>();
        }

        if (areas.Value.Count == 0)
        {
            return ParseResult<AreaList>.ForFailure($"'{text.Trim()}' names no country");
        }

        var except = excepted.Length == 0 ? ParseResult<IReadOnlyList<AreaCode>>.ForValue([]) : ResolveNames(excepted);
        return except.Success
            ? ParseResult<AreaList>.ForValue(new AreaList(areas.Value, except.Value))
            : except.ConvertError<AreaList>();
    }

    /// <summary>The letters and digits of a name, lower case, accents removed: the form names are compared in.</summary>
    public static string Key(string name) => KeyWithPositions(name).Key;

    private ParseResult<IReadOnlyList<AreaCode>> ResolveKeyed(string text)
    {
        var (key, positions) = KeyWithPositions(text);
        var found = new List<AreaCode>();
        var failedAt = 0;
        if (Scan(key, 0, found, ref failedAt))
        {
            return ParseResult<IReadOnlyList<AreaCode>>.ForValue(found.Distinct().ToArray());
        }

        var start = failedAt < positions.Count ? positions[failedAt] : text.Length;
        return ParseResult<IReadOnlyList<AreaCode>>.ForFailure(
            $"'{UnknownName(text, start)}' is not a country name the RR uses, nor one of the country list");
    }

    // Names first, longest first, then the words between names; backtracks when the rest cannot be read.
    private bool Scan(string key, int at, List<AreaCode> found, ref int failedAt)
    {
        if (at == key.Length)
        {
            return true;
        }

        for (var length = Math.Min(_longestKey, key.Length - at); length > 0; length--)
        {
            if (_byKey.TryGetValue(key.Substring(at, length), out var areas))
            {
                var mark = found.Count;
                found.AddRange(areas);
                if (Scan(key, at + length, found, ref failedAt))
                {
                    return true;
                }

                found.RemoveRange(mark, found.Count - mark);
            }
        }

        foreach (var separator in Separators)
        {
            if (string.CompareOrdinal(key, at, separator, 0, separator.Length) == 0 && Scan(key, at + separator.Length, found, ref failedAt))
            {
                return true;
            }
        }

        failedAt = Math.Max(failedAt, at);
        return false;
    }

    // "Region 1 (except in Algeria, Egypt) and in Brazil" and "Region 1, except in Algeria and Egypt".
    internal static (string Included, string Excepted) SplitExceptions(string text)
    {
        var open = text.IndexOf("(except", StringComparison.OrdinalIgnoreCase);
        if (open >= 0)
        {
            var close = text.IndexOf(')', open);
            if (close > open)
            {
                var inner = text[(open + "(except".Length)..close];
                return (text[..open] + " " + text[(close + 1)..], StripIn(inner));
            }
        }

        var except = text.IndexOf("except", StringComparison.OrdinalIgnoreCase);
        return except < 0 ? (text, "") : (text[..except], StripIn(text[(except + "except".Length)..]));
    }

    private static string StripIn(string text)
    {
        var trimmed = text.Trim().TrimStart(',').Trim();
        return trimmed.StartsWith("in ", StringComparison.OrdinalIgnoreCase) ? trimmed[3..] : trimmed;
    }

    // The name that could not be read: from where reading stopped to the next comma or " and ".
    private static string UnknownName(string text, int start)
    {
        var rest = text[start..];
        var end = rest.IndexOf(',', StringComparison.Ordinal);
        var and = rest.IndexOf(" and ", StringComparison.Ordinal);
        if (and >= 0 && (end < 0 || and < end))
        {
            end = and;
        }

        return (end < 0 ? rest : rest[..end]).Trim();
    }

    // Each word as written, its dot optional, the spaces between words optional; a name may run into "and".
    private static string RunTogetherPattern(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith('.') ? Regex.Escape(w[..^1]) + @"\.?" : Regex.Escape(w));
        var end = char.IsLetterOrDigit(name[^1]) ? @"(?=\b|and\b)" : "";
        return string.Join(@"\s*", words) + end;
    }

    // Letters with accents as the names of Article 5 and the country list write them, and the letters they fold to.
    private const string Accents = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyy";

    private static (string Key, List<int> Positions) KeyWithPositions(string text)
    {
        var key = new StringBuilder(text.Length);
        var positions = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            var folded = Accents.IndexOf(c, StringComparison.Ordinal) is var at and >= 0 ? Unaccented[at] : c;
            if (char.IsAsciiLetterOrDigit(folded))
            {
                key.Append(folded);
                positions.Add(i);
            }
        }

        return (key.ToString(), positions);
    }
}
