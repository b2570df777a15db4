using Spectrum.Areas;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// The areas a table can name by name rather than by code: the countries of the project's country list
/// (<c>data/areas/countries.csv</c>, compiled into this library) by ISO code or by name, and its groups
/// (<c>data/areas/groups.csv</c>) by code or name. A national table names its country in words (<c>Germany</c>,
/// <c>Bosnia and Herzegovina</c>): the name is matched in any letter case and spacing, without a parenthesised remark
/// (<c>Macedonia (FYROM)</c> is Macedonia), against list names that abbreviate a word (<c>Bosnia and Herz.</c>), and
/// against the few former or other names listed in <see cref="OtherNames"/>.
/// </summary>
public sealed class AreaNames
{
    /// <summary>
    /// Names the country list does not spell so: the ISO 3166 short name used until 2016 for CZ (the list has Czechia),
    /// the ISO 3166 short name since 2019 for MK (the list has Macedonia), and Kosovo, which has no ISO 3166 code: XK is the user-assigned code the European Commission and CEPT use. XK is
    /// not in the country list, so a table of it cannot be stored until the list has it (data/README.md).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> OtherNames = new Dictionary<string, string>
    {
        ["Czech Republic"] = "CZ",
        ["North Macedonia"] = "MK",
        ["Kosovo"] = "XK",
    };

    private readonly Dictionary<string, AreaCode> _byKey = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, AreaCode Code)> _abbreviated = [];
    private readonly HashSet<AreaCode> _known = [];

    private AreaNames(IEnumerable<CountryListing> countries, IEnumerable<GroupMembership> groups)
    {
        foreach (var country in countries)
        {
            _known.Add(country.Country);
            _byKey.TryAdd(Key(country.Name), country.Country);
            var words = Words(country.Name);
            if (words.Any(w => w.EndsWith('.')))
            {
                _abbreviated.Add((words, country.Country));
            }
        }

        foreach (var group in groups)
        {
            _known.Add(group.Group);
            _byKey.TryAdd(Key(group.GroupName), group.Group);
        }

        foreach (var (name, code) in OtherNames)
        {
            _byKey.TryAdd(Key(name), AreaCode.Parse(code));
        }
    }

    /// <summary>The project's own lists.</summary>
    public static AreaNames Project { get; } = LoadProject();

    public static AreaNames From(IEnumerable<CountryListing> countries, IEnumerable<GroupMembership> groups) => new(countries, groups);

    /// <summary>True for an ISO code of the country list or a group code of the group list.</summary>
    public bool IsKnown(AreaCode code) => _known.Contains(code);

    /// <summary>An ITU Region, or an ISO code of the country list or group code of the group list; else null.</summary>
    public AreaCode? ResolveCode(string text) =>
        AreaCode.TryParse(text.Trim(), out var code) && (code.Kind == AreaKind.Region || _known.Contains(code)) ? code : null;

    /// <summary>
    /// The area <paramref name="text"/> names: an ITU Region (<c>R1</c>, <c>ITU Region 1</c>), a code of the lists
    /// (<c>NL</c>, <c>CEPT</c>), or a country or group by name (<c>Netherlands</c>); null when it names none.
    /// </summary>
    public AreaCode? Resolve(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (ResolveCode(trimmed) is { } code)
        {
            return code;
        }

        if (_byKey.TryGetValue(Key(trimmed), out var named))
        {
            return named;
        }

        var words = Words(trimmed);
        foreach (var (listWords, listCode) in _abbreviated)
        {
            if (listWords.Length == words.Length && listWords.Zip(words).All(p => Abbreviates(p.First, p.Second)))
            {
                return listCode;
            }
        }

        return null;
    }

    // "Herz." abbreviates "Herzegovina"; a word without a dot must be the word.
    private static bool Abbreviates(string listWord, string word) =>
        listWord.EndsWith('.')
            ? word.StartsWith(listWord[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(listWord, word, StringComparison.OrdinalIgnoreCase);

    // Letters and digits only, lower case, a parenthesised remark left out: "CzechRepublic" and "Czech Republic" meet.
    private static string Key(string name) =>
        new(WithoutRemark(name).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string[] Words(string name) =>
        WithoutRemark(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string WithoutRemark(string name)
    {
        var cut = name.IndexOf('(', StringComparison.Ordinal);
        return cut > 0 ? name[..cut] : name;
    }

    private static AreaNames LoadProject()
    {
        var assembly = typeof(AreaNames).Assembly;
        using var countryStream = assembly.GetManifestResourceStream("Spectrum.Csv.countries.csv")
            ?? throw new InvalidOperationException("the country list is not compiled into Spectrum.Csv");
        var countries = CountryListReader.Read(countryStream, "data/areas/countries.csv");
        using var groupStream = assembly.GetManifestResourceStream("Spectrum.Csv.groups.csv")
            ?? throw new InvalidOperationException("the group list is not compiled into Spectrum.Csv");
        var errors = new ErrorList("data/areas/groups.csv", DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(groupStream, errors);
        var groups = GroupListReader.Import(file).ValuesOrThrow();
        return new AreaNames(countries, groups);
    }
}
