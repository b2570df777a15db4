using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

public sealed class DbCommandTests : IAsyncLifetime
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=planning;Username=planner;Password=hunter2";

    private readonly CommandLine spectrum = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await spectrum.DisposeAsync();

    [Theory]
    [InlineData("status", "PostGIS and schema versions")]
    [InlineData("start", "bring its schema up to date")]
    [InlineData("stop", "saved data is kept")]
    [InlineData("reset", "--yes")]
    public async Task Each_db_command_explains_itself(string command, string expected)
    {
        var help = await spectrum.RunAsync("db", command, "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains($"spectrum db {command}", help.Text, StringComparison.Ordinal);
        Assert.Contains(expected, help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_offers_a_db_option_for_another_database()
    {
        var help = await spectrum.RunAsync("db", "status", "--help");

        Assert.Contains("--db <CONNECTION>", help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_without_yes_refuses_when_no_one_can_confirm()
    {
        var reset = await spectrum.RunAsync("db", "reset");

        Assert.Equal(2, reset.ExitCode);
        Assert.Contains("--yes", reset.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_a_one_line_error_and_exit_code_2()
    {
        var status = await spectrum.RunAsync("db", "status", "--db", Unreachable);

        Assert.Equal(2, status.ExitCode);
        Assert.Equal("", status.Output);
        // One line, and no stack trace.
        var line = Assert.Single(status.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Cannot connect to the database 'planning' at 127.0.0.1:1", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_string_from_the_configuration_is_used_when_there_is_no_db_option()
    {
        spectrum.Configure(Unreachable.Replace("planning", "configured", StringComparison.Ordinal));

        var status = await spectrum.RunAsync("db", "status");

        Assert.Equal(2, status.ExitCode);
        Assert.Contains("'configured' at 127.0.0.1:1", status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_of_a_store_never_started_says_so_without_creating_it()
    {
        var status = await spectrum.RunAsync("db", "status");

        Assert.Equal(0, status.ExitCode);
        Assert.Contains($"Home {spectrum.Home}", status.Text, StringComparison.Ordinal);
        Assert.Contains("State not initialised", status.Text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(spectrum.Home, "pgdata")));
    }

    [Fact]
    public async Task Start_status_stop_and_reset_from_the_command_line()
    {
        var start = await spectrum.RunAsync("db", "start");
        Assert.Equal(0, start.ExitCode);
        Assert.Matches(@"State running \(pid \d+\)", start.Text);
        Assert.Contains($"Schema migrated to version {SchemaMigrator.LatestVersion}", start.Text, StringComparison.Ordinal);

        var status = await spectrum.RunAsync("db", "status");
        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"State running \(pid \d+\)", status.Text);
        Assert.Matches(@"PostgreSQL \d+\.\d+", status.Text);
        Assert.Matches(@"PostGIS 3\.", status.Text);
        Assert.Contains($"Schema version {SchemaMigrator.LatestVersion}", status.Text, StringComparison.Ordinal);

        var again = await spectrum.RunAsync("db", "start");
        Assert.Contains("State already running", again.Text, StringComparison.Ordinal);

        Assert.Equal(0, (await spectrum.RunAsync("db", "stop")).ExitCode);
        Assert.Contains("State stopped", (await spectrum.RunAsync("db", "status")).Text, StringComparison.Ordinal);

        var reset = await spectrum.RunAsync("db", "reset", "--yes");
        Assert.Equal(0, reset.ExitCode);
        Assert.Contains("State not initialised", (await spectrum.RunAsync("db", "status")).Text, StringComparison.Ordinal);
    }
}
