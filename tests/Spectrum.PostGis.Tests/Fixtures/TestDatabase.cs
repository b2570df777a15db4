using Npgsql;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>A database that belongs to one test (or one test class) and is dropped when disposed.</summary>
public sealed class TestDatabase(PostGisFixture fixture, string name, string connectionString, NpgsqlDataSource dataSource)
    : IAsyncDisposable
{
    public string Name => name;

    public string ConnectionString => connectionString;

    public NpgsqlDataSource DataSource => dataSource;

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        await fixture.DropDatabaseAsync(name);
    }
}
