using System.Diagnostics;
using Npgsql;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

/// <summary>The managed server's life: each test starts it first (starting is idempotent) and may stop or reset it.</summary>
public sealed class ManagedPostgresTests(UserServerFixture fixture) : IClassFixture<UserServerFixture>
{
    private ManagedPostgres Server => fixture.Server;

    [Fact]
    public async Task A_started_server_runs_with_a_process_id()
    {
        await Server.StartAsync();

        var status = await Server.GetStatusAsync();

        Assert.Equal(ServerState.Running, status.State);
        Assert.NotNull(status.ProcessId);
    }

    [Fact]
    public async Task The_server_listens_on_no_tcp_port()
    {
        await Server.StartAsync();

        Assert.Equal("", await Sql.ScalarOnceAsync<string>(Server.ConnectionString, "SHOW listen_addresses"));
    }

    [Fact]
    public async Task Its_socket_directory_is_private_to_the_account_that_runs_the_server()
    {
        await Server.StartAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Server.SocketDirectory));
        Assert.Equal(Server.ServerUser, await OwnerAsync(Server.SocketDirectory));
    }

    [Fact]
    public async Task A_home_it_creates_and_the_data_directory_and_log_in_it_are_closed_to_other_accounts()
    {
        // A parent the server's account can pass through (when root, that account is postgres), and a home not there yet.
        var parent = Directory.CreateTempSubdirectory("spectrum-modes-").FullName;
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherExecute);
        var server = new ManagedPostgres(Path.Combine(parent, "home"), new ManagedPostgresOptions { Throwaway = true });
        try
        {
            await server.StartAsync();

            const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
            Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(server.DataDirectory) & GroupOrOther);
            Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(server.LogFile) & GroupOrOther);
            // No one else may list or change the home; as root it lets the postgres account pass through to its directories.
            var expected = Environment.IsPrivilegedProcess ? UnixFileMode.OtherExecute : 0;
            Assert.Equal(expected, File.GetUnixFileMode(server.Home) & GroupOrOther);
        }
        finally
        {
            await server.DestroyAsync();
            Directory.Delete(parent);
        }
    }

    [Fact]
    public async Task A_users_server_keeps_every_durability_setting_on()
    {
        await Server.StartAsync();

        foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
        {
            Assert.Equal("on", await Sql.ScalarOnceAsync<string>(Server.ConnectionString, $"SHOW {setting}"));
        }
    }

    [Fact]
    public async Task Starting_a_running_server_changes_nothing()
    {
        await Server.StartAsync();
        var before = await Server.GetStatusAsync();

        await Server.StartAsync();

        Assert.Equal(before, await Server.GetStatusAsync());
    }

    [Fact]
    public async Task A_running_server_is_used_as_it_is_and_only_a_stopped_one_needs_the_server_programs()
    {
        await Server.StartAsync();
        // The same home with server programs that do not exist: a start that ran pg_ctl or initdb would fail.
        var missing = new PostgresInstallation("/nonexistent/postgresql/bin", "/nonexistent/share", "15.0", "3.3.0");
        var sameHome = new ManagedPostgres(Server.Home, new ManagedPostgresOptions { Installation = missing });

        await sameHome.StartAsync();
        Assert.Equal(1, await Sql.ScalarOnceAsync<int>(sameHome.ConnectionString, "SELECT 1"));

        await Server.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => sameHome.StartAsync());
        await Server.StartAsync();
        Assert.Equal(ServerState.Running, (await Server.GetStatusAsync()).State);
    }

    [Fact]
    public async Task Data_survives_a_stop_and_a_start()
    {
        await Server.StartAsync();
        await Sql.ExecuteOnceAsync(Server.ConnectionString, "CREATE TABLE IF NOT EXISTS kept (note text); INSERT INTO kept VALUES ('still here')");

        await Server.StopAsync();
        Assert.Equal(ServerStatus.Stopped, await Server.GetStatusAsync());
        await Server.StartAsync();

        Assert.Equal("still here", await Sql.ScalarOnceAsync<string>(Server.ConnectionString, "SELECT note FROM kept LIMIT 1"));
    }

    [Fact]
    public async Task Stopping_a_stopped_server_does_nothing()
    {
        await Server.StartAsync();
        await Server.StopAsync();

        await Server.StopAsync();

        Assert.Equal(ServerStatus.Stopped, await Server.GetStatusAsync());
    }

    [Fact]
    public async Task Reset_deletes_the_cluster_and_the_next_start_begins_empty()
    {
        await Server.StartAsync();
        await Sql.ExecuteOnceAsync(Server.ConnectionString, "CREATE TABLE IF NOT EXISTS doomed (note text)");

        await Server.ResetAsync();

        Assert.Equal(ServerStatus.NotInitialised, await Server.GetStatusAsync());
        Assert.False(Directory.Exists(Server.DataDirectory));
        await Server.StartAsync();
        Assert.False(await Sql.ScalarOnceAsync<bool>(Server.ConnectionString, "SELECT to_regclass('doomed') IS NOT NULL"));
        Assert.True(await Sql.ScalarOnceAsync<bool>(Server.ConnectionString, "SELECT EXISTS (SELECT FROM pg_extension WHERE extname = 'postgis')"));
    }

    [Fact]
    public async Task A_pid_file_left_by_a_crash_does_not_block_the_next_start()
    {
        await Server.StartAsync();
        var crashed = (await Server.GetStatusAsync()).ProcessId!.Value;

        // Given the postmaster killed outright, its pid file left behind
        Process.GetProcessById(crashed).Kill();
        await WaitUntilGoneAsync(crashed);
        Assert.True(File.Exists(Path.Combine(Server.DataDirectory, "postmaster.pid")));
        Assert.Equal(ServerStatus.Stopped, await Server.GetStatusAsync());

        // When started again
        await Server.StartAsync();

        // Then it runs as a new process and answers
        var status = await Server.GetStatusAsync();
        Assert.Equal(ServerState.Running, status.State);
        Assert.NotEqual(crashed, status.ProcessId);
        Assert.Equal(1, await Sql.ScalarOnceAsync<int>(Server.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task Opening_the_store_with_no_connection_string_uses_the_managed_server_migrated()
    {
        await using var dataSource = await SpectrumStore.OpenAsync(null, Server);

        Assert.Equal(ManagedPostgres.DatabaseName, await dataSource.ScalarAsync<string>("SELECT current_database()"));
        Assert.Equal(SchemaMigrator.LatestVersion, await dataSource.ScalarAsync<int>("SELECT max(version) FROM schema_version"));
        Assert.Equal(Server.SocketDirectory, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Host);
    }

    private static async Task WaitUntilGoneAsync(int processId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Directory.Exists($"/proc/{processId}") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<string> OwnerAsync(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%U", path]) { RedirectStandardOutput = true })!;
        var owner = await stat.StandardOutput.ReadToEndAsync();
        await stat.WaitForExitAsync();
        return owner.Trim();
    }
}
