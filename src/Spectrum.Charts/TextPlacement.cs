using OxyPlot;

namespace Spectrum.Charts;

/// <summary>Where a text's first baseline falls below its anchor, as SkiaRenderContext places it; one rule for every format.</summary>
internal static class TextPlacement
{
    /// <summary>
    /// The distance down from the anchor to the first line's baseline. <paramref name="ascent"/> is negative (upwards),
    /// <paramref name="descent"/> positive, as font metrics give them.
    /// </summary>
    public static double FirstBaseline(VerticalAlignment alignment, double ascent, double descent, double lineHeight, int lines) => alignment switch
    {
        VerticalAlignment.Top => -ascent,
        VerticalAlignment.Middle => -(ascent + descent + (lineHeight * (lines - 1))) / 2,
        _ => -descent - (lineHeight * (lines - 1)),
    };
}
