using System.Globalization;
using System.Text.RegularExpressions;

namespace Spectrum.Footnotes;

/// <summary>One repair made to a text: what was found at <see cref="At"/> in the source, what it became, and why.</summary>
public sealed record Repair(int At, string Found, string Replacement, string Why);

/// <summary>A footnote's text as its source gives it and as repaired, with every repair made.</summary>
public sealed record RepairedText(string Source, string Text, IReadOnlyList<Repair> Repairs)
{
    public bool WasRepaired => Repairs.Count > 0;
}

/// <summary>
/// Repairs what the PDF extraction of the RR did to footnote texts, where the repair is certain: words run together
/// (<c>aeronauticalmobile</c>, <c>tothe</c>, <c>andTurkey</c>), a space moved into the next word
/// (<c>services hall</c> for "service shall"), numbers and units run into words (<c>band3400-3475 MHz</c>,
/// <c>19020kHz</c>), band edges whose dash was lost (<c>3 400 3 600 MHz</c>), and country names whose spaces were lost
/// (<c>SaudiArabia</c>, <c>Dem. Repof the Congo</c>). A run of letters is split only into words of the RR vocabulary
/// below, and never when it is itself a word of it; anything else is left as it is.
/// </summary>
public static partial class TextRepair
{
    // Words of Article 5 texts. A run of letters made of two of them (and not one itself) is two words run together.
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "within", "into", "and", "or", "nor",
        "is", "are", "be", "been", "was", "has", "have", "having", "not", "no", "this", "these", "those", "that", "which",
        "shall", "should", "may", "also", "such", "any", "all", "other", "their", "its", "under", "until", "after",
        "prior", "between", "than", "as", "see", "only", "more", "where", "over", "above", "it", "they", "them", "same",
        "allocated", "allocation", "allocations", "basis", "primary", "secondary", "band", "bands", "frequency",
        "frequencies", "service", "services", "station", "stations", "system", "systems", "mobile", "fixed", "land",
        "maritime", "aeronautical", "satellite", "space", "earth", "research", "operation", "radio", "astronomy",
        "meteorological", "aids", "broadcasting", "radionavigation", "radiolocation", "radiodetermination", "amateur",
        "passive", "active", "exploration", "geostationary", "nongeostationary", "non", "inter", "feeder", "links",
        "administration", "administrations", "concerned", "agreement", "subject", "obtained", "coordination",
        "interference", "harmful", "protection", "claim", "cause", "caused", "protect", "use", "used", "using",
        "limited", "limit", "limits", "power", "density", "flux", "country", "countries", "region", "regions",
        "resolution", "recommendation", "article", "appendix", "table", "footnote", "provisions", "provided",
        "identified", "identification", "international", "telecommunications", "operating", "operated", "existing",
        "territory", "condition", "conditions", "exceed", "ensure", "take", "account", "necessary", "order",
        "direction", "ground", "aircraft", "radars", "radar", "applications", "application", "networks", "orbit",
        "safety", "communications", "communicating", "transmissions", "listed", "located", "required", "received",
        "notification", "notified", "given", "affected", "arrival", "angles", "steps", "urged", "centre", "time",
        "produced", "minimum", "complete", "information", "development", "priority", "preclude", "purpose",
        "following", "kingdom", "united", "arab", "emirates", "republic", "rep", "islamic", "former", "yugoslav",
        "russian", "federation", "syrian", "guinea", "new", "south", "sudan", "saudi", "arabia", "sri", "lanka",
        "haps", "telemetry", "except", "area", "areas",
    };

    // The words before which a lone "a" was run in: "ona primary basis", "toa".
    private static readonly HashSet<string> BeforeA = new(StringComparer.Ordinal)
    {
        "on", "in", "to", "of", "by", "at", "as", "is", "with", "for", "from", "under", "have", "has", "be", "was", "such",
    };

    // Words of English that read as two vocabulary words; never split.
    private static readonly HashSet<string> NotRunTogether = new(StringComparer.Ordinal)
    {
        "into", "within", "another", "because", "anywhere", "overall", "inland", "therein", "thereof", "whereas", "upon",
        "onto", "nothing", "notwithstanding", "become", "before", "below", "forth", "heretofore", "together", "others",
        "therefore", "thereby", "whereby", "inform", "information", "informed", "format", "forms", "form", "fort",
        "indeed", "herein", "hereby", "areas", "means", "also", "landmass", "seaward", "toward", "towards", "onset",
        "inset", "noted", "note", "nota", "atone", "bean", "beat", "best", "bet", "inspection", "instance", "instead",
        "instant", "insofar", "ontology", "spaceborne", "airborne", "shipborne", "ground-based", "radiobeacons",
        "radiosondes", "radiocommunication", "radiocommunications", "radiodetermination", "radionavigation",
        "radiolocation", "overland",
    };

    /// <summary>Repairs a text; <paramref name="names"/> gives the country names whose spaces may be restored.</summary>
    public static RepairedText Repair(string source, CountryNames names)
    {
        var repairs = new List<Repair>();
        var text = source;
        text = Apply(text, repairs, ThinSpace(), _ => " ", "thin or no-break space as a space");
        text = Apply(text, repairs, MovedSpace(), m => $"{m.Groups["word"].Value} shall", "space moved into 'shall'");
        text = Apply(text, repairs, Direction(), m => m.Groups["from"].Value.Equals("space", StringComparison.OrdinalIgnoreCase)
            ? $"{m.Groups["from"].Value}-to-Earth" : $"{m.Groups["from"].Value}-to-space", "direction written without its hyphens");
        text = Apply(text, repairs, LowerUpper(), m => IsUnit(m.Value) ? m.Value : $"{m.Groups[1].Value} {m.Groups[2].Value}", "words run together");
        text = Apply(text, repairs, NoDot(), m => $"{m.Groups[1].Value}. {m.Groups[2].Value}", "space lost after 'No.'");
        text = Apply(text, repairs, WordDigit(), m => Vocabulary.Contains(m.Groups[1].Value.ToLowerInvariant()) || IsReference(m.Groups[1].Value)
            ? $"{m.Groups[1].Value} {m.Groups[2].Value}" : m.Value, "word run into a number");
        text = Apply(text, repairs, UnitWord(), m => Vocabulary.Contains(m.Groups[2].Value) ? $"{m.Groups[1].Value} {m.Groups[2].Value}" : m.Value,
            "unit run into a word");
        text = Apply(text, repairs, DigitUnit(), m => $"{m.Groups[1].Value} {m.Groups[2].Value}", "number run into its unit");
        text = Apply(text, repairs, DigitWord(), m => Vocabulary.Contains(m.Groups[2].Value) ? $"{m.Groups[1].Value} {m.Groups[2].Value}" : m.Value,
            "number run into a word");
        text = Apply(text, repairs, DayMonth(), m => $"{m.Groups[1].Value} {m.Groups[2].Value}", "day run into its month");
        text = Apply(text, repairs, Letters(), m => SplitRunTogether(m.Value) ?? m.Value, "words run together");
        text = Apply(text, repairs, BandWithoutDash(), m => RangeWithoutDash(m) ?? m.Value, "dash between band edges lost");
        text = Apply(text, repairs, DigitsWithoutDash(), m => DigitsAsRange(m) ?? m.Value, "band edges run together");
        text = RestoreNames(text, names, repairs);
        text = Apply(text, repairs, NameHeBand(), m => names.Resolve(m.Groups["name"].Value).Success ? $"{m.Groups["name"].Value} the band" : m.Value,
            "'t' of 'the band' lost after a country name");
        text = Apply(text, repairs, Spaces(), _ => " ", "spaces");
        return new RepairedText(source, text.Trim(), repairs);
    }

    private static string Apply(string text, List<Repair> repairs, Regex pattern, Func<Match, string> replace, string why) =>
        pattern.Replace(text, m =>
        {
            var replacement = replace(m);
            if (replacement != m.Value)
            {
                repairs.Add(new Repair(m.Index, m.Value, replacement, why));
            }

            return replacement;
        });

    private static bool IsUnit(string text) => text is "kHz" or "dBW" or "kW" or "dBi" or "mW";

    private static bool IsReference(string word) => word is "No" or "Nos" or "Resolution" or "Resolutions" or "Article" or "Appendix";

    // "tothe" → "to the", "aeronauticalmobile" → "aeronautical mobile", "mobileservice" → "mobile service".
    private static string? SplitRunTogether(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Vocabulary.Contains(lower) || NotRunTogether.Contains(lower))
        {
            return null;
        }

        string? split = null;
        for (var i = 1; i < lower.Length; i++)
        {
            var (left, right) = (lower[..i], lower[i..]);
            var lengthsAllowed = (left.Length >= 2 && right.Length >= 2)
                || (left == "a" && right.Length >= 3)
                || (right == "a" && BeforeA.Contains(left));
            if (lengthsAllowed && Vocabulary.Contains(left) && Vocabulary.Contains(right))
            {
                if (split is not null)
                {
                    return null; // two ways to read it: not certain
                }

                split = $"{word[..i]} {word[i..]}";
            }
        }

        return split;
    }

    // "3 400 3 600 MHz" or "138 144 MHz" after "band(s)": two edges, read so only where one number cannot be meant.
    private static string? RangeWithoutDash(Match m)
    {
        var groups = m.Groups["edges"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unit = m.Groups["unit"].Value;
        for (var cut = 1; cut < groups.Length; cut++)
        {
            var lower = string.Join(' ', groups[..cut]);
            var upper = string.Join(' ', groups[cut..]);
            if (!FrequencyRange.TryParse($"{lower}-{upper} {unit}", out _, out _))
            {
                continue;
            }

            // One number would group by threes and stay within the unit the Table writes it in (kHz up to 27 500 kHz,
            // MHz up to 10 000 MHz, GHz above): "3 400 MHz" is one frequency, "138 144 MHz" is 138-144 MHz.
            var asOne = Frequency.TryParse($"{m.Groups["edges"].Value} {unit}", out var single, out _)
                && (unit == "GHz" || single.Hertz <= (unit == "kHz" ? 30_000_000L : 10_000_000_000L));
            if (asOne)
            {
                return null;
            }

            var others = Enumerable.Range(1, groups.Length - 1).Count(c => c != cut
                && FrequencyRange.TryParse($"{string.Join(' ', groups[..c])}-{string.Join(' ', groups[c..])} {unit}", out _, out _));
            return others == 0 ? $"{m.Groups["lead"].Value}{lower}-{upper} {unit}" : null;
        }

        return null;
    }

    // "the band 56705725 MHz": the only split into two edges the Table could write in that unit (kHz up to 27 500,
    // MHz up to 10 000), lower below upper, neither with a leading zero.
    private static string? DigitsAsRange(Match m)
    {
        var digits = m.Groups["digits"].Value;
        var unit = m.Groups["unit"].Value;
        var highest = unit == "kHz" ? 27_500 : 10_000;
        var splits = Enumerable.Range(1, digits.Length - 1)
            .Select(cut => (Lower: digits[..cut], Upper: digits[cut..]))
            .Where(s => s.Upper[0] != '0' && long.Parse(s.Lower, CultureInfo.InvariantCulture) < long.Parse(s.Upper, CultureInfo.InvariantCulture)
                && long.Parse(s.Upper, CultureInfo.InvariantCulture) <= highest)
            .ToList();
        return splits.Count == 1 ? $"{m.Groups["lead"].Value}{splits[0].Lower}-{splits[0].Upper} {unit}" : null;
    }

    // Names written without their spaces or dots ("SaudiArabia", "Dem. Repof the Congo") get them back.
    private static string RestoreNames(string text, CountryNames names, List<Repair> repairs)
    {
        text = Apply(text, repairs, names.RunTogether, m => names.Spelling(m.Value) ?? m.Value, "country name run together");

        // "Rwandaand South Africa", "Bulgariathe band": a name run into "and" or "the".
        text = Apply(text, repairs, NameAnd(), m => names.Resolve(m.Groups["name"].Value).Success ? $"{m.Groups["name"].Value} {m.Groups["word"].Value}" : m.Value,
            "country name run into the next word");
        return text;
    }

    [GeneratedRegex(@"[\u00a0\u2009\u202f\u2007]")]
    private static partial Regex ThinSpace();

    [GeneratedRegex(@"\b(?<word>[a-z]+?)s hall\b")]
    private static partial Regex MovedSpace();

    [GeneratedRegex(@"(?<=\()(?<from>space|Earth)\s*-?\s*to\s*-?\s*(?:Earth|space)(?=\))(?<!space-to-Earth|Earth-to-space)")]
    private static partial Regex Direction();

    [GeneratedRegex(@"([a-z])([A-Z][a-z])")]
    private static partial Regex LowerUpper();

    [GeneratedRegex(@"\b(Nos?)\.([0-9])")]
    private static partial Regex NoDot();

    [GeneratedRegex(@"\b([A-Za-z]{2,})([0-9])")]
    private static partial Regex WordDigit();

    [GeneratedRegex(@"\b([0-9]+(?:\.[0-9]+)?)(kHz|MHz|GHz|dBW|kW)\b")]
    private static partial Regex DigitUnit();

    [GeneratedRegex(@"\b([kMG]Hz)([a-z]{2,})\b")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"\b([0-9]+)([a-z]{2,})\b")]
    private static partial Regex DigitWord();

    [GeneratedRegex(@"\b([0-9]{1,2})(January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Letters();

    [GeneratedRegex(@"(?<lead>\b(?:bands?|and)\s+)(?<edges>[0-9]+(?:\.[0-9]+)?(?: [0-9]+(?:\.[0-9]+)?)+) (?<unit>kHz|MHz|GHz)\b")]
    private static partial Regex BandWithoutDash();

    [GeneratedRegex(@"(?<lead>\bbands?\s+)(?<digits>[1-9][0-9]{5,9}) (?<unit>kHz|MHz)\b")]
    private static partial Regex DigitsWithoutDash();

    [GeneratedRegex(@"\b(?<name>[A-Z][a-z]+)he band\b")]
    private static partial Regex NameHeBand();

    [GeneratedRegex(@"\b(?<name>[A-Z][a-z]+)(?<word>and|the)\b")]
    private static partial Regex NameAnd();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
