using BenchmarkDotNet.Attributes;
using Spectrum.Charts;
using Spectrum.Conflicts;
using Spectrum.Csv;

namespace Spectrum.Benchmarks;

/// <summary>
/// Conflict analysis in memory (no store): a random MOBILE proposal in a random Region, whose table applies while
/// the other two Regions' are neighbours. One analysis per iteration.
/// </summary>
[PerOperationJob(2000)]
public class InMemoryConflictBenchmarks
{
    private static readonly RadioService Mobile = RadioService.Parse("Mobile");
    private readonly Random random = new(11);
    private IReadOnlyList<AllocationTable> tables = [];

    [Params(TableSets.Shipped, "synthetic-10000", "synthetic-100000", "synthetic-1000000")]
    public string Tables { get; set; } = TableSets.Shipped;

    [GlobalSetup]
    public void Setup()
    {
        tables = TableSets.Load(Tables);
    }

    [Benchmark(Description = "conflicts in memory")]
    public IReadOnlyList<Finding> Conflicts()
    {
        var region = AreaCode.Region(random.Next(1, 4));
        var proposal = new Proposal(BenchStore.RandomRange(random), region, "region", Mobile, ProposalAction.Identify);
        return ConflictFinder.Find(proposal, new Screen(
            [.. tables.Select(t => new CandidateTable(t, t.Area == region ? TableRelation.Applies : TableRelation.Neighbour))], [], ScreenedArea.Unknown));
    }
}

/// <summary>The full-spectrum overview chart (9 kHz - 275 GHz, one strip a decade) of three Region tables, built and written.</summary>
[BulkJob(5)]
public class ChartBenchmarks
{
    private IReadOnlyList<AllocationTable> tables = [];

    [Params(TableSets.Shipped, "synthetic-10000", "synthetic-100000")]
    public string Tables { get; set; } = TableSets.Shipped;

    [Params(ChartFormat.Png, ChartFormat.Svg, ChartFormat.Pdf)]
    public ChartFormat Format { get; set; }

    [GlobalSetup]
    public void Setup() => tables = TableSets.Load(Tables);

    [Benchmark(Description = "full-spectrum chart")]
    public long Overview()
    {
        var overview = BandChartBuilder.BuildOverview(tables, [], new ChartOptions(new DateOnly(2026, 1, 1)) { Title = "Benchmark" });
        using var output = new MemoryStream();
        ChartRenderer.Write(overview, output, Format);
        return output.Length;
    }
}
