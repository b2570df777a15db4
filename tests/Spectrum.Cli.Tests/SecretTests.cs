using Npgsql;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>A server of the tests' own that asks the account <c>planner</c> for a password, over its private socket.</summary>
public sealed class RefusingServer : IAsyncLifetime
{
    public ManagedPostgres Server { get; } = new(
        Directory.CreateTempSubdirectory("spectrum-secret-").FullName, new ManagedPostgresOptions { Throwaway = true });

    public async Task InitializeAsync()
    {
        await Server.StartAsync();
        await Sql.ExecuteOnceAsync(Server.ConnectionString, "CREATE ROLE planner LOGIN PASSWORD 'the-right-one'");

        // The first matching line wins: the planner must give a password, the server's own account is trusted still.
        var hba = Path.Combine(Server.DataDirectory, "pg_hba.conf");
        await File.WriteAllTextAsync(hba, "local all planner scram-sha-256\n" + await File.ReadAllTextAsync(hba));
        await Sql.ExecuteOnceAsync(Server.ConnectionString, "SELECT pg_reload_conf()");
    }

    public Task DisposeAsync() => Server.DestroyAsync();
}

/// <summary>
/// A password in a connection string is never printed: not in an error, not in a report, whether the string comes from
/// <c>--db</c> or the configuration, names a server that does not exist or one that refuses the password, or is
/// malformed.
/// </summary>
public sealed class SecretTests(RefusingServer refusing) : IClassFixture<RefusingServer>, IAsyncLifetime
{
    private readonly string secret = $"s3cr3t-{Guid.NewGuid():N}";

    private readonly ManagedPostgres server = refusing.Server;

    private readonly CommandLine spectrum = new() { HangGuard = TimeSpan.FromMinutes(2) };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await spectrum.DisposeAsync();

    public static TheoryData<string, string[]> Commands => new()
    {
        { "--db", ["query", "1GHz"] },
        { "--db", ["conflicts", "1GHz"] },
        { "--db", ["chart", "1-2GHz", "--out", "{home}/chart.png"] },
        { "--db", ["brief", "--data", "{data}", "--out", "{home}/brief"] },
        { "--db", ["import", "{data}"] },
        { "--db", ["positions"] },
        { "--db", ["editions"] },
        { "--db", ["diff", "RR-2020", "RR-2024"] },
        { "--db", ["areas", "export"] },
        { "--db", ["db", "status"] },
        { "configuration", ["query", "1GHz"] },
        { "configuration", ["import", "{data}"] },
        { "configuration", ["brief", "--data", "{data}", "--out", "{home}/brief"] },
        { "configuration", ["db", "status"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_password_for_a_server_that_does_not_exist_is_not_printed(string via, string[] args)
    {
        var result = await RunAsync(via, $"Host=127.0.0.1;Port=1;Database=spectrum;Username=planner;Password={secret}", args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Cannot connect to the database 'spectrum' at 127.0.0.1:1", result.Error, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Theory]
    [InlineData("--db", "query", "1GHz")]
    [InlineData("--db", "db", "status")]
    [InlineData("configuration", "import", "{data}")]
    [InlineData("configuration", "brief", "--data", "{data}", "--out", "{home}/brief")]
    public async Task A_password_the_server_refuses_is_not_printed_nor_logged(string via, params string[] args)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = "planner", Password = secret }.ConnectionString;

        var result = await RunAsync(via, connectionString, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("password authentication failed for user \"planner\"", result.Error, StringComparison.Ordinal);
        AssertNoSecret(result);
        Assert.DoesNotContain(secret, await File.ReadAllTextAsync(server.LogFile), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=not-a-port;Password={secret}")]
    [InlineData("Password={secret};No Such Keyword=1")]
    [InlineData("Host=127.0.0.1;Password='{secret};Port=1")]
    [InlineData("Host=127.0.0.1;Password={secret};Timeout=-5")]
    [InlineData("Host=127.0.0.1 Password={secret}")]
    public async Task A_password_in_a_malformed_connection_string_is_not_printed(string connectionString)
    {
        foreach (var args in new[] { new[] { "db", "status" }, ["query", "1GHz"] })
        {
            var result = await RunAsync("--db", connectionString.Replace("{secret}", secret, StringComparison.Ordinal), args);

            Assert.Equal(2, result.ExitCode);
            AssertNoSecret(result);
        }
    }

    [Theory]
    [InlineData("query", "1GHz", "--no-such-option")]
    [InlineData("chart", "1-2GHz", "--width", "wide")]
    [InlineData("query", "1GHz", "extra")]
    public async Task A_command_line_error_does_not_quote_the_password_of_the_db_option(params string[] args)
    {
        var result = await RunAsync("--db", $"Host=db.example;Username=planner;Password={secret}", args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error.Trim(), StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Fact]
    public async Task A_connection_string_given_where_a_file_belongs_is_not_printed_with_its_password()
    {
        var result = await spectrum.RunAsync("import", $"Host=db.example;Password={secret}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Host=db.example;Password=***", result.Error, StringComparison.Ordinal);
        Assert.Contains("no such file or folder", result.Error, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    private Task<CommandResult> RunAsync(string via, string connectionString, string[] args)
    {
        var expanded = args.Select(a => a
            .Replace("{home}", spectrum.Home, StringComparison.Ordinal)
            .Replace("{data}", ImportedStore.Data, StringComparison.Ordinal)).ToList();
        if (via == "--db")
        {
            // After the command's words and before its options, so that it works for branches (db status) too.
            expanded.InsertRange(expanded[0] is "db" or "areas" ? 2 : 1, ["--db", connectionString]);
        }
        else
        {
            spectrum.Configure(connectionString);
        }

        return spectrum.RunAsync([.. expanded]);
    }

    private void AssertNoSecret(CommandResult result)
    {
        Assert.DoesNotContain(secret, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, result.Error, StringComparison.Ordinal);
    }
}
