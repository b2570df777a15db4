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
