using System.Globalization;
using System.Text;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>
/// The server goes away in the middle of an import. A server of the test's own, since it is stopped: the shared one
/// serves the other tests meanwhile.
/// </summary>
public sealed class ServerStopTests : IAsyncLifetime
{
    // Enough rows that the COPY runs for seconds, so the test can stop the server while it does.
    private const int SyntheticRows = 40_000;

    private readonly ManagedPostgres server = new(
        Directory.CreateTempSubdirectory("spectrum-stop-").FullName, new ManagedPostgresOptions { Throwaway = true });

    private readonly CommandLine spectrum = new() { HangGuard = TimeSpan.FromMinutes(5) };

    public async Task InitializeAsync()
    {
        await server.StartAsync();
        spectrum.Configure(server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await server.DestroyAsync();
        await spectrum.DisposeAsync();
    }

    [Fact]
    public async Task An_import_whose_server_stops_while_copying_fails_in_one_line_keeps_the_previous_state_and_a_retry_succeeds()
    {
        // Given the shipped data in the store
        var first = await spectrum.RunAsync("import", ImportedStore.Data);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var before = await SnapshotAsync();

        // And an import of a large national table and a new text of 5.340, copying rows
        var table = Path.Combine(spectrum.Home, "synthetic.csv");
        await File.WriteAllTextAsync(table, SyntheticTable());
        var footnote = Path.Combine(spectrum.Home, "footnotes.csv");
        await File.WriteAllTextAsync(footnote, "id,text,source,confidence\n5.340,CHANGED,test,low\n");
        using var import = spectrum.Start("import", table, footnote);
        var output = import.StandardOutput.ReadToEndAsync();
        var error = import.StandardError.ReadToEndAsync();
        await WaitUntilCopyingAsync(import);

        // When the server is stopped (fast shutdown: sessions are ended)
        await server.StopAsync();
        await import.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        // Then the import fails with one line that says so, and no stack trace
        Assert.Equal(2, import.ExitCode);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: the import failed and nothing was written: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", await output, StringComparison.Ordinal);

        // And once the server is back the store is as it was
        await server.StartAsync();
        Assert.Equal(before, await SnapshotAsync());

        // And a retry succeeds, with every row once
        var retry = await spectrum.RunAsync("import", table, footnote);
        Assert.True(retry.ExitCode == 0, retry.Output + retry.Error);
        var after = await SnapshotAsync();
        Assert.Equal(before.Rows("allocation") + SyntheticRows, after.Rows("allocation"));
        Assert.Equal(before.Rows("allocation_table") + 1, after.Rows("allocation_table"));
        Assert.Equal(before.Rows("footnote"), after.Rows("footnote"));
        Assert.Equal("CHANGED", await Sql.ScalarOnceAsync<string>(server.ConnectionString, "SELECT text FROM footnote WHERE id = '5.340'"));
    }

    // One band after another from 9 kHz up, each a primary fixed allocation in the Netherlands.
    private static string SyntheticTable()
    {
        var csv = new StringBuilder("table,edition,area,lower_hz,upper_hz,service,status,footnotes,source,confidence\n");
        for (var i = 0; i < SyntheticRows; i++)
        {
            var lower = 9_000L + (i * 1_000L);
            csv.Append(CultureInfo.InvariantCulture, $"Synthetic NL,SYN,NL,{lower},{lower + 1_000},Fixed,primary,,synthetic,low\n");
        }

        return csv.ToString();
    }

    // pg_stat_progress_copy shows a COPY once its first rows are in; a one-off connection each time, as the server will stop.
    private async Task WaitUntilCopyingAsync(System.Diagnostics.Process import)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await Sql.ScalarOnceAsync<long>(server.ConnectionString,
                   "SELECT count(*) FROM pg_stat_progress_copy WHERE relid = 'allocation'::regclass AND tuples_processed > 0") == 0)
        {
            Assert.False(import.HasExited, $"the import ended (exit code {(import.HasExited ? import.ExitCode : 0)}) before it was seen copying: give it more rows");
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the import never started copying allocations");
            }

            await Task.Delay(20);
        }
    }

    private async Task<StoreSnapshot> SnapshotAsync()
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(
            new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString);
        return await StoreSnapshot.TakeAsync(dataSource);
    }
}
