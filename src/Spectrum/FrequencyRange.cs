namespace Spectrum;

/// <summary>
/// A band of frequencies [lower, upper): it includes its lower edge and excludes its upper edge, so adjacent bands
/// of the Table (6 425-7 025 MHz, 7 025-7 075 MHz) touch but do not overlap. Every range made by a constructor,
/// <see cref="FromHz"/> or <see cref="Parse"/> has its lower edge below its upper edge.
/// </summary>
/// <remarks>
/// The one exception is <c>default(FrequencyRange)</c>, which no constructor makes: [0 Hz, 0 Hz), empty, of width 0,
/// overlapping and containing nothing. Equality and ordering are by lower edge, then upper edge. The value is
/// immutable and safe to share between threads.
/// </remarks>
public readonly record struct FrequencyRange : IComparable<FrequencyRange>
{
    public FrequencyRange(Frequency lower, Frequency upper)
    {
        if (upper <= lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper,
                $"the upper edge must be above the lower edge ({lower})");
        }

        Lower = lower;
        Upper = upper;
    }

    public Frequency Lower { get; }

    public Frequency Upper { get; }

    public long LowerHz => Lower.Hertz;

    public long UpperHz => Upper.Hertz;

    public long WidthHz => Upper.Hertz - Lower.Hertz;

    public static FrequencyRange FromHz(long lower, long upper) => new(new Frequency(lower), new Frequency(upper));

    public bool Contains(Frequency frequency) => frequency >= Lower && frequency < Upper;

    /// <summary>True when the two bands share at least one hertz.</summary>
    public bool Overlaps(FrequencyRange other) => Lower < other.Upper && other.Lower < Upper;

    /// <summary>True when one band ends exactly where the other begins.</summary>
    public bool Touches(FrequencyRange other) => Upper == other.Lower || other.Upper == Lower;

    /// <summary>The shared part of two bands, or null when they do not overlap.</summary>
    public FrequencyRange? Intersect(FrequencyRange other) =>
        Overlaps(other)
            ? new FrequencyRange(Lower > other.Lower ? Lower : other.Lower, Upper < other.Upper ? Upper : other.Upper)
            : null;

    /// <summary>The hertz between the two bands: 0 when they touch or overlap.</summary>
    public long GapTo(FrequencyRange other) =>
        Math.Max(0, Math.Max(other.Lower.Hertz - Upper.Hertz, Lower.Hertz - other.Upper.Hertz));

    public int CompareTo(FrequencyRange other)
    {
        var byLower = Lower.CompareTo(other.Lower);
        return byLower != 0 ? byLower : Upper.CompareTo(other.Upper);
    }

    /// <summary>
    /// Parses <c>6425-7125 MHz</c>, <c>6.425–7.125 GHz</c>, <c>3 300 – 3 400 MHz</c>, <c>3.3 to 3.8 GHz</c>,
    /// <c>9 kHz-3 MHz</c>. A unit written once applies to both ends; at least one end must carry a unit.
    /// A single frequency with its unit, <c>10.5 GHz</c>, is the one-hertz band that starts at it.
    /// </summary>
    public static FrequencyRange Parse(string text)
    {
        if (TryParse(text, out var range, out var error))
        {
            return range;
        }

        throw new FormatException(error);
    }

    public static bool TryParse(string? text, out FrequencyRange range, out string error)
    {
        range = default;
        text ??= "";
        if (!TrySplit(text, out var lowerText, out var upperText))
        {
            // A single frequency names the one-hertz band that starts at it: "what is allocated at 10.5 GHz?"
            var (number, unit) = Frequency.SplitUnit(text);
            if (unit.Length > 0 && number.Length > 0 && Frequency.TryParse(text, out var single, out _))
            {
                range = new FrequencyRange(single, new Frequency(single.Hertz + 1));
                error = "";
                return true;
            }

            error = $"'{text}' is not a frequency range: expected two frequencies joined by '-', '–' or 'to', such as '6425-7125 MHz'";
            return false;
        }

        var (lowerNumber, lowerUnit) = Frequency.SplitUnit(lowerText);
        var (upperNumber, upperUnit) = Frequency.SplitUnit(upperText);
        if (lowerNumber.Length == 0)
        {
            error = $"'{text}' has no lower frequency (a frequency is zero or more)";
            return false;
        }

        if (upperUnit.Length == 0 && lowerUnit.Length == 0)
        {
            error = $"'{text}' has no unit: add Hz, kHz, MHz, GHz or THz, such as '{text.Trim()} MHz'";
            return false;
        }

        if (!TryMultiplier(upperUnit.Length > 0 ? upperUnit : lowerUnit, out var upperMultiplier, out error)
            || !TryMultiplier(lowerUnit.Length > 0 ? lowerUnit : upperUnit, out var lowerMultiplier, out error)
            || !Frequency.TryParseNumber(lowerNumber, lowerMultiplier, lowerText.Trim(), out var lower, out error)
            || !Frequency.TryParseNumber(upperNumber, upperMultiplier, upperText.Trim(), out var upper, out error))
        {
            return false;
        }

        if (upper <= lower)
        {
            error = $"'{text}' runs backwards or is empty: the lower edge ({lower}) must be below the upper edge ({upper})";
            return false;
        }

        range = new FrequencyRange(lower, upper);
        return true;
    }

    /// <summary>The band as the Radio Regulations write it, in the unit of its lower edge: <c>6.425-7.125 GHz</c>.</summary>
    public override string ToString()
    {
        var unit = Lower.Unit;
        // An upper edge too fine for the lower edge's unit is never the case in the RR, but keep it exact anyway.
        return $"{Lower.FormatNumber(unit)}-{Upper.FormatNumber(unit)} {Frequency.UnitName(unit)}";
    }

    private static bool TryMultiplier(string unit, out long multiplier, out string error)
    {
        error = "";
        if (Frequency.TryParseUnit(unit, out multiplier))
        {
            return true;
        }

        error = $"'{unit}' is not a frequency unit: expected Hz, kHz, MHz, GHz or THz";
        return false;
    }

    private static bool TrySplit(string text, out string lower, out string upper)
    {
        lower = upper = "";
        var trimmed = text.Trim();
        var to = trimmed.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to >= 0)
        {
            lower = trimmed[..to];
            upper = trimmed[(to + 4)..];
            return upper.Length > 0;
        }

        // The separator is the last dash: a leading '-' would make the lower edge negative, which is refused later.
        var dash = trimmed.LastIndexOfAny(['-', '–', '—', '‒', '−']);
        if (dash < 0)
        {
            return false;
        }

        lower = trimmed[..dash];
        upper = trimmed[(dash + 1)..];
        return upper.Trim().Length > 0;
    }
}
