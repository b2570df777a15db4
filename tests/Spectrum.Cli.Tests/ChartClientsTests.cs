using System.Xml.Linq;
using SkiaSharp;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>The chart files as other programs than a browser draw them: librsvg, and the same SVG in Chromium.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ChartClientsTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private readonly CommandLine spectrum = store.Spectrum;

    [Fact]
    public async Task The_SVG_has_a_viewBox_no_byte_order_mark_and_no_dominant_baseline()
    {
        var file = await ChartAsync("22-28GHz", "26ghz.svg");

        var bytes = await File.ReadAllBytesAsync(file);
        Assert.NotEqual(0xEF, bytes[0]);
        var svg = XDocument.Load(file).Root!;
        Assert.Equal($"0 0 {svg.Attribute("width")?.Value} {svg.Attribute("height")?.Value}", svg.Attribute("viewBox")?.Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("dominant-baseline") is not null);
    }

    [Fact]
    public async Task Rsvg_draws_the_SVG_as_Chromium_does_at_low_resolution()
    {
        var file = await ChartAsync("22-28GHz", "compare.svg");

        using var rsvg = SKBitmap.Decode(await DesktopClients.RsvgAsync(file));
        using var chromium = SKBitmap.Decode(await DesktopClients.ChromiumAsync(file, rsvg.Width, rsvg.Height));

        var svg = XDocument.Load(file).Root!;
        Assert.Equal((svg.Attribute("width")?.Value, svg.Attribute("height")?.Value), (rsvg.Width.ToString(), rsvg.Height.ToString()));
        var (mean, worst) = BlockDifference(rsvg, chromium, Block);
        Assert.True(mean < 0.01 && worst < 0.09, $"mean block difference {mean:0.0000}, worst {worst:0.0000}");
    }

    // Compared in blocks of 16 x 16 pixels (a 100 x 35 grid for the 1600-pixel-wide chart), in ink (0 white, 1 black).
    // A line of 11 px text drawn a third of its height off, as rsvg drew OxyPlot's dominant-baseline texts (the
    // title, the axis and legend labels), moves 0.15-0.16 of a block's ink (measured on that file, mean 0.019);
    // the two renderers' anti-aliasing of text and hairlines moves at most 0.06 (mean 0.007). The bounds sit between.
    private const int Block = 16;

    /// <summary>
    /// The mean and the largest difference of the blocks' mean luminance (0 white to 1 black), over the smaller of the
    /// two images: anti-aliasing and hinting change single pixels but barely a block's average.
    /// </summary>
    internal static (double Mean, double Worst) BlockDifference(SKBitmap a, SKBitmap b, int block)
    {
        var columns = Math.Min(a.Width, b.Width) / block;
        var rows = Math.Min(a.Height, b.Height) / block;
        double sum = 0, worst = 0;
        for (var by = 0; by < rows; by++)
        {
            for (var bx = 0; bx < columns; bx++)
            {
                var difference = Math.Abs(Ink(a, bx, by, block) - Ink(b, bx, by, block));
                sum += difference;
                worst = Math.Max(worst, difference);
            }
        }

        return (sum / (columns * rows), worst);
    }

    private static double Ink(SKBitmap bitmap, int bx, int by, int block)
    {
        double total = 0;
        for (var y = by * block; y < (by + 1) * block; y++)
        {
            for (var x = bx * block; x < (bx + 1) * block; x++)
            {
                var c = bitmap.GetPixel(x, y);
                total += 1 - (((0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue)) / 255);
            }
        }

        return total / (block * block);
    }

    private async Task<string> ChartAsync(string range, string name, params string[] more)
    {
        var file = Path.Combine(spectrum.Home, name);
        var result = await spectrum.RunAsync(["chart", range, "--out", file, "--date", "2026-11-28", .. more]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return file;
    }
}
