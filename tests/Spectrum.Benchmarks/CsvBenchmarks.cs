using BenchmarkDotNet.Attributes;
using Spectrum.Csv;

namespace Spectrum.Benchmarks;

/// <summary>Reading and validating an allocation-table CSV file of synthetic national tables.</summary>
[BulkJob(5)]
[RowsPerOperation]
public class CsvBenchmarks
{
    private string path = "";

    [Params(10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine("/var/tmp", $"spectrum-bench-{Environment.ProcessId}-{Rows}.csv");
        SyntheticTables.WriteCsv(SyntheticTables.Generate(Rows, BenchStore.Countries), path);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark(Description = "read and validate CSV")]
    public int Read() => new AllocationTableReader().Read(path).Sum(t => t.Allocations.Count);
}

/// <summary>
/// Reading the 41 shipped national tables (<c>data/national/*/allocations.tab</c>, 90 466 rows) with their metadata and
/// applications, as <c>spectrum validate</c> does: rows per second is 90 466 divided by the median.
/// </summary>
[BulkJob(5)]
public class NationalTableBenchmarks
{
    private string[] files = [];

    [GlobalSetup]
    public void Setup() =>
        files = [.. Directory.GetFiles(Path.Combine(BenchStore.Data, "national"), "allocations.tab", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [Benchmark(Description = "read the 41 national tables")]
    public int Read() => files.Sum(f => ((AllocationTableImport)DataFileReader.Import(f)).Values.Sum(t => t.Allocations.Count));
}
