using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>
/// Files are written only where asked: not in the working folder, the data folder or <c>SPECTRUM_HOME</c>, and an
/// agenda item number (which a shared store may hold in any form) never leads a file out of the output folder.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed partial class OutputPathTests(PostGisFixture fixture) : DatabaseOfItsOwn(fixture)
{
    private readonly string root = Directory.CreateTempSubdirectory("spectrum-paths-").FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Brief_chart_and_areas_export_write_the_files_asked_for_and_nothing_else()
    {
        // Given an empty working folder, a data folder of its own and an output folder elsewhere
        var work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        var data = Path.Combine(root, "data");
        Folders.Copy(ImportedStore.Data, data);
        var dataBefore = Contents(data);
        var output = Path.Combine(root, "output");
        Spectrum.WorkingDirectory = work;

        // When the brief, a chart and the areas are written there
        foreach (var args in new[]
        {
            ["brief", "--data", data, "--agenda-item", "1.3", "--out", Path.Combine(output, "brief"), "--date", "2026-11-28"],
            ["chart", "1-2GHz", "--out", Path.Combine(output, "chart.svg"), "--date", "2026-11-28"],
            new[] { "areas", "export", "--out", Path.Combine(output, "areas.geojson") },
        })
        {
            var result = await Spectrum.RunAsync(args);
            Assert.True(result.ExitCode == 0, result.Output + result.Error);
        }

        // Then those files are there, and nothing else anywhere
        Assert.Equal(
            ["areas.geojson", "brief/brief.docx", "brief/brief.md", "brief/charts/ai-1.3.png", .. Enumerable.Range(1, 8).Select(n => $"brief/charts/overview-{n}.png"), "brief/index.html", "chart.svg"],
            Contents(output).Keys);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Spectrum.Home));
        Assert.Equal(dataBefore, Contents(data));
    }

    [Fact]
    public async Task An_agenda_item_number_with_a_path_in_it_stays_inside_the_output_folder()
    {
        // Given a store that holds, besides the shipped agenda items, two whose numbers are paths out of a folder
        var first = await Spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "1.3", "--format", "md", "--out", Path.Combine(root, "first"));
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        string[] numbers = ["../../../escaped", "1.3/../../../../escaped\"><script>"];
        foreach (var number in numbers)
        {
            await Database.DataSource.ExecuteAsync(
                "INSERT INTO agenda_item (number, resolution, title, scope, source, confidence) SELECT $1, resolution, title, scope, source, confidence FROM agenda_item WHERE number = '1.3'",
                number);
            await Database.DataSource.ExecuteAsync(
                """
                INSERT INTO agenda_band (agenda_item, area, regions, listed_only, geom, range, service, action, status, identifies, highlight, source, confidence)
                SELECT $1, area, regions, listed_only, geom, range, service, action, status, identifies, highlight, source, confidence FROM agenda_band WHERE agenda_item = '1.3'
                """,
                number);
        }

        // When their brief is written deep inside the root
        var output = Path.Combine(root, "a", "b", "c", "brief");
        var brief = await Spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", string.Join(',', numbers), "--format", "html,md", "--out", output);

        // Then every file is inside the output folder: the overview's eight decades and one chart per item, named without a path
        Assert.True(brief.ExitCode == 0, brief.Output + brief.Error);
        var outside = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(output + "/", StringComparison.Ordinal) && !f.StartsWith(Path.Combine(root, "first") + "/", StringComparison.Ordinal));
        Assert.Empty(outside);
        var charts = Directory.GetFiles(Path.Combine(output, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8 + 2, charts.Count);
        Assert.All(charts, c => Assert.Matches("^(overview-[1-8]|ai-[A-Za-z0-9._-]+)\\.png$", c));

        // And the HTML anchors and the Markdown links hold no path or markup of the numbers
        var html = await File.ReadAllTextAsync(Path.Combine(output, "index.html"));
        Assert.All(Anchor().Matches(html).Select(m => m.Groups[1].Value), id => Assert.Matches("^(contents|the-table|annex|ai-[A-Za-z0-9._-]+)$", id));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(Path.Combine(output, "brief.md"));
        Assert.All(ImageLink().Matches(markdown).Select(m => m.Groups[1].Value), link => Assert.True(File.Exists(Path.Combine(output, link)), link));
    }

    [Fact]
    public async Task An_agenda_item_number_with_a_path_in_a_data_file_is_refused_and_changes_nothing()
    {
        var before = await StoreSnapshot.TakeAsync(Database.DataSource);
        var data = Path.Combine(root, "data");
        Folders.Copy(ImportedStore.Data, data);
        await File.AppendAllTextAsync(Path.Combine(data, "wrc23", "agenda-items.csv"), "../../escaped,245 (WRC-19),a path,other,,test,high\n");

        var import = await Spectrum.RunAsync("import", data);

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("agenda-items.csv:", import.Error, StringComparison.Ordinal);
        Assert.Contains("'../../escaped' is not an agenda item number", import.Error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(Database.DataSource));
    }

    // Every file below the folder, by its path relative to it, with a hash of its bytes.
    private static SortedDictionary<string, string> Contents(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    [GeneratedRegex("<section id=\"([^\"]*)\"")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+)\)")]
    private static partial Regex ImageLink();
}
