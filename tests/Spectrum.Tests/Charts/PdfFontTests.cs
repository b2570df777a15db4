using System.Text;
using System.Text.RegularExpressions;
using Spectrum.Charts;
using Spectrum.Csv;
using Spectrum.Tests.Conference;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Charts;

/// <summary>A PDF chart embeds only the glyphs it draws, on the shipped 22-28 GHz chart.</summary>
public sealed partial class PdfFontTests(ShippedEditions shipped) : IClassFixture<ShippedEditions>
{
    // DejaVu Sans is 757 076 bytes whole and its bold 705 684: a font a tenth of that is a subset.
    private const int MaxEmbeddedFont = 75_000;

    [Fact]
    public void The_22_28_GHz_PDF_embeds_both_fonts_as_subsets_and_stays_under_100_KiB()
    {
        var tables = new[] { "R1", "R2", "R3" }.Select(r => shipped.Table("RR-2024", r)).ToArray();
        var bands = new AgendaBandReader().Read(Repository.DataPath("wrc23", "agenda-bands.csv"));
        var chart = BandChartBuilder.Build(FrequencyRange.Parse("22-28 GHz"), tables, bands, new ChartOptions(new DateOnly(2026, 11, 28)));
        using var pdf = new MemoryStream();
        ChartRenderer.Write(chart, pdf, ChartFormat.Pdf);

        // Before fonts were subset this chart was 818 607 bytes, 95 % of them two whole fonts.
        Assert.InRange(pdf.Length, 1, 100 * 1024);
        var text = Encoding.Latin1.GetString(pdf.ToArray());
        var fonts = FontLength().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, fonts.Count);   // DejaVu Sans and DejaVu Sans Bold, still embedded
        Assert.All(fonts, length => Assert.InRange(length, 1, MaxEmbeddedFont));
    }

    // The uncompressed length of an embedded TrueType font program.
    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex FontLength();
}
