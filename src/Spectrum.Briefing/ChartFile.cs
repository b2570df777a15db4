using Spectrum.Charts;

namespace Spectrum.Briefing;

/// <summary>
/// Writes a chart to a file in the format of its extension (.png, .svg, .pdf), through <see cref="OutputFile"/>: a
/// reader never sees half a file, and a failure to write is an <see cref="OutputFileException"/>.
/// </summary>
public static class ChartFile
{
    public static ChartLayout Write(BandChart chart, string path, int? width = null, int? height = null, float dpi = ChartRenderer.DefaultDpi)
    {
        var format = ChartRenderer.FormatOf(path);
        return ToFile(path, image => ChartRenderer.Write(chart, image, format, width, height, dpi));
    }

    /// <inheritdoc cref="Write(BandChart, string, int?, int?, float)"/>
    public static ChartLayout Write(SpectrumOverview overview, string path, int? width = null, int? height = null, float dpi = ChartRenderer.DefaultDpi)
    {
        var format = ChartRenderer.FormatOf(path);
        return ToFile(path, image => ChartRenderer.Write(overview, image, format, width, height, dpi));
    }

    // Rendered in memory, then written: a write error inside Skia's PDF stream would have to cross native code (and
    // ends the process), and OxyPlot's SVG writer hides it behind an error of its own; a byte array reports it plainly.
    private static ChartLayout ToFile(string path, Func<Stream, ChartLayout> render)
    {
        using var image = new MemoryStream();
        var layout = render(image);
        OutputFile.Write(path, image.WriteTo);
        return layout;
    }
}
