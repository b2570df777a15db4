using System.Xml.Linq;
using SkiaSharp;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary><c>spectrum chart</c> on the shipped data in the store.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ChartCommandTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private readonly CommandLine spectrum = store.Spectrum;

    [Fact]
    public async Task Agenda_item_1_2_at_6_GHz_is_drawn_as_a_PNG_of_the_three_Regions()
    {
        var file = Path.Combine(spectrum.Home, "ai-1.2-6ghz.png");
        var result = await spectrum.RunAsync("chart", "5.9-7.2GHz", "--agenda-item", "1.2", "--out", file, "--date", "2026-11-28");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("3 rows", result.Text, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(file);
        Assert.NotNull(bitmap);
        Assert.Equal(1600, bitmap.Width);
    }

    [Fact]
    public async Task The_26_GHz_SVG_names_the_passive_band_and_the_IMT_band()
    {
        var file = Path.Combine(spectrum.Home, "26ghz.svg");
        var result = await spectrum.RunAsync("chart", "22-28GHz", "--out", file, "--date", "2026-11-28");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var text = string.Concat(XDocument.Load(file).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + "\n"));
        Assert.Contains("RR 5.340", text, StringComparison.Ordinal);
        Assert.Contains("IMT", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.16")]
    [InlineData("1.17")]
    [InlineData("1.19")]
    [InlineData("9.1 b")]
    public async Task An_agenda_item_chart_without_a_range_highlights_and_labels_the_items_bands(string item)
    {
        var file = Path.Combine(spectrum.Home, $"ai-{item.Replace(' ', '-')}.svg");
        var result = await spectrum.RunAsync("chart", "--agenda-item", item, "--out", file, "--date", "2026-11-28");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var svg = XDocument.Load(file);
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains(texts, t => t.StartsWith($"AI {item}", StringComparison.Ordinal));
        Assert.Contains($"WRC-23 agenda item {item}", texts);
        // The item's outline: the agenda-item vermilion, dash-dotted.
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "polygon").Select(e => (string?)e.Attribute("style") ?? ""),
            style => style.Contains("stroke:rgb(213,94,0)", StringComparison.Ordinal) && style.Contains("stroke-dasharray", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_chart_needs_a_range_or_an_agenda_item()
    {
        var result = await spectrum.RunAsync("chart", "--out", Path.Combine(spectrum.Home, "none.png"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--agenda-item", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_chart_twice_gives_the_same_bytes()
    {
        var first = Path.Combine(spectrum.Home, "first.png");
        var second = Path.Combine(spectrum.Home, "second.png");
        Assert.Equal(0, (await spectrum.RunAsync("chart", "1.3-1.6GHz", "--out", first, "--date", "2026-11-28")).ExitCode);
        Assert.Equal(0, (await spectrum.RunAsync("chart", "1.3-1.6GHz", "--out", second, "--date", "2026-11-28")).ExitCode);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Theory]
    [InlineData("chart", "22-28GHz", "--out", "chart.gif")]
    [InlineData("chart", "28-22GHz")]
    [InlineData("chart", "22-28GHz", "--tables", "ITU Region 9")]
    [InlineData("chart", "22-28GHz", "--edition", "RR-1999")]
    public async Task Bad_input_is_refused_with_exit_code_2(params string[] args)
    {
        var result = await spectrum.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(spectrum.Home, "chart.gif")));
    }
}
