using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Spectrum.Benchmarks;

// Usage: dotnet run -c Release --project tests/Spectrum.Benchmarks -- --filter '*'   (see README.md)
//        dotnet run -c Release --project tests/Spectrum.Benchmarks -- api [--rows 1000000] [--connections 32] [--seconds 30]
await BenchStore.StartAsync();
try
{
    if (args.FirstOrDefault() == "api")
    {
        return await ApiLoad.RunAsync(args);
    }

    var config = DefaultConfig.Instance
        .AddColumn(StatisticColumn.Median, new P99Column(), new RowsPerSecondColumn())
        .WithOptions(ConfigOptions.JoinSummary);
    BenchmarkSwitcher.FromAssembly(typeof(BenchStore).Assembly).Run(args, config);
    return 0;
}
finally
{
    await BenchStore.StopAsync();
}
