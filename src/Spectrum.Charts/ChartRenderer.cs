using OxyPlot;
using OxyPlot.SkiaSharp;
using SkiaSharp;

namespace Spectrum.Charts;

/// <summary>The file formats a chart is written in.</summary>
public enum ChartFormat
{
    Png,
    Svg,
    Pdf,
}

/// <summary>
/// Where the plot of each panel fell in the written image, in output pixels (PNG) or points of the page (SVG and
/// PDF at 96 units per inch, PDF at 72): enough to find the pixel of a band.
/// </summary>
public sealed class ChartLayout
{
    private readonly IReadOnlyList<Func<double, double, (double X, double Y)>> panels;

    internal ChartLayout(IReadOnlyList<Func<double, double, (double X, double Y)>> panels) => this.panels = panels;

    public int PanelCount => panels.Count;

    /// <summary>
    /// The output position of <paramref name="hertz"/> at <paramref name="rowPosition"/> (row i spans i to i + 1, top to
    /// bottom) in panel <paramref name="panel"/> (0 for a single chart, the strip for an overview).
    /// </summary>
    public (double X, double Y) PositionOf(double hertz, double rowPosition, int panel = 0) => panels[panel](hertz, rowPosition);
}

/// <summary>
/// Draws band charts with OxyPlot on SkiaSharp. The same chart and size always give the same bytes: fonts are named
/// (DejaVu Sans), the date comes from the chart, and the PDF carries no clock time.
/// </summary>
public static class ChartRenderer
{
    public const float DefaultDpi = 96;

