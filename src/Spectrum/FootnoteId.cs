using System.Text.RegularExpressions;

namespace Spectrum;

/// <summary>
/// The id of a footnote to a table: an RR footnote, <c>5.</c> followed by two or three digits and optional capital
/// letters (<c>5.53</c>, <c>5.340</c>, <c>5.384A</c>, <c>5.532AB</c>), or a national (or ECA) footnote: a namespace of
/// capital letters, an optional dot, a number that may have dotted parts, and optional capitals (<c>UK12</c>,
/// <c>US246</c>, <c>EU17</c>, <c>ECA1</c>, <c>NG22A</c>, <c>D.12</c>, <c>NL3.2</c>). A national id is never an RR id:
/// <c>EU2</c> is a note of the European table, not a footnote of Article 5, whatever its number.
/// </summary>
public readonly partial record struct FootnoteId : IComparable<FootnoteId>
{
    private FootnoteId(string value) => Value = value;

    public string Value { get; }

    /// <summary>True for a footnote of the Radio Regulations (<c>5.xxx</c>) rather than a national one.</summary>
    public bool IsRadioRegulations => (Value ?? "").StartsWith("5.", StringComparison.Ordinal);

    /// <summary>True for a footnote of a national (or regional, such as ECA) table: not one of the Radio Regulations.</summary>
    public bool IsNational => !IsRadioRegulations;

    /// <summary>
    /// Whose footnote it is: <c>5</c> for the Radio Regulations (Article 5), else the national id's capitals before its
    /// number (<c>UK</c> for <c>UK12</c>, <c>D</c> for <c>D.12</c>, <c>ECA</c> for <c>ECA1</c>).
    /// </summary>
    public string Namespace => IsRadioRegulations ? "5" : (Value ?? "")[..(Value ?? "").TakeWhile(char.IsAsciiLetterUpper).Count()];

    public static FootnoteId Parse(string text)
    {
        if (TryParse(text, out var id))
        {
            return id;
        }

        throw new FormatException(
            $"'{text}' is not a footnote id: expected {Expected}");
    }

    /// <summary>What a footnote id looks like, as error messages say it.</summary>
    public const string Expected =
        "'5.' and two or three digits with optional capitals (5.340, 5.384A), or a national id: capitals, an optional dot and a number (UK12, EU2, D.12)";

    public static bool TryParse(string? text, out FootnoteId id)
    {
        var trimmed = text?.Trim() ?? "";
        var ok = Shape().IsMatch(trimmed);
        id = ok ? new FootnoteId(trimmed) : default;
        return ok;
    }

    /// <summary>Orders as the RR numbers them: 5.53 before 5.100 before 5.340 before 5.340A, then national ids.</summary>
    public int CompareTo(FootnoteId other)
    {
        var (kind, number, suffix) = SortKey(Value ?? "");
        var (otherKind, otherNumber, otherSuffix) = SortKey(other.Value ?? "");
        var byKind = kind.CompareTo(otherKind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byNumber = number.CompareTo(otherNumber);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(suffix, otherSuffix);
    }

    public override string ToString() => Value ?? "";

    private static (string Kind, int Number, string Suffix) SortKey(string value)
    {
        var digitsStart = value.StartsWith("5.", StringComparison.Ordinal) ? 2 : value.TakeWhile(char.IsAsciiLetterUpper).Count();
        var namespaceEnd = digitsStart;
        if (digitsStart < value.Length && value[digitsStart] == '.')
        {
            digitsStart++;
        }

        var digitsEnd = digitsStart;
        while (digitsEnd < value.Length && char.IsAsciiDigit(value[digitsEnd]))
        {
            digitsEnd++;
        }

        var number = digitsEnd > digitsStart ? int.Parse(value[digitsStart..digitsEnd], System.Globalization.CultureInfo.InvariantCulture) : 0;
        // RR ids sort before national ones ("5." < letters), each namespace by number then the rest (".2", "A").
        return (value.StartsWith("5.", StringComparison.Ordinal) ? "" : value[..namespaceEnd], number, value[digitsEnd..]);
    }

    [GeneratedRegex(@"^(5\.[0-9]{2,3}[A-Z]{0,3}|[A-Z]{1,6}\.?[0-9]{1,4}(?:\.[0-9]{1,4}){0,3}[A-Z]{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

/// <summary>A footnote's text with where it comes from.</summary>
public sealed record Footnote(FootnoteId Id, string Text, Provenance Provenance);
