using System.Text;
using System.Xml;
using System.Xml.Linq;
using OxyPlot;
using SkiaSharp;

namespace Spectrum.Charts;

/// <summary>
/// OxyPlot's SVG writer made portable: librsvg (GNOME, Inkscape's import) and LibreOffice ignore or misread
/// <c>dominant-baseline</c>, which OxyPlot writes on every text to align it vertically. Here each text is placed by
/// its baseline, computed from the font's own ascent and descent (as the PNG and PDF renderers place it), so no text
/// needs the attribute; the file gets a <c>viewBox</c> (so it scales in a page) and no byte order mark.
/// </summary>
internal static class SvgOutput
{
    /// <summary>A render context that writes every text at its computed baseline.</summary>
    public sealed class BaselineRenderContext(Stream output, double width, double height, IRenderContext measurer)
        : SvgRenderContext(output, width, height, isDocument: true, measurer, OxyColors.White, useVerticalTextAlignmentWorkaround: false)
    {
        private readonly Dictionary<(string, double), (double Ascent, double Descent, double Leading)> metrics = [];

        public override void DrawText(
            ScreenPoint p,
            string text,
            OxyColor c,
            string fontFamily,
            double fontSize,
            double fontWeight,
            double rotate,
            HorizontalAlignment halign,
            VerticalAlignment valign,
            OxySize? maxSize)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            var font = Metrics(fontFamily, fontWeight, fontSize);
            var lines = text.Split('\n');
            var lineHeight = font.Descent - font.Ascent + font.Leading;
            var first = TextPlacement.FirstBaseline(valign, font.Ascent, font.Descent, lineHeight, lines.Length);
            var angle = rotate * Math.PI / 180;
            for (var i = 0; i < lines.Length; i++)
            {
                var down = first + (i * lineHeight);
                var at = new ScreenPoint(p.X - (Math.Sin(angle) * down), p.Y + (Math.Cos(angle) * down));
                base.DrawText(at, lines[i], c, fontFamily, fontSize, fontWeight, rotate, halign, VerticalAlignment.Bottom, maxSize);
            }
        }

        // The font's ascent (negative, upwards), descent and leading at 1 pixel, scaled to the size.
        private (double Ascent, double Descent, double Leading) Metrics(string family, double weight, double size)
        {
            if (!metrics.TryGetValue((family, weight), out var unit))
            {
                using var typeface = SKTypeface.FromFamilyName(family, new SKFontStyle((int)weight, (int)SKFontStyleWidth.Normal, SKFontStyleSlant.Upright));
                using var font = new SKFont(typeface, 100);
                font.GetFontMetrics(out var measured);
                unit = (measured.Ascent / 100.0, measured.Descent / 100.0, measured.Leading / 100.0);
                metrics[(family, weight)] = unit;
            }

            return (unit.Ascent * size, unit.Descent * size, unit.Leading * size);
        }
    }

    /// <summary>
    /// The finished file: OxyPlot's baseline attribute (the default, once every text sits on its baseline) removed,
    /// a <c>viewBox</c> of the drawn size, UTF-8 without a byte order mark, and no DOCTYPE (SVG 2 has none).
    /// </summary>
    public static void Finish(byte[] written, Stream output, int width, int height)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(written), settings);
        var document = XDocument.Load(reader);
        var root = document.Root ?? throw new InvalidOperationException("OxyPlot wrote an SVG without a root element");
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("dominant-baseline") is { } baseline)
            {
                // Only "baseline" is left: any other value would move the text and had to be computed instead.
                if (baseline.Value != "baseline")
                {
                    throw new InvalidOperationException($"an SVG text is aligned by dominant-baseline=\"{baseline.Value}\"");
                }

                baseline.Remove();
            }
        }

        root.SetAttributeValue("viewBox", $"0 0 {width} {height}");
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        document.Save(writer);
    }
}
