using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

[Collection(PostGisCollection.Name)]
public sealed class MigrationTests(PostGisFixture fixture) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await fixture.CreateEmptyDatabaseAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public void Embedded_migrations_are_numbered_from_one_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrator.Migrations.Count), SchemaMigrator.Migrations.Select(m => m.Version));
        Assert.Equal("initial", SchemaMigrator.Migrations[0].Name);
        Assert.Equal(SchemaMigrator.Migrations.Count, SchemaMigrator.LatestVersion);
    }

    [Fact]
    public async Task An_empty_database_gets_every_migration_once_and_a_record_of_each()
    {
        var applied = await SpectrumStore.MigrateAsync(database.ConnectionString);

        Assert.Equal(SchemaMigrator.Migrations.Select(m => m.Version), applied);
        Assert.Equal(
            SchemaMigrator.Migrations.Select(m => $"{m.Version} {m.Name}"),
            await ReadSchemaVersionAsync());
        Assert.True(await database.DataSource.ScalarAsync<bool>(
            "SELECT bool_and(applied_at > now() - interval '1 minute') FROM schema_version"));
    }

    [Fact]
    public async Task Migrating_a_second_time_applies_nothing()
    {
        await SpectrumStore.MigrateAsync(database.ConnectionString);
        var recorded = await ReadSchemaVersionAsync();

        var applied = await SpectrumStore.MigrateAsync(database.ConnectionString);

        Assert.Empty(applied);
        Assert.Equal(recorded, await ReadSchemaVersionAsync());
    }

    [Fact]
    public async Task Processes_migrating_at_once_take_turns_and_apply_each_migration_once()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SpectrumStore.MigrateAsync(database.ConnectionString))));

        Assert.Equal(SchemaMigrator.Migrations.Select(m => m.Version), runs.SelectMany(applied => applied).Order());
        Assert.Equal(SchemaMigrator.Migrations.Count, (await ReadSchemaVersionAsync()).Count);
    }

    [Fact]
    public async Task The_migrated_schema_has_the_store_tables_with_their_spatial_and_range_indexes()
    {
        await SpectrumStore.MigrateAsync(database.ConnectionString);

        foreach (var table in new[] { "area", "area_member", "footnote", "allocation_table", "allocation", "band_footnote" })
        {
            Assert.True(await database.DataSource.ScalarAsync<bool>("SELECT to_regclass($1) IS NOT NULL", table), table);
        }

        foreach (var index in new[] { "area_geom_idx", "allocation_range_idx", "band_footnote_range_idx" })
        {
            Assert.Equal("gist", await database.DataSource.ScalarAsync<string>(
                "SELECT am.amname::text FROM pg_class c JOIN pg_am am ON am.oid = c.relam WHERE c.relname = $1", index));
        }

        Assert.Equal(4326, await database.DataSource.ScalarAsync<int>("SELECT Find_SRID('public', 'area', 'geom')"));
    }

    [Fact]
    public async Task The_schema_version_is_the_latest_after_migrating()
    {
        await SpectrumStore.MigrateAsync(database.ConnectionString);

        var description = await SpectrumStore.DescribeAsync(database.ConnectionString);

        Assert.Equal(SchemaMigrator.LatestVersion, description.SchemaVersion);
        Assert.NotNull(description.PostGisVersion);
    }

    [Fact]
    public async Task A_database_never_migrated_has_no_schema_version()
    {
        Assert.Null((await SpectrumStore.DescribeAsync(database.ConnectionString)).SchemaVersion);
    }

    [Fact]
    public async Task A_database_migrated_by_a_newer_program_is_refused()
    {
        await SpectrumStore.MigrateAsync(database.ConnectionString);
        await database.DataSource.ExecuteAsync(
            "INSERT INTO schema_version (version, name) VALUES ($1, 'from_the_future')", SchemaMigrator.LatestVersion + 1);

        var error = await Assert.ThrowsAsync<StoreException>(() => SpectrumStore.MigrateAsync(database.ConnectionString));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    private async Task<List<string>> ReadSchemaVersionAsync()
    {
        await using var command = database.DataSource.CreateCommand("SELECT version, name FROM schema_version ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetInt32(0)} {reader.GetString(1)}");
        }

        return rows;
    }
}
