using System.Text.RegularExpressions;

namespace Spectrum;

/// <summary>What kind of area an <see cref="AreaCode"/> names.</summary>
public enum AreaKind
{
    Region,
    Country,
    Group,
}

/// <summary>
/// The area a table or proposal applies to: an ITU Region (<c>R1</c>, <c>R2</c>, <c>R3</c>), a country by its
/// ISO 3166 alpha-2 code (<c>NL</c>), or a named group of countries (<c>CEPT</c>, <c>EU27</c>).
/// </summary>
public readonly partial record struct AreaCode
{
    private AreaCode(string value) => Value = value;

    public string Value { get; }

    public AreaKind Kind => Value switch
    {
        "R1" or "R2" or "R3" => AreaKind.Region,
        { Length: 2 } => AreaKind.Country,
        _ => AreaKind.Group,
    };

    /// <summary>The ITU Region number for a region code, else null.</summary>
    public int? RegionNumber => Kind == AreaKind.Region ? Value[1] - '0' : null;

    public static AreaCode Region(int number) =>
        number is >= 1 and <= 3
            ? new AreaCode($"R{number}")
            : throw new ArgumentOutOfRangeException(nameof(number), number, "an ITU Region is 1, 2 or 3");

    /// <summary>
    /// Parses <c>R1</c>, <c>Region 1</c>, <c>ITU Region 1</c>, an ISO alpha-2 code in any case, or a group name of
    /// letters and digits (upper-cased).
    /// </summary>
    public static AreaCode Parse(string text)
    {
        if (TryParse(text, out var code))
        {
            return code;
        }

        throw new FormatException(
            $"'{text}' is not an area: expected an ITU Region (R1, R2, R3), an ISO 3166 alpha-2 country code (NL) or a group name (CEPT)");
    }

    public static bool TryParse(string? text, out AreaCode code)
    {
        code = default;
        var trimmed = text?.Trim() ?? "";
        var region = RegionShape().Match(trimmed);
        if (region.Success)
        {
            code = Region(region.Groups[1].Value[0] - '0');
            return true;
        }

        if (!GroupShape().IsMatch(trimmed))
        {
            return false;
        }

        code = new AreaCode(trimmed.ToUpperInvariant());
        return true;
    }

    public override string ToString() => Value ?? "";

    [GeneratedRegex(@"^(?:(?:ITU\s+)?Region\s*|R)([123])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionShape();

    // Two letters are a country; a group has three or more characters and is never R + digits (a region typo).
    [GeneratedRegex(@"^(?:[A-Za-z]{2}|(?![Rr][0-9]+$)[A-Za-z][A-Za-z0-9_-]{2,31})$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupShape();
}
