namespace Spectrum.Charts;

/// <summary>
/// A conservative estimate of how wide DejaVu Sans sets a text: capitals and digits near 0.72 em, lower case 0.6 em,
/// spaces 0.32 em. Slightly too wide is safe: a label that might not fit is dropped rather than overlapping.
/// </summary>
internal static class TextMetrics
{
    public static double Width(string text, double fontSize) =>
        text.Sum(c => c == ' ' ? 0.32 : char.IsUpper(c) || char.IsDigit(c) ? 0.72 : char.IsLower(c) ? 0.6 : 0.5) * fontSize;

    public static double Height(double fontSize) => fontSize * 1.3;
}
