using BenchmarkDotNet.Attributes;
using Spectre.Console;
using Spectrum.Cli;

namespace Spectrum.Benchmarks;

/// <summary>
/// A whole <c>spectrum brief</c> (every agenda item, html, md and docx with their charts), run in process on a copy of
/// the shipped data folder with synthetic national tables of <see cref="Rows"/> allocations added to it: once on a
/// store that has to import the folder first, once on a store that already holds it.
/// </summary>
[BulkJob(3)]
public class BriefBenchmarks
{
    private string folder = "";

    [Params(0, 100_000, 1_000_000)]
    public int Rows { get; set; }

    private string DataFolder => Path.Combine(folder, "data");

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine("/var/tmp", $"spectrum-bench-brief-{Environment.ProcessId}-{Rows}");
        Copy(BenchStore.Data, DataFolder);
        if (Rows > 0)
        {
            SyntheticTables.WriteCsv(SyntheticTables.Generate(Rows, BenchStore.Countries), Path.Combine(DataFolder, "national-synthetic.csv"));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [IterationSetup(Target = nameof(Fresh))]
    public void Empty() => BenchStore.ClearAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "brief, data folder imported first")]
    public Task<int> Fresh() => BriefAsync();

    [Benchmark(Description = "brief, data folder already in the store")]
    public Task<int> Unchanged() => BriefAsync();

    private async Task<int> BriefAsync()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var exit = await SpectrumApp.RunAsync(
            ["brief", "--db", BenchStore.Server.ConnectionString, "--data", DataFolder, "--out", Path.Combine(folder, "brief"), "--date", "2026-11-28"],
            console: console);
        return exit == 0 ? exit : throw new InvalidOperationException("spectrum brief exited with " + exit);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
