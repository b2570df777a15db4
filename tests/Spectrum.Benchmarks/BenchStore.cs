using Npgsql;
using Spectrum.Areas;
using Spectrum.Csv;
using Spectrum.Csv.Areas;
using Spectrum.PostGis;
using Spectrum.PostGis.Import;

namespace Spectrum.Benchmarks;

/// <summary>
/// The one managed PostGIS every benchmark of a run shares (a server with durable settings, as a user gets, under
/// <c>/var/tmp/spectrum-bench-&lt;pid&gt;</c>, deleted at the end), with the shipped areas imported once, and the
/// synthetic allocations last loaded, so that benchmarks of one size load them once.
/// </summary>
internal static class BenchStore
{
    private static ManagedPostgres? server;
    private static NpgsqlDataSource? dataSource;
    private static int loadedRows = -1;

    public static string Data { get; } = FindData();

    public static ManagedPostgres Server => server ?? throw new InvalidOperationException("the benchmark server is not started");

    public static NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("the benchmark server is not started");

    public static AreaCatalog Catalog { get; } = BuildCatalog();

    /// <summary>The listed countries, in catalogue order: the synthetic tables' areas.</summary>
    public static IReadOnlyList<AreaCode> Countries { get; } =
        [.. Catalog.Areas.Where(a => a.Code.Kind == AreaKind.Country).Select(a => a.Code)];

    public static async Task StartAsync()
    {
        server = new ManagedPostgres(Path.Combine("/var/tmp", "spectrum-bench-" + Environment.ProcessId));
        await server.StartAsync();
        // Loads of a million rows on a busy machine take longer than Npgsql's default 30 s per command.
        dataSource = await SpectrumStore.OpenAsync(server.ConnectionString + ";Command Timeout=0");
        await new StoreImporter(dataSource).ImportAsync(new ImportBatch(Catalog, [], []), CancellationToken.None);
    }

    public static async Task StopAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DestroyAsync();
        }
    }

    /// <summary>Makes the store hold exactly the synthetic tables of <paramref name="rows"/> allocations, analysed.</summary>
    public static async Task LoadSyntheticAsync(int rows)
    {
        if (loadedRows == rows)
        {
            return;
        }

        await ClearAsync();
        await new StoreImporter(DataSource).ImportAsync(
            new ImportBatch(null, [], SyntheticTables.Generate(rows, Countries)), CancellationToken.None);
        await ExecuteAsync("VACUUM ANALYZE allocation");
        loadedRows = rows;
    }

    /// <summary>Deletes every allocation table (and so every allocation) and the record of imported folders.</summary>
    public static async Task ClearAsync()
    {
        loadedRows = -1;
        await ExecuteAsync("TRUNCATE allocation_table, import_state RESTART IDENTITY CASCADE");
    }

    public static async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A range of 1 % to 20 % of its lower edge, the lower edge log-uniform over 9 kHz - 275 GHz.</summary>
    public static FrequencyRange RandomRange(Random random)
    {
        var lower = (long)(9e3 * Math.Pow(275e9 / 9e3, random.NextDouble()));
        return FrequencyRange.FromHz(lower, lower + Math.Max(1, (long)(lower * (0.01 + (0.19 * random.NextDouble())))));
    }

    // The shipped areas as an import reads them (countries without a polygon of their own take their aliases' polygons).
    private static AreaCatalog BuildCatalog() =>
        ImportPlan.Read([Path.Combine(Data, "areas")]).Build().Areas ?? throw new InvalidOperationException("data/areas holds no areas");

    private static string FindData()
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
}
