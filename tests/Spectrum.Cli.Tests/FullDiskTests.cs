using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>
/// Every command that writes files, with its output folder on a disk that fills up: it fails with one line that names
/// the file and the full disk, and leaves no part of a file behind.
/// </summary>
public sealed class FullDiskTests(BriefedStore store) : IClassFixture<BriefedStore>
{
    private const int Page = 4096;

    private readonly CommandLine spectrum = store.Spectrum;

    [Theory]
    [InlineData("chart.png", "chart", "1-2GHz", "--date", "2026-11-28", "--out")]
    [InlineData("chart.svg", "chart", "1-2GHz", "--date", "2026-11-28", "--out")]
    [InlineData("chart.pdf", "chart", "1-2GHz", "--date", "2026-11-28", "--out")]
    [InlineData("areas.geojson", "areas", "export", "--format", "geojson", "--out")]
    public async Task A_file_written_to_a_full_disk_fails_naming_it_and_leaves_nothing(string file, params string[] args)
    {
        using var disk = new SmallDisk(256 * 1024, 16 * 1024);
        var path = Path.Combine(disk.Folder, file);

        var (result, entries) = await disk.RunAsync(spectrum, [.. args, path]);

        AssertFullDiskError(result, path);
        Assert.Empty(entries);
    }

    [Fact]
    public async Task A_brief_on_a_full_disk_fails_at_the_chart_that_does_not_fit_and_leaves_no_part_of_a_file()
    {
        using var disk = new SmallDisk(256 * 1024, 16 * 1024);
        var folder = Path.Combine(disk.Folder, "brief");

        var (result, entries) = await disk.RunAsync(spectrum, Brief(folder, "html,md,docx"));

        // The overview's decades are written first, in order: the one the disk cannot hold is named, the ones before
        // it stay (each was renamed into place whole), no temporary file is left and no document is written.
        var written = entries.Where(e => !e.IsFolder).Select(e => Path.GetFileName(e.Path)).Order(StringComparer.Ordinal).ToList();
        Assert.All(written, name => Assert.Matches(@"^overview-\d\.png$", name));
        Assert.Equal(Enumerable.Range(1, written.Count).Select(n => $"overview-{n}.png"), written);
        AssertFullDiskError(result, Path.Combine(folder, "charts", $"overview-{written.Count + 1}.png"));
    }

    [Theory]
    [InlineData("html", "index.html")]
    [InlineData("md", "brief.md")]
    [InlineData("docx", "brief.docx")]
    public async Task A_brief_whose_document_does_not_fit_keeps_its_charts_whole_and_leaves_no_part_of_the_document(string format, string document)
    {
        // Given the sizes of the same brief written where there is room
        var reference = Path.Combine(spectrum.Home, $"brief-room-{format}");
        var roomy = await spectrum.RunAsync(Brief(reference, format));
        Assert.True(roomy.ExitCode == 0, roomy.Output + roomy.Error);
        var charts = Directory.GetFiles(Path.Combine(reference, "charts")).ToDictionary(f => $"brief/charts/{Path.GetFileName(f)}", f => new FileInfo(f).Length);
        var documentPages = Pages(new FileInfo(Path.Combine(reference, document)).Length);

        // When the disk has room for the charts and half the document
        using var disk = new SmallDisk(64 * 1024 + ((charts.Values.Sum(Pages) + documentPages) * Page), (charts.Values.Sum(Pages) + (documentPages / 2)) * Page);
        var folder = Path.Combine(disk.Folder, "brief");
        var (result, entries) = await disk.RunAsync(spectrum, Brief(folder, format));

        // Then the document is not written, and the charts are whole
        AssertFullDiskError(result, Path.Combine(folder, document));
        Assert.Equal(charts.OrderBy(c => c.Key), entries.Where(e => !e.IsFolder).ToDictionary(e => e.Path, e => e.Size).OrderBy(e => e.Key));
    }

    private static string[] Brief(string folder, string formats) =>
        ["brief", "--data", ImportedStore.Data, "--agenda-item", "1.3", "--format", formats, "--out", folder, "--date", "2026-11-28"];

    private static long Pages(long bytes) => (bytes + Page - 1) / Page;

    private static void AssertFullDiskError(CommandResult result, string path)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: cannot write {path}: ", line, StringComparison.Ordinal);
        Assert.Contains("no space left", line, StringComparison.OrdinalIgnoreCase);
    }
}
