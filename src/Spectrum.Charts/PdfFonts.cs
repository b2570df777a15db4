using System.Runtime.InteropServices;
using HarfBuzzSharp;
using OxyPlot;
using OxyPlot.SkiaSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Spectrum.Charts;

/// <summary>
/// Fonts for a PDF chart cut down to the characters it draws. Skia's PDF backend (as built for SkiaSharp 2.88)
/// embeds every typeface whole: DejaVu Sans and DejaVu Sans Bold made a chart of 800 KiB. Here the chart's texts are
/// collected first (<see cref="TextCollector"/>), each typeface is subset to those characters with HarfBuzz's
/// subsetter, and the chart is drawn with the subsets (<see cref="SubsetTextRenderContext"/>), so what Skia embeds
/// whole is only the glyphs used. Texts are shaped and placed exactly as <see cref="SkiaRenderContext"/> places them.
/// </summary>
internal static class PdfFonts
{
    /// <summary>Records every character the chart draws, drawing nothing of its own beyond the plain Skia context.</summary>
    public sealed class TextCollector : SkiaRenderContext, IRenderContext
    {
        public HashSet<int> Codepoints { get; } = [];

        void IRenderContext.DrawText(ScreenPoint p, string text, OxyColor fill, string? fontFamily, double fontSize, double fontWeight,
            double rotation, HorizontalAlignment horizontalAlignment, VerticalAlignment verticalAlignment, OxySize? maxSize)
        {
            Add(text);
            DrawText(p, text, fill, fontFamily, fontSize, fontWeight, rotation, horizontalAlignment, verticalAlignment, maxSize);
        }

        private void Add(string? text)
        {
            if (text is null)
            {
                return;
            }

            for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                Codepoints.Add(char.ConvertToUtf32(text, i));
            }
        }
    }

    /// <summary>A Skia render context whose texts use typefaces subset to <paramref name="codepoints"/>.</summary>
    public sealed class SubsetTextRenderContext(IReadOnlySet<int> codepoints) : SkiaRenderContext, IRenderContext
    {
        private readonly Dictionary<(string Family, double Weight), (SKTypeface Typeface, SKShaper Shaper)> fonts = [];

        void IRenderContext.DrawText(ScreenPoint p, string text, OxyColor fill, string? fontFamily, double fontSize, double fontWeight,
            double rotation, HorizontalAlignment horizontalAlignment, VerticalAlignment verticalAlignment, OxySize? maxSize)
        {
            if (text is null || !fill.IsVisible())
            {
                return;
            }

            var (shaper, paint) = Paint(fontFamily, fontSize, fontWeight);
            using (paint)
            {
                paint.Color = new SKColor(fill.R, fill.G, fill.B, fill.A);
                var lines = Lines(text);
                var lineHeight = paint.GetFontMetrics(out var metrics);
                var deltaY = (float)TextPlacement.FirstBaseline(verticalAlignment, metrics.Ascent, metrics.Descent, lineHeight, lines.Length);
                using var restore = new SKAutoCanvasRestore(SkCanvas);
                SkCanvas.Translate((float)p.X * DpiScale, (float)p.Y * DpiScale);
                SkCanvas.RotateDegrees((float)rotation);
                foreach (var line in lines)
                {
                    var width = shaper.Shape(line, paint).Width;
                    var deltaX = horizontalAlignment switch
                    {
                        HorizontalAlignment.Center => -width / 2,
                        HorizontalAlignment.Right => -width,
                        _ => 0,
                    };
                    SkCanvas.DrawShapedText(shaper, line, deltaX, deltaY, paint);
                    deltaY += lineHeight;
                }
            }
        }

        OxySize IRenderContext.MeasureText(string text, string? fontFamily, double fontSize, double fontWeight)
        {
            if (text is null)
            {
                return new OxySize(0, 0);
            }

            var (shaper, paint) = Paint(fontFamily, fontSize, fontWeight);
            using (paint)
            {
                var lines = Lines(text);
                var height = paint.GetFontMetrics(out _) * lines.Length;
                var width = lines.Max(line => shaper.Shape(line, paint).Width);
                return new OxySize(width / DpiScale, height / DpiScale);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                foreach (var (typeface, shaper) in fonts.Values)
                {
                    shaper.Dispose();
                    typeface.Dispose();
                }

                fonts.Clear();
            }

            base.Dispose(disposing);
        }

        private (SKShaper Shaper, SKPaint Paint) Paint(string? family, double size, double weight)
        {
            family ??= PlotModelFactory.Font;
            if (!fonts.TryGetValue((family, weight), out var font))
            {
                using var whole = SKTypeface.FromFamilyName(family, new SKFontStyle((int)weight, (int)SKFontStyleWidth.Normal, SKFontStyleSlant.Upright));
                var typeface = Subset(whole, codepoints);
                font = (typeface, new SKShaper(typeface));
                fonts[(family, weight)] = font;
            }

            // As SkiaRenderContext paints text for a vector target: anti-aliased, unhinted, no subpixel positioning.
            var paint = new SKPaint
            {
                Typeface = font.Typeface,
                TextSize = (float)size * DpiScale,
                IsAntialias = true,
                Style = SKPaintStyle.Fill,
                HintingLevel = SKPaintHinting.NoHinting,
                SubpixelText = false,
            };
            return (font.Shaper, paint);
        }

        private static string[] Lines(string text) => text.Split(["\r\n", "\n"], StringSplitOptions.None);
    }

    /// <summary>
    /// A typeface holding only the glyphs of <paramref name="codepoints"/> (with what shaping needs of its tables), or
    /// a copy of the whole typeface when HarfBuzz cannot subset it.
    /// </summary>
    public static SKTypeface Subset(SKTypeface typeface, IEnumerable<int> codepoints)
    {
        using var stream = typeface.OpenStream(out var index);
        var data = new byte[stream.Length];
        stream.Read(data, data.Length);
        using var source = Blob.FromStream(new MemoryStream(data));
        using var face = new Face(source, index);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            return SKTypeface.FromData(SKData.CreateCopy(data), index);
        }

        try
        {
            var set = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(set, (uint)codepoint);
            }

            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero)
            {
                return SKTypeface.FromData(SKData.CreateCopy(data), index);
            }

            var font = hb_face_reference_blob(subset);
            try
            {
                var bytes = hb_blob_get_data(font, out var length);
                var copy = new byte[length];
                Marshal.Copy(bytes, copy, 0, (int)length);
                return SKTypeface.FromData(SKData.CreateCopy(copy));
            }
            finally
            {
                hb_blob_destroy(font);
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    // HarfBuzz's subsetter, in the libHarfBuzzSharp that SkiaSharp.HarfBuzz already loads; HarfBuzzSharp 7.3 binds
    // no managed API to it.
    private const string HarfBuzz = "libHarfBuzzSharp";

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(HarfBuzz)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(HarfBuzz)]
    private static extern void hb_face_destroy(IntPtr face);
}
