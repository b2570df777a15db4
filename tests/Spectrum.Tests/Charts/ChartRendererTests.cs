using System.Diagnostics;
using System.Xml.Linq;
using SkiaSharp;
using Spectrum.Briefing;
using Spectrum.Charts;
using Spectrum.Csv;
using Spectrum.Tests.Conference;
using Spectrum.Tests.Data;
using Xunit.Abstractions;
using static Spectrum.Tests.Charts.ChartFixtures;

namespace Spectrum.Tests.Charts;

public sealed class ChartRendererTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spectrum-charts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_PNG_has_the_requested_size_and_each_band_its_service_colour()
    {
        var chart = Chart();
        var (png, layout) = Render(chart, ChartFormat.Png, 1600, 700);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1600, 700), (bitmap.Width, bitmap.Height));
        var fixedCell = chart.Rows[0].Cells[0];
        Assert.Equal(Sk(ServicePalette.ColorOf(ServiceFamily.Fixed, AllocationStatus.Primary)),
            ColourInShare(bitmap, layout, chart, 0, fixedCell, fixedCell.Shares[0]));
        var mixed = chart.Rows[1].Cells.Single(c => c.Range == GHz(24.05m, 24.25m));
        Assert.Equal(Sk(ServicePalette.ColorOf(ServiceFamily.Amateur, AllocationStatus.Secondary)),
            ColourInShare(bitmap, layout, chart, 1, mixed, mixed.Shares[1]));
    }

    [Fact]
    public void A_PNG_at_a_higher_dpi_keeps_the_pixel_size_and_the_colours_in_place()
    {
        var chart = Chart();
        var (png, layout) = Render(chart, ChartFormat.Png, 3200, 1400, 192);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((3200, 1400), (bitmap.Width, bitmap.Height));
        var cell = chart.Rows[1].Cells[^1];
        Assert.Equal(Sk(cell.Shares[1].Color), ColourInShare(bitmap, layout, chart, 1, cell, cell.Shares[1]));
    }

    [Fact]
    public void The_same_chart_renders_to_the_same_bytes()
    {
        Assert.Equal(Render(Chart(), ChartFormat.Png).Bytes, Render(Chart(), ChartFormat.Png).Bytes);
        Assert.Equal(Render(Chart(), ChartFormat.Svg).Bytes, Render(Chart(), ChartFormat.Svg).Bytes);
        Assert.Equal(Render(Chart(), ChartFormat.Pdf).Bytes, Render(Chart(), ChartFormat.Pdf).Bytes);
    }

    [Fact]
    public void An_SVG_is_XML_with_the_highlight_labels_as_text()
    {
        var svg = XDocument.Load(new MemoryStream(Render(Chart(), ChartFormat.Svg).Bytes));

        var text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("AI 1.2", text, StringComparison.Ordinal);
        Assert.Contains("ITU Region 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PDF_starts_with_the_PDF_header()
    {
        var pdf = Render(Chart(), ChartFormat.Pdf).Bytes;

        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.True(pdf.Length > 1000);
    }

    [Fact]
    public void The_overview_stacks_its_strips_each_with_its_colours()
    {
        var overview = BandChartBuilder.BuildOverview([Region(1)], [ImtBand], Options);
        using var stream = new MemoryStream();
        var layout = ChartRenderer.Write(overview, stream, ChartFormat.Png);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        Assert.Equal((overview.Width, overview.Height), (bitmap.Width, bitmap.Height));
        Assert.Equal(8, layout.PanelCount);
        var strip = overview.Strips[6];
        var cell = strip.Rows[0].Cells.First(c => c.Range == GHz(22, 23.6m));
        Assert.Equal(Sk(cell.Shares[0].Color), ColourInShare(bitmap, layout, strip, 0, cell, cell.Shares[0], panel: 6));
    }

    [Theory]
    [InlineData("chart.png", ChartFormat.Png)]
    [InlineData("chart.SVG", ChartFormat.Svg)]
    [InlineData("a.b/chart.pdf", ChartFormat.Pdf)]
    public void The_format_is_chosen_by_the_extension(string path, ChartFormat expected) =>
        Assert.Equal(expected, ChartRenderer.FormatOf(path));

    [Theory]
    [InlineData("chart.jpg")]
    [InlineData("chart")]
    public void An_unknown_extension_is_refused_with_the_supported_list(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => ChartFile.Write(Chart(), Path.Combine(folder, path)));

        Assert.Contains(".png, .svg, .pdf", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Writing_a_file_replaces_it_whole_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(folder, "chart.pdf");
        File.WriteAllBytes(path, new byte[5_000_000]);

        ChartFile.Write(Chart(), path);

        Assert.Equal(Render(Chart(), ChartFormat.Pdf).Bytes, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }
}

/// <summary>Render time and size of the two charts a delegation prints most, on the shipped RR-2020 tables.</summary>
public class ChartFigureTests(ShippedEditions shipped, ITestOutputHelper output) : IClassFixture<ShippedEditions>
{
    [Fact]
    public void The_22_28_GHz_chart_and_the_overview_render_in_every_format()
    {
        var tables = new[] { "R1", "R2", "R3" }.Select(r => shipped.Table("RR-2020", r)).ToArray();
        var bands = new AgendaBandReader().Read(Repository.DataPath("wrc23", "agenda-bands.csv"));
        var options = new ChartOptions(new DateOnly(2023, 11, 20)) { Title = "WRC-23: 22-28 GHz", DataSource = "data/itu, data/wrc23" };
        var folder = Directory.CreateTempSubdirectory("spectrum-figures-").FullName;
        try
        {
            foreach (var format in Enum.GetValues<ChartFormat>())
            {
                var clock = Stopwatch.StartNew();
                var chart = BandChartBuilder.Build(FrequencyRange.Parse("22-28 GHz"), tables, bands, options);
                var path = Path.Combine(folder, $"22-28.{format.ToString().ToLowerInvariant()}");
                ChartFile.Write(chart, path);
                output.WriteLine($"22-28 GHz {format}: {clock.ElapsedMilliseconds} ms, {new FileInfo(path).Length} bytes, {chart.Width}x{chart.Height}");
                Assert.True(new FileInfo(path).Length > 0);

                clock.Restart();
                var overview = BandChartBuilder.BuildOverview(tables, bands, options with { Title = "Frequency allocations 9 kHz-275 GHz" });
                path = Path.Combine(folder, $"overview.{format.ToString().ToLowerInvariant()}");
                ChartFile.Write(overview, path);
                output.WriteLine($"overview {format}: {clock.ElapsedMilliseconds} ms, {new FileInfo(path).Length} bytes, {overview.Width}x{overview.Height}");
                Assert.True(new FileInfo(path).Length > 0);
            }

            var keep = Environment.GetEnvironmentVariable("SPECTRUM_CHART_FIGURES");
            if (!string.IsNullOrEmpty(keep))
            {
                Directory.CreateDirectory(keep);
                foreach (var file in Directory.GetFiles(folder))
                {
                    File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
