using System.Text.RegularExpressions;

namespace Spectrum.Footnotes;

/// <summary>
/// Services as footnote texts list them: <c>radionavigation, fixed and mobile</c>, <c>fixed and mobile, except
/// aeronautical mobile,</c>, <c>space operation (Earth-to-space) and space research (Earth-to-space)</c>. A list is
/// split against the Article 1 names, longest first, so <c>and</c> inside a name (Standard Frequency and Time Signal)
/// stays in it; an <c>except</c> between commas belongs to the service before it.
/// </summary>
internal static partial class ServiceList
{
    // Longest first, as keys: lower case, hyphens as spaces.
    private static readonly string[] Keys = ServiceKinds.Names.Select(ServiceKinds.Key).OrderByDescending(k => k.Length).ToArray();

    /// <summary>Reads a whole list; anything left that is not a service fails it.</summary>
    public static ParseResult<IReadOnlyList<RadioService>> Read(string text)
    {
        var key = Normalise(text);
        var services = new List<RadioService>();
        var at = 0;
        while (true)
        {
            at = Skip(key, at);
            if (at >= key.Length)
            {
                break;
            }

            var name = Keys.FirstOrDefault(k => StartsWithWord(key, at, k));
            if (name is null)
            {
                return ParseResult<IReadOnlyList<RadioService>>.ForFailure($"'{Rest(key, at)}' is not a service of RR Article 1");
            }

            at += name.Length;
            var written = name;
            for (var qualifier = Qualifier().Match(key, at); qualifier.Success && qualifier.Index == at; qualifier = Qualifier().Match(key, at))
            {
                written += " " + qualifier.Groups["q"].Value;
                at += qualifier.Length;
            }

            var except = Except().Match(key, at);
            if (except.Success && except.Index == at)
            {
                var exception = except.Groups["exception"].Value.Trim();
                var exceptionName = Keys.FirstOrDefault(k => StartsWithWord(exception, 0, k));
                if (exceptionName is null)
                {
                    return ParseResult<IReadOnlyList<RadioService>>.ForFailure($"'{exception}' after 'except' is not a service of RR Article 1");
                }

                written += " except " + exception;
                at += except.Length;
            }

            if (!RadioService.TryParse(written, out var service, out var error))
            {
                return ParseResult<IReadOnlyList<RadioService>>.ForFailure(error);
            }

            services.Add(service);
        }

        return services.Count == 0
            ? ParseResult<IReadOnlyList<RadioService>>.ForFailure($"no service in '{text.Trim()}'")
            : ParseResult<IReadOnlyList<RadioService>>.ForValue(services);
    }

    /// <summary>Every service named anywhere in a sentence, in order, without qualifiers other than passive/active.</summary>
    public static IReadOnlyList<RadioService> Find(string text)
    {
        var key = Normalise(text);
        var found = new List<RadioService>();
        for (var at = 0; at < key.Length; at++)
        {
            if (at > 0 && char.IsLetter(key[at - 1]))
            {
                continue;
            }

            var name = Keys.FirstOrDefault(k => StartsWithWord(key, at, k));
            if (name is null)
            {
                continue;
            }

            ServiceKinds.TryFind(name, out var kind);
            var after = key[(at + name.Length)..];
            var sensing = PassiveAfter().IsMatch(after) ? Sensing.Passive : ActiveAfter().IsMatch(after) ? Sensing.Active : Sensing.Unspecified;
            var service = RadioService.Of(kind, sensing: sensing);
            if (!found.Contains(service))
            {
                found.Add(service);
            }

            at += name.Length - 1;
        }

        return found;
    }

    private static string Normalise(string text) =>
        Spaces().Replace(text.Replace('-', ' ').Replace('\u2011', ' '), " ").Trim().ToLowerInvariant();

    private static bool StartsWithWord(string text, int at, string word) =>
        string.CompareOrdinal(text, at, word, 0, word.Length) == 0
        && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));

    // Commas, "and", "the", "service(s)" between names.
    private static int Skip(string key, int at)
    {
        var match = Between().Match(key, at);
        return match.Success && match.Index == at ? at + match.Length : at;
    }

    private static string Rest(string key, int at) => key[at..].Length <= 40 ? key[at..] : key[at..(at + 40)] + "…";

    [GeneratedRegex(@"(?:[\s,]+|\band\b|\bthe\b|\bservices?\b)+")]
    private static partial Regex Between();

    [GeneratedRegex(@"\s*(?:services?\s*)?(?<q>\([^)]*\))")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\s*,?\s*except\s+(?<exception>[a-z ]+?(?:\s*\([^)]*\))?)\s*(?:,|(?=\s+services?\b)|$)")]
    private static partial Regex Except();

    [GeneratedRegex(@"^\s*\(\s*passive\s*\)")]
    private static partial Regex PassiveAfter();

    [GeneratedRegex(@"^\s*\(\s*active\s*\)")]
    private static partial Regex ActiveAfter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
