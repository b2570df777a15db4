using NetTopologySuite.Geometries;
using Spectrum.PostGis.Tests.Fixtures;
using Xunit.Abstractions;

namespace Spectrum.PostGis.Tests;

public sealed class SpectrumStoreTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Database=spectrum;Username=planner;Password=hunter2", "'spectrum' at 127.0.0.1:1")]
    [InlineData("Host=/nonexistent/socket;Database=spectrum;Username=planner;Password=hunter2", "no such socket directory")]
    public async Task An_unreachable_database_is_one_line_that_names_it_without_the_password(string connectionString, string expected)
    {
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SpectrumStore.OpenAsync(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_reported_as_such()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => SpectrumStore.OpenAsync("Hots=db.example"));

        Assert.Contains("connection string is not valid", error.Message, StringComparison.Ordinal);
    }
}

[Collection(PostGisCollection.Name)]
public sealed class SpectrumStoreOnPostGisTests(PostGisFixture fixture)
{
    [Fact]
    public async Task Opening_a_database_without_postgis_creates_it_before_the_data_source_first_connects()
    {
        await using var database = await fixture.CreateEmptyDatabaseAsync();

        await using var dataSource = await SpectrumStore.OpenAsync(database.ConnectionString);

        // Writing geometry needs the geometry type to be known from the first connection on.
        var square = new GeometryFactory(new PrecisionModel(), 4326).CreatePolygon(
            [new(0, 0), new(1, 0), new(1, 1), new(0, 1), new(0, 0)]);
        Assert.Equal("POLYGON((0 0,1 0,1 1,0 1,0 0))", await dataSource.ScalarAsync<string>("SELECT ST_AsText($1)", square));
    }

    [Fact]
    public async Task The_shared_store_is_migrated()
    {
        Assert.Equal(SchemaMigrator.LatestVersion, await fixture.DataSource.ScalarAsync<int>("SELECT max(version) FROM schema_version"));
    }
}

[Collection(PostGisCollection.Name)]
public sealed class PostGisFixtureTests(PostGisFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_fixture_reports_how_long_its_server_took_to_be_ready()
    {
        output.WriteLine($"init + start + migrate: {fixture.StartupTime.TotalMilliseconds:0} ms; template: {fixture.TemplateTime.TotalMilliseconds:0} ms");

        Assert.True(fixture.StartupTime > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_fresh_database_is_migrated_and_holds_no_data()
    {
        await using var database = await fixture.CreateDatabaseAsync();

        Assert.Equal(SchemaMigrator.LatestVersion, await database.DataSource.ScalarAsync<int>("SELECT max(version) FROM schema_version"));
        Assert.Equal(0L, await database.DataSource.ScalarAsync<long>("SELECT count(*) FROM allocation"));
    }
}
