namespace Spectrum.Benchmarks;

/// <summary>
/// Deterministic synthetic allocation tables: one national table per country, each covering 9 kHz - 275 GHz with
/// contiguous bands whose edges are spread evenly on a logarithmic scale (as the real Table's are, roughly), each
/// band holding one to four services of the Article 1 list, about a third of them primary, some with footnotes.
/// The same seed and size give the same rows.
/// </summary>
internal static class SyntheticTables
{
    private static readonly string[] Services =
    [
        "Fixed", "Mobile", "Mobile except aeronautical mobile", "Fixed-Satellite (Earth-to-space)",
        "Fixed-Satellite (space-to-Earth)", "Broadcasting", "Radiolocation", "Aeronautical Radionavigation",
        "Earth Exploration-Satellite (passive)", "Space Research (passive)", "Radio Astronomy", "Amateur",
        "Mobile-Satellite (space-to-Earth)", "Inter-Satellite", "Maritime Mobile", "Land Mobile",
    ];

    private static readonly string[] Footnotes = ["5.340", "5.149", "5.430A", "5.532AB", "5.553A", "5.338A", "5.384A"];

    public static IReadOnlyList<AllocationTable> Generate(int allocations, IReadOnlyList<AreaCode> countries, int seed = 2023)
    {
        var random = new Random(seed);
        var services = Services.Select(RadioService.Parse).ToArray();
        var provenance = new Provenance("synthetic, seed " + seed, Confidence.Low);
        var perTable = Math.Max(1, allocations / countries.Count);
        var tables = new List<AllocationTable>(countries.Count);
        var made = 0;
        for (var t = 0; t < countries.Count && made < allocations; t++)
        {
            var rows = Math.Min(perTable + (t < allocations % countries.Count ? 1 : 0), allocations - made);
            var bands = Math.Max(1, rows / 2);
            var rowsLeft = rows;
            var list = new List<Allocation>(rows);
            var upper = Edge(0, bands);
            for (var b = 0; b < bands && rowsLeft > 0; b++)
            {
                // At a few hundred thousand bands the lowest edges are less than a hertz apart: a band is at least 1 Hz.
                var lower = upper;
                upper = Math.Max(Edge(b + 1, bands), lower + 1);
                var range = FrequencyRange.FromHz(lower, upper);
                var inBand = b == bands - 1 ? rowsLeft : Math.Min(rowsLeft, random.Next(1, 4));
                var chosen = services.OrderBy(_ => random.Next()).Take(Math.Min(inBand, services.Length)).ToList();
                while (chosen.Count < inBand)
                {
                    chosen.Add(services[random.Next(services.Length)]);
                }

                foreach (var service in chosen)
                {
                    FootnoteId[] footnotes = random.Next(4) == 0 ? [FootnoteId.Parse(Footnotes[random.Next(Footnotes.Length)])] : [];
                    var status = random.Next(3) == 0 ? AllocationStatus.Primary : AllocationStatus.Secondary;
                    list.Add(new Allocation(range, service, status, footnotes, provenance));
                }

                rowsLeft -= inBand;
            }

            made += list.Count;
            tables.Add(new AllocationTable($"Synthetic {countries[t]}", "SYN", countries[t], list));
        }

        return tables;
    }

    /// <summary>
    /// Writes <paramref name="tables"/> to <paramref name="path"/> in the allocation-table CSV format of
    /// <c>data/README.md</c> (with an <c>area</c> column), so that reading the file gives the same tables.
    /// </summary>
    public static void WriteCsv(IReadOnlyList<AllocationTable> tables, string path)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.Write("table,edition,area,lower_hz,upper_hz,service,status,footnotes,source,confidence\n");
        foreach (var table in tables)
        {
            foreach (var allocation in table.Allocations)
            {
                writer.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{table.Name},{table.Edition},{table.Area},{allocation.Range.LowerHz},{allocation.Range.UpperHz},{allocation.Service.Name},{Terms.Of(allocation.Status)},{string.Join(' ', Terms.Of(allocation.Footnotes))},\"{allocation.Provenance.Source}\",{Terms.Of(allocation.Provenance.Confidence)}\n"));
            }
        }
    }

    // Band b of n on a log scale from 9 kHz to 275 GHz, in whole hertz.
    private static long Edge(int b, int n)
    {
        const double Low = 9e3;
        const double High = 275e9;
        return (long)Math.Round(Low * Math.Pow(High / Low, (double)b / n));
    }
}
