using System.Globalization;
using System.Text.RegularExpressions;

namespace Spectrum.Csv.Internal;

/// <summary>Reading the cells that several kinds of file share: provenance, footnote ids, frequencies.</summary>
internal static partial class Cells
{
    public static readonly ColumnSpec Source = new("source", false);
    public static readonly ColumnSpec Confidence = new("confidence", false);

    private static readonly char[] FootnoteSeparators = [' ', ','];

    /// <summary>
    /// The row's provenance: the <c>source</c> cell, else the file name; the <c>confidence</c> cell, else high.
    /// Null (with an error) for an unknown confidence.
    /// </summary>
    public static Provenance? ReadProvenance(Row row, ColumnMap map, ErrorList errors)
    {
        var source = row[map[Source]];
        if (source.Length == 0)
        {
            source = Path.GetFileName(errors.File);
        }

        var text = row[map[Confidence]];
        Confidence confidence;
        switch (text.ToLowerInvariant())
        {
            case "" or "high": confidence = Spectrum.Confidence.High; break;
            case "medium": confidence = Spectrum.Confidence.Medium; break;
            case "low": confidence = Spectrum.Confidence.Low; break;
            default:
                errors.Add(row.Line, map[Confidence], $"'{text}' is not a confidence", "high, medium or low");
                return null;
        }

        return new Provenance(source, confidence);
    }

    /// <summary>
    /// Footnote ids separated by spaces and/or commas; null (with an error per bad id) when one is malformed. An RR id
    /// that lost its trailing zero (stored as a number: <c>5.6</c>, <c>5.34</c>) is repaired, and the repair noted in
    /// <paramref name="repairs"/>; see <see cref="RepairLostZero"/>.
    /// </summary>
    public static FootnoteId[]? ReadFootnoteIds(Row row, Column column, ErrorList errors, Frequency? bandLower, List<string> repairs) =>
        ReadFootnoteIds(row[column], row.Line, column, errors, bandLower, repairs);

    /// <summary>
    /// <see cref="ReadFootnoteIds(Row, Column, ErrorList, Frequency?, List{string})"/> on a text taken from a cell: the
    /// footnotes a service cell writes after the service, or those of a cell of another layout. Capitals standing
    /// alone after an RR id are its suffix, as tables sometimes space them: <c>5.286 AA</c> is 5.286AA.
    /// </summary>
    public static FootnoteId[]? ReadFootnoteIds(string text, long line, Column column, ErrorList errors, Frequency? bandLower, List<string> repairs)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var parts = JoinSpacedSuffixes(text.Split(FootnoteSeparators, StringSplitOptions.RemoveEmptyEntries));
        var ids = new FootnoteId[parts.Count];
        var ok = true;
        for (var i = 0; i < parts.Count; i++)
        {
            var repaired = RepairLostZero(parts[i], bandLower);
            if (repaired != parts[i])
            {
                repairs.Add($"{parts[i]} read as {repaired}");
            }

            if (!FootnoteId.TryParse(repaired, out ids[i]))
            {
                errors.Add(line, column, $"'{parts[i]}' is not a footnote id", FootnoteId.Expected + ", separated by spaces or commas");
                ok = false;
            }
        }

