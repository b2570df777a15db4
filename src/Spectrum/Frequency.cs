using System.Globalization;
using System.Text;

namespace Spectrum;

/// <summary>
/// A radio frequency in whole hertz. Every edge in the Radio Regulations is a whole number of hertz
/// (the finest is 8.3 kHz), so a <see cref="long"/> holds any of them exactly up to 9 EHz.
/// A frequency is never negative.
/// </summary>
public readonly record struct Frequency : IComparable<Frequency>
{
    private const long Kilo = 1_000;
    private const long Mega = 1_000_000;
    private const long Giga = 1_000_000_000;
    private const long Tera = 1_000_000_000_000;

    public Frequency(long hertz)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hertz);
        Hertz = hertz;
    }

    public long Hertz { get; }

    public static Frequency FromHz(long hertz) => new(hertz);

    public static Frequency FromKHz(decimal kilohertz) => FromUnits(kilohertz, Kilo);

    public static Frequency FromMHz(decimal megahertz) => FromUnits(megahertz, Mega);

    public static Frequency FromGHz(decimal gigahertz) => FromUnits(gigahertz, Giga);

    public int CompareTo(Frequency other) => Hertz.CompareTo(other.Hertz);

    public static bool operator <(Frequency left, Frequency right) => left.Hertz < right.Hertz;

    public static bool operator >(Frequency left, Frequency right) => left.Hertz > right.Hertz;

    public static bool operator <=(Frequency left, Frequency right) => left.Hertz <= right.Hertz;

    public static bool operator >=(Frequency left, Frequency right) => left.Hertz >= right.Hertz;

    /// <summary>
    /// Parses <c>6425 MHz</c>, <c>6.425GHz</c>, <c>3 300 kHz</c> (spaces or thin spaces as digit groups) or a bare
    /// integer, which is hertz. Units: Hz, kHz, MHz, GHz, THz, any letter case.
    /// </summary>
    public static Frequency Parse(string text)
    {
        if (TryParse(text, out var frequency, out var error))
        {
            return frequency;
        }

        throw new FormatException(error);
    }

    public static bool TryParse(string? text, out Frequency frequency, out string error)
    {
        frequency = default;
        var (number, unit) = SplitUnit(text ?? "");
        if (number.Length == 0)
        {
            error = $"'{text}' is not a frequency: expected a number with a unit, such as '6425 MHz' or '10.5 GHz'";
            return false;
        }

        long multiplier = 1;
        if (unit.Length > 0 && !TryParseUnit(unit, out multiplier))
        {
            error = $"'{unit}' is not a frequency unit: expected Hz, kHz, MHz, GHz or THz";
            return false;
        }

        return TryParseNumber(number, multiplier, text!, out frequency, out error);
    }

    /// <summary>
    /// Splits a unit suffix from its number, e.g. <c>"6 425 MHz"</c> into <c>("6425", "MHz")</c>. Spaces inside the
    /// number are digit groups and must group by threes, so a typo such as <c>"64 25 MHz"</c> is not read as 6425.
    /// </summary>
    internal static (string Number, string Unit) SplitUnit(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.Length;
        while (end > 0 && char.IsAsciiLetter(trimmed[end - 1]))
        {
            end--;
        }

        var unit = trimmed[end..];
        var groups = trimmed[..end].Split(SpaceCharacters, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < groups.Length; i++)
        {
            var integerPart = groups[i].Split('.')[0];
            if (integerPart.Length != 3 || (i < groups.Length - 1 && groups[i].Contains('.')))
            {
                return ("?", unit);
            }
        }

        return (string.Concat(groups), unit);
    }

    internal static bool TryParseUnit(string unit, out long multiplier)
    {
        multiplier = unit.ToUpperInvariant() switch
        {
            "HZ" => 1,
            "KHZ" => Kilo,
            "MHZ" => Mega,
            "GHZ" => Giga,
            "THZ" => Tera,
            _ => 0,
        };
        return multiplier != 0;
    }

    internal static bool TryParseNumber(string number, long multiplier, string original, out Frequency frequency, out string error)
    {
        frequency = default;
        error = "";
        if (number.StartsWith('-'))
        {
            error = $"'{original}' is negative: a frequency is zero or more";
            return false;
        }

        if (!IsPlainDecimal(number)
            || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = $"'{original}' is not a frequency: expected a number with a unit, such as '6425 MHz' or '10.5 GHz'";
            return false;
        }

        decimal hertz;
        try
        {
            hertz = value * multiplier;
        }
        catch (OverflowException)
        {
            error = $"'{original}' is too large a frequency";
            return false;
        }

        if (hertz != decimal.Truncate(hertz))
        {
            error = $"'{original}' is not a whole number of hertz";
            return false;
        }

        if (hertz > long.MaxValue)
        {
            error = $"'{original}' is too large a frequency";
            return false;
        }

        frequency = new Frequency((long)hertz);
        return true;
    }

    /// <summary>
    /// The frequency as the Radio Regulations write it (RR No. 2.1): in kHz up to and including 3 000 kHz, in MHz up
    /// to and including 3 000 MHz, in GHz above; digits grouped by threes with a space, e.g. <c>1 427 MHz</c>.
    /// </summary>
    public override string ToString() => $"{FormatNumber(Unit)} {UnitName(Unit)}";

    /// <summary>The unit RR No. 2.1 uses for this frequency: 1 000 for kHz, 1 000 000 for MHz, 10^9 for GHz.</summary>
    internal long Unit => Hertz <= 3_000 * Kilo ? Kilo : Hertz <= 3_000 * Mega ? Mega : Giga;

    internal string FormatNumber(long unit)
    {
        var whole = Hertz / unit;
        var fraction = Hertz % unit;
        var text = GroupDigits(whole);
        if (fraction == 0)
        {
            return text;
        }

        var digits = unit.ToString(CultureInfo.InvariantCulture).Length - 1;
        var fractionText = fraction.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        return text + "." + fractionText;
    }

    internal static string UnitName(long unit) => unit switch
    {
        Kilo => "kHz",
        Mega => "MHz",
        Giga => "GHz",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "expected kHz, MHz or GHz"),
    };

    private static Frequency FromUnits(decimal value, long multiplier)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var hertz = value * multiplier;
        if (hertz != decimal.Truncate(hertz))
        {
            throw new ArgumentException($"{value} × {multiplier} Hz is not a whole number of hertz", nameof(value));
        }

        return new Frequency((long)hertz);
    }

    // RR style groups four-digit numbers too (1 427, 3 000): a space every three digits from the right.
    private static string GroupDigits(long value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= 3)
        {
            return digits;
        }

        var builder = new StringBuilder(digits.Length + (digits.Length / 3));
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append(' ');
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    private static bool IsPlainDecimal(string number)
    {
        var dots = 0;
        foreach (var c in number)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots <= 1 && number != "." && !number.EndsWith('.') && !number.StartsWith('.');
    }

    private static readonly char[] SpaceCharacters = [' ', '\u00a0', '\u2009', '\u202f', '\u2007', '\t'];

    internal static bool IsSpace(char c) => Array.IndexOf(SpaceCharacters, c) >= 0;
}