    /// <summary>Writes <paramref name="chart"/> to <paramref name="output"/>, at its own size unless one is given.</summary>
    public static ChartLayout Write(BandChart chart, Stream output, ChartFormat format, int? width = null, int? height = null, float dpi = DefaultDpi)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Render([(PlotModelFactory.Create(chart), chart.Axis)], null, output, format, width ?? chart.Width, height ?? chart.Height, dpi);
    }

    /// <summary>Writes the overview, strips stacked top to bottom under one title, at its own size unless one is given.</summary>
    public static ChartLayout Write(SpectrumOverview overview, Stream output, ChartFormat format, int? width = null, int? height = null, float dpi = DefaultDpi)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var models = overview.Strips.Select(s => (PlotModelFactory.Create(s), s.Axis)).ToArray();
        var heights = overview.Strips.Select(s => (double)s.Height).ToArray();
        var header = (overview.Title, overview.Subtitle, heights);
        return Render(models, header, output, format, width ?? overview.Width, height ?? overview.Height, dpi);
    }

    /// <summary>The format named by a file's extension: <c>.png</c>, <c>.svg</c> or <c>.pdf</c>, in any case.</summary>
    public static ChartFormat FormatOf(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => ChartFormat.Png,
            ".svg" => ChartFormat.Svg,
            ".pdf" => ChartFormat.Pdf,
            _ => throw new ArgumentException(UnsupportedFormat(path), nameof(path)),
        };

    /// <summary>Why no chart can be written to <paramref name="path"/>, or null when its extension names a format.</summary>
    public static string? UnsupportedFormat(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".png" or ".svg" or ".pdf" ? null
        : $"cannot write a chart as '{(Path.GetExtension(path) is { Length: > 0 } extension ? extension : "(no extension)")}': supported formats are .png, .svg, .pdf";

    private static ChartLayout Render(
        IReadOnlyList<(PlotModel Model, ChartAxis Axis)> models,
        (string Title, string Subtitle, double[] Heights)? overview,
        Stream output,
        ChartFormat format,
        int width,
        int height,
        float dpi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(dpi, 0);

        switch (format)
        {
            case ChartFormat.Png:
            {
                var scale = dpi / 96f;
                using var bitmap = new SKBitmap(width, height);
                using var canvas = new SKCanvas(bitmap);
                using var context = new SkiaRenderContext();
                var layout = Draw(canvas, context, RenderTarget.PixelGraphic, scale, models, overview, width / scale, height / scale);
                canvas.Flush();
                using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
                data.SaveTo(output);
                return layout;
            }

            case ChartFormat.Svg:
            {
                // OxyPlot's own SVG writer, measuring text with Skia: Skia's SVG canvas drops some texts (titles,
                // highlight labels) from the file. Texts are placed by their baseline (SvgOutput) for every SVG reader.
                using var measureBitmap = new SKBitmap(1, 1);
                using var measureCanvas = new SKCanvas(measureBitmap);
                using var measurer = new SkiaRenderContext { SkCanvas = measureCanvas, RenderTarget = RenderTarget.VectorGraphic, UseTextShaping = false };
                using var written = new MemoryStream();
                ChartLayout layout;
                using (var context = new SvgOutput.BaselineRenderContext(written, width, height, measurer))
                {
                    layout = Draw(context, 1, models, overview, width, height);
                    context.Complete();
                    context.Flush();
                }

                SvgOutput.Finish(written.ToArray(), output, width, height);
                return layout;
            }

            case ChartFormat.Pdf:
            {
                // A PDF page is measured in points (72 per inch); the chart is laid out at 96 units per inch.
                const float scale = 72f / 96f;
                var metadata = new SKDocumentPdfMetadata
                {
                    Title = models.Count > 0 ? overview?.Title ?? models[0].Model.Title : "",
                    Producer = "Spectrum",
                    RasterDpi = dpi,
                    EncodingQuality = 101,
                };
                // Skia embeds each typeface whole: draw once to learn the characters, then with fonts of only those.
                HashSet<int> used;
                using (var collector = new PdfFonts.TextCollector())
                using (var scratch = new SKBitmap(1, 1))
                using (var scratchCanvas = new SKCanvas(scratch))
                {
                    Draw(scratchCanvas, collector, RenderTarget.VectorGraphic, scale, models, overview, width, height);
                    used = collector.Codepoints;
                }

                using var skStream = new SKManagedWStream(output);
                ChartLayout layout;
                using (var document = SKDocument.CreatePdf(skStream, metadata))
                using (var context = new PdfFonts.SubsetTextRenderContext(used))
                {
                    var canvas = document.BeginPage(width * scale, height * scale);
                    layout = Draw(canvas, context, RenderTarget.VectorGraphic, scale, models, overview, width, height);
                    document.EndPage();
                    document.Close();
                }

                skStream.Flush();
                return layout;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "supported formats are Png, Svg, Pdf");
        }
    }

    private static ChartLayout Draw(
        SKCanvas canvas,
        SkiaRenderContext context,
        RenderTarget target,
        float scale,
        IReadOnlyList<(PlotModel Model, ChartAxis Axis)> models,
        (string Title, string Subtitle, double[] Heights)? overview,
        double width,
        double height)
    {
        context.SkCanvas = canvas;
        context.RenderTarget = target;
        context.DpiScale = scale;
        context.UseTextShaping = true;
        canvas.Clear(SKColors.White);
        return Draw(context, scale, models, overview, width, height);
    }

    private static ChartLayout Draw(
        IRenderContext context,
        float scale,
        IReadOnlyList<(PlotModel Model, ChartAxis Axis)> models,
        (string Title, string Subtitle, double[] Heights)? overview,
        double width,
        double height)
    {
        var panels = new List<Func<double, double, (double X, double Y)>>();
        if (overview is not { } header)
        {
            Render(context, models[0], new OxyRect(0, 0, width, height), panels, scale);
            return new ChartLayout(panels);
        }

        var dpiHeight = SpectrumOverview.HeaderHeight;
        context.DrawText(new ScreenPoint(width / 2, 12), header.Title, OxyColors.Black, PlotModelFactory.Font, 20, FontWeights.Bold,
            0, HorizontalAlignment.Center, VerticalAlignment.Top, null);
        context.DrawText(new ScreenPoint(width / 2, 38), header.Subtitle, OxyColors.Black, PlotModelFactory.Font, 12, FontWeights.Normal,
            0, HorizontalAlignment.Center, VerticalAlignment.Top, null);
        // Strips share what the requested height leaves below the header, in proportion to their own heights.
        var stripScale = (height - dpiHeight) / header.Heights.Sum();
        var top = (double)dpiHeight;
        for (var i = 0; i < models.Count; i++)
        {
            var stripHeight = header.Heights[i] * stripScale;
            Render(context, models[i], new OxyRect(0, top, width, stripHeight), panels, scale);
            top += stripHeight;
        }

        return new ChartLayout(panels);
    }

    private static void Render(IRenderContext context, (PlotModel Model, ChartAxis Axis) panel, OxyRect bounds, List<Func<double, double, (double X, double Y)>> panels, float scale)
    {
        var (model, axis) = panel;
        IPlotModel plot = model;
        plot.Update(true);
        plot.Render(context, bounds);
        var x = model.Axes[0];
        var y = model.Axes[1];
        panels.Add((hertz, row) => (x.Transform(PlotModelFactory.X(axis, hertz)) * scale, y.Transform(row) * scale));
    }
}