        return ok ? ids : null;
    }

    // "5.286", "AA" → "5.286AA": a part of capitals only is no id of its own (national ids have a number).
    private static List<string> JoinSpacedSuffixes(string[] parts)
    {
        var joined = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (joined.Count > 0 && part.Length <= 3 && part.All(char.IsAsciiLetterUpper)
                && joined[^1].StartsWith("5.", StringComparison.Ordinal) && char.IsAsciiDigit(joined[^1][^1]))
            {
                joined[^1] += part;
            }
            else
            {
                joined.Add(part);
            }
        }

        return joined;
    }

    /// <summary>
    /// A service cell split into the service and the footnote ids a table writes after it in the same cell
    /// (<c>Mobile 5.384A</c>, <c>Fixed-Satellite  5.484A 5.516B</c>, <c>Mobile 5.286 AA</c>): the ids start at the first
    /// word outside parentheses that reads as a footnote id (a service's words have no digits; <c>(400.1 MHz)</c> is a
    /// qualifier). The footnotes part is empty when the cell has none.
    /// </summary>
    public static (string Service, string Footnotes) SplitServiceCell(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (depth == 0 && char.IsAsciiDigit(c) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',')
                {
                    end++;
                }

                var word = text[i..end];
                if (FootnoteId.TryParse(RepairLostZero(word, null), out _))
                {
                    return (text[..i].TrimEnd(), text[i..].Trim());
                }
            }
            else if (depth == 0 && char.IsAsciiLetterUpper(c) && i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                // A national id (UK12, EU2) after the service: capitals then a digit, no service word looks so.
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',')
                {
                    end++;
                }

                var word = text[i..end];
                if (word.Any(char.IsAsciiDigit) && FootnoteId.TryParse(word, out _))
                {
                    return (text[..i].TrimEnd(), text[i..].Trim());
                }
            }
        }

        return (text, "");
    }

    /// <summary>
    /// A service cell naming two directions (<c>FIXED-SATELLITE (EARTH-TO-SPACE) (SPACE-TO-EARTH)</c>) stands for one
    /// allocation per direction, as the Table writes them: the cell once per direction, with only that direction kept.
    /// A cell with at most one direction is returned as it is.
    /// </summary>
    public static IReadOnlyList<string> SplitDirections(string service)
    {
        var directions = Direction().Matches(service);
        if (directions.Count < 2)
        {
            return [service];
        }

        var texts = new string[directions.Count];
        for (var keep = 0; keep < directions.Count; keep++)
        {
            var text = service;
            for (var i = directions.Count - 1; i >= 0; i--)
            {
                if (i != keep)
                {
                    text = text.Remove(directions[i].Index, directions[i].Length);
                }
            }

            texts[keep] = WhiteSpace().Replace(text, " ").Trim();
        }

        return texts;
    }

    [GeneratedRegex(@"\(\s*(?:earth|space)[\s-]*to[\s-]*(?:earth|space)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Direction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>
    /// Restores the trailing zero of an RR footnote id stored as a number (<c>data/README.md</c>, "Footnote id
    /// repair"). Footnotes to the Table are 5.53 and above, and 5.53 … 5.99 concern bands below 30 MHz, so these ids
    /// cannot be meant as written: one digit (<c>5.6</c> is 5.60), two digits below 53 (<c>5.34</c> is 5.340), two
    /// digits in a band from 30 MHz up (<c>5.54</c> at 28.5 GHz is 5.540). Letters stay a suffix (<c>5.34A</c> is
    /// 5.340A). Any other text is returned as it is.
    /// </summary>
    internal static string RepairLostZero(string id, Frequency? bandLower)
    {
        if (id.Length < 3 || !id.StartsWith("5.", StringComparison.Ordinal))
        {
            return id;
        }

        var digits = 0;
        while (2 + digits < id.Length && char.IsAsciiDigit(id[2 + digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2 || id.AsSpan(2 + digits).ContainsAnyExceptInRange('A', 'Z'))
        {
            return id;
        }

        var number = int.Parse(id.AsSpan(2, digits), CultureInfo.InvariantCulture);
        var lostZero = digits == 1
            || number < 53
            || (bandLower is { } lower && lower >= TwoDigitFootnotesBelow);
        return lostZero ? string.Concat(id.AsSpan(0, 2 + digits), "0", id.AsSpan(2 + digits)) : id;
    }

    private static readonly Frequency TwoDigitFootnotesBelow = Frequency.FromMHz(30);

    public static Frequency? ReadFrequency(Row row, Column column, ErrorList errors)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            errors.Add(row.Line, column, "empty", "a frequency: whole hertz (6425000000) or a number with a unit (6425 MHz)");
            return null;
        }

        if (Frequency.TryParse(text, out var frequency, out var message))
        {
            return frequency;
        }

        errors.AddMessage(row.Line, column, message,
            "a frequency: whole hertz (6425000000) or a number with a unit (6425 MHz)");
        return null;
    }
}
