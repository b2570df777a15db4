using System.Diagnostics;
using System.Text;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary><c>spectrum watch</c> as a team uses it: edit the data, see the briefing follow; break a file, keep the last good one.</summary>
[Collection(PostGisCollection.Name)]
public sealed class WatchCommandTests(PostGisFixture fixture) : DatabaseOfItsOwn(fixture)
{

    [Fact]
    public async Task Watch_picks_up_a_changed_file_rejects_a_broken_one_keeps_the_last_good_brief_and_stops_on_SIGTERM()
    {
        var data = Path.Combine(Spectrum.Home, "data");
        Folders.Copy(ImportedStore.Data, data);
        var brief = Path.Combine(Spectrum.Home, "brief", "index.html");
        using var watch = Spectrum.Start("watch", data, "--out", Path.GetDirectoryName(brief)!, "--format", "html");
        var output = new StringBuilder();
        var errors = new StringBuilder();
        watch.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        watch.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        watch.BeginOutputReadLine();
        watch.BeginErrorReadLine();
        try
        {
            await WaitForAsync(() => File.Exists(brief) && File.ReadAllText(brief).Contains("</html>", StringComparison.Ordinal), "the first brief");

            // A changed file: its new text reaches the brief.
            var positions = Path.Combine(data, "wrc23", "eu-positions.csv");
            await File.WriteAllTextAsync(positions, (await File.ReadAllTextAsync(positions)).Replace(
                "a revised pfd limit protecting AMS/MMS", "a pfd limit agreed in the watch test", StringComparison.Ordinal));
            await WaitForAsync(() => File.ReadAllText(brief).Contains("a pfd limit agreed in the watch test", StringComparison.Ordinal), "the changed brief");

            // A broken file: reported with file and line, and the brief stays the last good one.
            var good = await File.ReadAllTextAsync(brief);
            await File.AppendAllTextAsync(positions, "1.1,R9,1,2,support,,,,,x,low\n");
            await WaitForAsync(() => Text(errors).Contains("eu-positions.csv:101:2", StringComparison.Ordinal), "the error with its line, on standard error");
            Assert.Equal(good, await File.ReadAllTextAsync(brief));
        }
        finally
        {
            using var kill = Process.Start("kill", ["-TERM", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        await watch.WaitForExitAsync();
        Assert.Equal(0, watch.ExitCode);
        Assert.Contains("Stopped watching.", Text(output), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(brief)!, "*.tmp"));
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    // Polls for up to two minutes: the first run imports the whole data set and draws every chart.
    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1200; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no {what} within two minutes");
    }
}
