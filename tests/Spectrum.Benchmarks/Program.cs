using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Spectrum.Benchmarks;

// Usage: dotnet run -c Release --project tests/Spectrum.Benchmarks -- --filter '*'   (see README.md)
await BenchStore.StartAsync();
try
{
    var config = DefaultConfig.Instance
        .AddColumn(StatisticColumn.Median, new P99Column(), new RowsPerSecondColumn())
        .WithOptions(ConfigOptions.JoinSummary);
    BenchmarkSwitcher.FromAssembly(typeof(BenchStore).Assembly).Run(args, config);
}
finally
{
    await BenchStore.StopAsync();
}
