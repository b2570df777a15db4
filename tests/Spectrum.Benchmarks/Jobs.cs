using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Spectrum.Benchmarks;

/// <summary>
/// One operation per iteration (a query, a conflict analysis), after 20 untimed ones, so that the median and the 99th
/// percentile are those of single operations. In process: every benchmark shares the run's one PostGIS.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PerOperationJobAttribute(int iterations) : JobConfigBaseAttribute(
    Job.Default.WithToolchain(Toolchains.InProcess).WithStrategy(RunStrategy.Monitoring)
        .WithWarmupCount(20).WithIterationCount(iterations).WithInvocationCount(1).WithUnrollFactor(1));

/// <summary>A long operation (reading a file, an import, a chart, a briefing), timed a few times after one untimed run.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BulkJobAttribute(int iterations) : JobConfigBaseAttribute(
    Job.Default.WithToolchain(Toolchains.InProcess).WithStrategy(RunStrategy.Monitoring)
        .WithWarmupCount(1).WithIterationCount(iterations).WithInvocationCount(1).WithUnrollFactor(1));

/// <summary>In process, with no time limit: a million-row import takes minutes, more than the toolchain's default.</summary>
internal static class Toolchains
{
    public static readonly InProcessEmitToolchain InProcess = new(TimeSpan.FromHours(2), logOutput: true);
}

/// <summary>The 99th percentile of the iterations' times.</summary>
public sealed class P99Column : IColumn
{
    public string Id => nameof(P99Column);

    public string ColumnName => "P99";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "99th percentile of the operations' times";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? (statistics.Percentiles.Percentile(99) / 1e6).ToString("N3", style.CultureInfo) + " ms"
            : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>Marks a benchmark whose <c>Rows</c> parameter is the number of rows one operation processes.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RowsPerOperationAttribute : Attribute;

/// <summary>Rows per second at the median time, for benchmarks marked <see cref="RowsPerOperationAttribute"/>.</summary>
public sealed class RowsPerSecondColumn : IColumn
{
    public string Id => nameof(RowsPerSecondColumn);

    public string ColumnName => "Rows/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "allocation rows per second at the median time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Descriptor.Type.IsDefined(typeof(RowsPerOperationAttribute), inherit: false)
        && benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Rows")?.Value is int rows
        && summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? (rows / (statistics.Median / 1e9)).ToString("N0", style.CultureInfo)
            : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
