using System.Globalization;

namespace Spectrum.Csv.Internal;

/// <summary>Reading the cells that several kinds of file share: provenance, footnote ids, frequencies.</summary>
internal static class Cells
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
    public static FootnoteId[]? ReadFootnoteIds(Row row, Column column, ErrorList errors, Frequency? bandLower, List<string> repairs)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return [];
        }

        var parts = text.Split(FootnoteSeparators, StringSplitOptions.RemoveEmptyEntries);
        var ids = new FootnoteId[parts.Length];
        var ok = true;
        for (var i = 0; i < parts.Length; i++)
        {
            var repaired = RepairLostZero(parts[i], bandLower);
            if (repaired != parts[i])
            {
                repairs.Add($"{parts[i]} read as {repaired}");
            }

            if (!FootnoteId.TryParse(repaired, out ids[i]))
            {
                errors.Add(row.Line, column, $"'{parts[i]}' is not a footnote id",
                    "'5.' and two or three digits with optional capitals (5.340, 5.384A), or a national id such as UK12, separated by spaces or commas");
                ok = false;
            }
        }

        return ok ? ids : null;
    }

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
