using System.Diagnostics;
using Npgsql;
using Spectrum.PostGis;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>
/// One PostGIS for every test in the <see cref="PostGisCollection"/>: a throwaway cluster in a temporary directory,
/// run without durability, migrated, and deleted at the end. When <c>SPECTRUM_TEST_DB</c> holds a connection string
/// the tests use that database instead (its user needs CREATEDB for <see cref="CreateDatabaseAsync"/>).
/// Without PostgreSQL or PostGIS on the machine the fixture fails, and with it every test, saying what to install.
/// </summary>
public sealed class PostGisFixture : IAsyncLifetime
{
    public const string ConnectionStringVariable = "SPECTRUM_TEST_DB";

    private string templateName = "";

    /// <summary>The throwaway server, or null when the tests use <c>SPECTRUM_TEST_DB</c>.</summary>
    public ManagedPostgres? Server { get; private set; }

    /// <summary>The migrated database shared by the collection: read from it freely, write only what you clean up.</summary>
    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    /// <summary>Cluster creation, server start and migration.</summary>
    public TimeSpan StartupTime { get; private set; }

    public TimeSpan TemplateTime { get; private set; }

    public async Task InitializeAsync()
    {
        try
        {
            var clock = Stopwatch.StartNew();
            if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured)
            {
                ConnectionString = configured;
            }
            else
            {
                Server = new ManagedPostgres(
                    Directory.CreateTempSubdirectory("spectrum-test-").FullName,
                    new ManagedPostgresOptions { Throwaway = true });
                await Server.StartAsync();
                ConnectionString = Server.ConnectionString;
            }

            DataSource = await SpectrumStore.OpenAsync(ConnectionString);
            StartupTime = clock.Elapsed;

            // Fresh databases are copies of a migrated template: far cheaper than migrating each one.
            clock.Restart();
            templateName = UniqueDatabaseName("template");
            await ExecuteAsync($"CREATE DATABASE {templateName}");
            await SpectrumStore.MigrateAsync(ConnectionStringFor(templateName));
            TemplateTime = clock.Elapsed;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
        {
            await DataSource.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DestroyAsync();
        }
        else if (templateName.Length > 0)
        {
            await DropDatabaseAsync(templateName);
        }
    }

    /// <summary>A database of its own, migrated and empty of data, dropped when disposed.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync()
    {
        var name = UniqueDatabaseName("db");
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {templateName}");
        var connectionString = ConnectionStringFor(name);
        return new TestDatabase(this, name, connectionString, await SpectrumStore.OpenAsync(connectionString));
    }

    /// <summary>
    /// A database with nothing in it, not even PostGIS, dropped when disposed. Its data source maps no geometry
    /// types: open the store on <see cref="TestDatabase.ConnectionString"/> for that.
    /// </summary>
    public async Task<TestDatabase> CreateEmptyDatabaseAsync()
    {
        var name = UniqueDatabaseName("empty");
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE template0");
        var connectionString = ConnectionStringFor(name);
        return new TestDatabase(this, name, connectionString, NpgsqlDataSource.Create(connectionString));
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    internal Task DropDatabaseAsync(string name) => ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private async Task ExecuteAsync(string sql)
    {
        // Unpooled: an idle pooled session in the template would make CREATE DATABASE … TEMPLATE fail.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string UniqueDatabaseName(string kind) => $"spectrum_test_{kind}_{Guid.NewGuid():N}";
}
