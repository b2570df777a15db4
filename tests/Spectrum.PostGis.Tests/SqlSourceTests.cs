using Spectrum.PostGis.Tests.Fixtures;
using System.Text.RegularExpressions;

namespace Spectrum.PostGis.Tests;

/// <summary>
/// Values reach the database as parameters, never as SQL text: a tripwire over the source of the store and the
/// program. Every SQL string literal is found; one that is interpolated may only interpolate a vetted constant or a
/// fragment chosen among literals, and none is concatenated or formatted. A new hole in SQL fails here until it is
/// shown to be no value and added below.
/// </summary>
public sealed partial class SqlSourceTests
{
    private static readonly string[] Folders = ["src/Spectrum.PostGis", "src/Spectrum.Cli", "src/Spectrum.Briefing"];

    /// <summary>What SQL may interpolate, and where each comes from in the source (checked too).</summary>
    private static readonly Dictionary<string, Regex> Vetted = new()
    {
        // The managed server's database name, a constant.
        ["DatabaseName"] = new(@"const string DatabaseName = ""[a-z_]+"";"),
        // The territory of a change's area: a constant subquery over the parameter $5.
        ["AreaGeometry"] = new(@"const string AreaGeometry = ""\(SELECT [^""]*= \$5\)"";"),
        // A condition on the area, chosen by the kind of area among literal fragments; its value is the parameter $3.
        ["areaCondition"] = new(@"var \(areaCondition, areaParameter\) = area switch"),
        // The territory of the asked area, chosen the same way; its value is the parameter $3.
        ["territory"] = new(@"var \(territory, parameter\) = area switch"),
    };

    [Fact]
    public void Sql_interpolates_only_vetted_constants_and_fragments()
    {
        var literals = SqlLiterals().ToList();
        Assert.True(literals.Count > 30, $"only {literals.Count} SQL literals found: has the source moved?");

        var holes = literals.Where(l => l.Interpolated).SelectMany(l => Holes(l).Select(h => (l.File, Hole: h))).ToList();
        Assert.NotEmpty(holes);
        Assert.All(holes, h => Assert.True(Vetted.ContainsKey(h.Hole), $"{h.File} puts {{{h.Hole}}} into SQL: pass values as parameters"));
        var source = string.Concat(Folders.SelectMany(SourceFiles).Select(File.ReadAllText));
        Assert.All(holes.Select(h => h.Hole).Distinct(), hole => Assert.Matches(Vetted[hole], source));
    }

    [Fact]
    public void No_sql_is_built_by_concatenation_or_formatting()
    {
        foreach (var literal in SqlLiterals())
        {
            Assert.False(Concatenated().IsMatch(literal.After), $"{literal.File}: SQL followed by + …: {Start(literal)}");
            Assert.False(ConcatenatedBefore().IsMatch(literal.Before), $"{literal.File}: … + SQL: {Start(literal)}");
            Assert.False(Formatted().IsMatch(literal.Before), $"{literal.File}: SQL as a format string: {Start(literal)}");
        }
    }

    private sealed record Literal(string File, string Text, bool Interpolated, int Dollars, string Before, string After);

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ImportedStore.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));

    // String literals that hold an SQL statement (keywords in capitals, as the source writes SQL), raw or not.
    private static IEnumerable<Literal> SqlLiterals()
    {
        foreach (var file in Folders.SelectMany(SourceFiles))
        {
            // Character literals such as '"' would open a string for the pattern: blank them first (same length).
            var text = CharLiteral().Replace(File.ReadAllText(file), m => new string(' ', m.Length));
            foreach (Match m in StringLiteral().Matches(text))
            {
                var raw = m.Groups["raw"].Success;
                var body = raw ? m.Groups["raw"].Value : m.Groups["plain"].Value;
                if (!SqlStatement().IsMatch(body))
                {
                    continue;
                }

                var dollars = m.Groups["dollars"].Value.Length;
                var before = text[Math.Max(0, m.Index - 40)..m.Index];
                var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 20)];
                yield return new Literal(Path.GetRelativePath(ImportedStore.Root, file), body, dollars > 0, dollars, before, after);
            }
        }
    }

    // With n dollar signs a hole is n braces; with one, {{ is a literal brace.
    private static IEnumerable<string> Holes(Literal literal)
    {
        var open = new string('{', literal.Dollars);
        var close = new string('}', literal.Dollars);
        var pattern = literal.Dollars == 1 ? @"(?<!\{)\{(?!\{)([^{}]+)\}" : Regex.Escape(open) + "([^{}]+)" + Regex.Escape(close);
        return Regex.Matches(literal.Text, pattern).Select(m => m.Groups[1].Value.Split(':', ',')[0].Trim());
    }

    private static string Start(Literal literal) => literal.Text.Trim()[..Math.Min(60, literal.Text.Trim().Length)];

    [GeneratedRegex(@"(?<dollars>\$*)(?:""""""(?<raw>.*?)""""""|@?""(?<plain>(?:[^""\\\n]|\\.|"""")*)"")", RegexOptions.Singleline)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE (?:TABLE|TEMP TABLE|DATABASE|EXTENSION|INDEX)|DROP (?:TABLE|DATABASE)|ALTER TABLE|COPY \w+|LOCK TABLE|TRUNCATE)\b")]
    private static partial Regex SqlStatement();

    [GeneratedRegex(@"'(?:[^'\\\n]|\\.)'")]
    private static partial Regex CharLiteral();

    [GeneratedRegex(@"^\s*\+")]
    private static partial Regex Concatenated();

    [GeneratedRegex(@"\+\s*$")]
    private static partial Regex ConcatenatedBefore();

    [GeneratedRegex(@"(?:string\.Format|String\.Format|string\.Concat|AppendFormat)\(\s*$")]
    private static partial Regex Formatted();
}
