using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Spectrum;
using Spectrum.Areas;
using Spectrum.Benchmarks;
using Spectrum.Conflicts;
using Spectrum.Csv;
using Spectrum.Csv.Areas;
using Spectrum.PostGis;
using Spectrum.PostGis.Import;
using Spectrum.PostGis.Queries;

// Usage: dotnet run -c Release --project tests/Spectrum.Benchmarks -- [rows,rows,…] [queries]
var sizes = (args.Length > 0 ? args[0] : "10000,100000,1000000").Split(',').Select(int.Parse).ToArray();
var queryCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var data = FindData();

var server = new ManagedPostgres(Path.Combine("/var/tmp", "spectrum-bench-" + Environment.ProcessId));
try
{
    await server.StartAsync();
    await using var dataSource = await SpectrumStore.OpenAsync(server.ConnectionString);
    var clock = Stopwatch.StartNew();
    var catalog = AreaCatalog.Build(
        CountryListReader.Read(Path.Combine(data, "areas", "countries.csv"))
            .Select(c => new ListedCountry(c.Country.Value, c.Name, c.Region?.RegionNumber is { } n ? (ItuRegion)n : null, c.Provenance)).ToList(),
        AreaGeoJson.ReadCountries(Path.Combine(data, "areas", "countries.geojson")),
        GroupListReader.Read(Path.Combine(data, "areas", "groups.csv")),
        "countries.geojson");
    await new StoreImporter(dataSource).ImportAsync(new ImportBatch(catalog, [], []), CancellationToken.None);
    Console.WriteLine($"areas built and imported: {clock.Elapsed.TotalSeconds:0.0} s");
    var countries = catalog.Areas.Where(a => a.Code.Kind == AreaKind.Country).Select(a => a.Code).ToList();

    // Conflicts in memory over the shipped RR-2020 tables (all three Regions; the proposal's Region applies).
    var rr2020 = EditionLoader.Load(Path.Combine(data, "editions.csv")).Single(e => e.Name == "RR-2020").Tables;
    var texts = FootnoteReader.Read(Path.Combine(data, "itu", "rr-2012-footnotes.csv")).ToDictionary(f => f.Id);
    var mobile = RadioService.Parse("Mobile");
    var inMemoryRandom = new Random(11);
    var inMemory = await TimeAsync(10_000, () =>
    {
        var region = AreaCode.Region(inMemoryRandom.Next(1, 4));
        var proposal = new Proposal(RandomRange(inMemoryRandom), region, "region", mobile, "identify-imt");
        ConflictFinder.Find(proposal, [.. rr2020.Select(t => new CandidateTable(t, t.Area == region ? TableRelation.Applies : TableRelation.Neighbour))], texts);
        return Task.FromResult<object?>(null);
    });
    Console.WriteLine($"conflicts in memory, RR-2020 (3 tables, {rr2020.Sum(t => t.Allocations.Count)} allocations), 10 000 random proposals: median {inMemory.Median:0.000} ms, p99 {inMemory.P99:0.000} ms");

    Console.WriteLine();
    Console.WriteLine("| allocations | tables | generate (s) | binary COPY (s) | COPY rows/s | query by country median / p99 (ms) | query by point median / p99 (ms) | conflicts by country median / p99 (ms) |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var size in sizes)
    {
        await ClearAsync(dataSource);
        clock.Restart();
        var tables = SyntheticTables.Generate(size, countries);
        var generate = clock.Elapsed;
        clock.Restart();
        var summary = await new StoreImporter(dataSource).ImportAsync(new ImportBatch(null, [], tables), CancellationToken.None);
        var copy = clock.Elapsed;
        await AnalyzeAsync(dataSource);

        var query = new AllocationQuery(dataSource);
        var random = new Random(7);
        var byCountry = await TimeAsync(queryCount, async () => await query.FindAsync(
            RandomRange(random), new AreaFilter.Known(countries[random.Next(countries.Count)]), null, null, CancellationToken.None));
        var byPoint = await TimeAsync(queryCount, async () => await query.FindAsync(
            RandomRange(random), new AreaFilter.Drawn(Wgs84.Point(random.NextDouble() * 360 - 180, random.NextDouble() * 140 - 70), "point"),
            null, null, CancellationToken.None));
        var conflicts = new ConflictQuery(dataSource);
        var byConflict = await TimeAsync(queryCount, async () =>
        {
            var country = countries[random.Next(countries.Count)];
            return await conflicts.FindAsync(new Proposal(RandomRange(random), country, country.Value, mobile, "identify-imt"),
                new AreaFilter.Known(country), "SYN", ConflictFinder.DefaultGuardHz, CancellationToken.None);
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {summary.Allocations:N0} | {summary.Tables} | {generate.TotalSeconds:0.00} | {copy.TotalSeconds:0.00} | {summary.Allocations / copy.TotalSeconds:N0} | {byCountry.Median:0.00} / {byCountry.P99:0.00} | {byPoint.Median:0.00} / {byPoint.P99:0.00} | {byConflict.Median:0.00} / {byConflict.P99:0.00} |"));
    }
}
finally
{
    await server.DestroyAsync();
}

static FrequencyRange RandomRange(Random random)
{
    // A band of 1 % to 20 % of its lower edge, lower edge log-uniform over 9 kHz - 275 GHz.
    var lower = (long)(9e3 * Math.Pow(275e9 / 9e3, random.NextDouble()));
    return FrequencyRange.FromHz(lower, lower + Math.Max(1, (long)(lower * (0.01 + (0.19 * random.NextDouble())))));
}

static async Task<(double Median, double P99)> TimeAsync<T>(int count, Func<Task<T>> run)
{
    for (var i = 0; i < 20; i++)
    {
        await run();
    }

    var times = new double[count];
    for (var i = 0; i < count; i++)
    {
        var clock = Stopwatch.StartNew();
        await run();
        times[i] = clock.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    return (times[count / 2], times[Math.Min(count - 1, (int)Math.Ceiling(count * 0.99) - 1)]);
}

static async Task ClearAsync(NpgsqlDataSource dataSource)
{
    await using var command = dataSource.CreateCommand("DELETE FROM allocation_table");
    await command.ExecuteNonQueryAsync();
}

static async Task AnalyzeAsync(NpgsqlDataSource dataSource)
{
    await using var command = dataSource.CreateCommand("VACUUM ANALYZE allocation");
    await command.ExecuteNonQueryAsync();
}

static string FindData()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Spectrum.sln")))
        {
            return Path.Combine(dir.FullName, "data");
        }
    }

    throw new InvalidOperationException("run from inside the Spectrum repository");
}
