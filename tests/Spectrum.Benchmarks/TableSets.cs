using Spectrum.Csv;

namespace Spectrum.Benchmarks;

/// <summary>
/// The table sets the in-memory benchmarks run over: <c>RR-2020</c>, the shipped edition's three Region tables
/// (4 008 allocations), or <c>synthetic-N</c>, three synthetic Region tables of N allocations in all.
/// </summary>
internal static class TableSets
{
    public const string Shipped = "RR-2020";

    public static IReadOnlyList<AllocationTable> Load(string name) =>
        name == Shipped
            ? EditionLoader.Load(Path.Combine(BenchStore.Data, "editions.csv")).Single(e => e.Name == Shipped).Tables
            : SyntheticTables.Generate(int.Parse(name["synthetic-".Length..], System.Globalization.CultureInfo.InvariantCulture),
                [AreaCode.Region(1), AreaCode.Region(2), AreaCode.Region(3)]);
}
