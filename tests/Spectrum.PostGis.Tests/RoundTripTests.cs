using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

/// <summary>
/// Values written from .NET are what PostGIS computes with, and values PostGIS makes are what .NET reads:
/// the database is the expected answer.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class RoundTripTests(PostGisFixture fixture) : IAsyncLifetime
{
    private const long Lower = 6_425_000_000;
    private const long Upper = 7_125_000_000;

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await fixture.CreateDatabaseAsync();
        await database.DataSource.ExecuteAsync("""
            INSERT INTO area (code, kind, name, itu_region, geom, source, confidence)
                VALUES ('R1', 'region', 'ITU Region 1', 1, ST_Multi(ST_MakeEnvelope(-20, -40, 60, 70, 4326)), 'test', 'high');
            INSERT INTO allocation_table (id, name, edition, area_code) VALUES (1, 'RR Article 5', '2024', 'R1');
            """);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_band_written_from_dotnet_is_half_open_in_postgres()
    {
        await InsertAllocationAsync(new NpgsqlRange<long>(Lower, true, Upper, false));

        await using var command = database.DataSource.CreateCommand(
            "SELECT lower(range), upper(range), lower_inc(range), upper_inc(range), range::text FROM allocation");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(Lower, reader.GetInt64(0));
        Assert.Equal(Upper, reader.GetInt64(1));
        Assert.True(reader.GetBoolean(2));
        Assert.False(reader.GetBoolean(3));
        Assert.Equal("[6425000000,7125000000)", reader.GetString(4));
    }

    [Fact]
    public async Task A_band_postgres_makes_reads_back_with_the_same_edges()
    {
        var band = await database.DataSource.ScalarAsync<NpgsqlRange<long>>("SELECT int8range(6425000000, 7125000000)");

        Assert.Equal(new NpgsqlRange<long>(Lower, true, Upper, false), band);
    }

    [Fact]
    public async Task A_band_with_both_edges_included_is_stored_half_open_one_hertz_higher()
    {
        // The trap in new NpgsqlRange<long>(lo, hi): it includes both ends.
        await InsertAllocationAsync(new NpgsqlRange<long>(Lower, Upper));

        Assert.Equal(Upper + 1, await database.DataSource.ScalarAsync<long>("SELECT upper(range) FROM allocation"));
    }

    [Fact]
    public async Task Adjacent_bands_touch_but_do_not_overlap()
    {
        await using var command = database.DataSource.CreateCommand("SELECT $1 && $2, $1 -|- $2");
        command.Parameters.Add(BandParameter(new NpgsqlRange<long>(5_925_000_000, true, Lower, false)));
        command.Parameters.Add(BandParameter(new NpgsqlRange<long>(Lower, true, Upper, false)));
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.False(reader.GetBoolean(0));
        Assert.True(reader.GetBoolean(1));
    }

    [Theory]
    [InlineData("empty", "an empty band")]
    [InlineData("[6425000000,)", "a band with no upper edge")]
    [InlineData("(,7125000000)", "a band with no lower edge")]
    [InlineData("[-5,10)", "a band below zero hertz")]
    public async Task An_allocation_needs_a_bounded_non_empty_band(string range, string description)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => database.DataSource.ExecuteAsync(
            "INSERT INTO allocation (table_id, range, service, status, source, confidence) VALUES (1, $1::int8range, 'MOBILE', 'primary', 'test', 'high')",
            range));

        Assert.True(error.SqlState == PostgresErrorCodes.CheckViolation, description);
    }

    [Fact]
    public async Task A_multipolygon_written_from_dotnet_is_what_postgis_reads()
    {
        var area = Wgs84.CreateMultiPolygon([Square(0, 0, 10), Square(20, 0, 5)]);
        await database.DataSource.ExecuteAsync(
            "INSERT INTO area (code, kind, name, geom, source, confidence) VALUES ('XX', 'group', 'Two squares', $1, 'test', 'high')",
            area);

        await using var command = database.DataSource.CreateCommand(
            "SELECT ST_SRID(geom), ST_AsText(geom), ST_NumGeometries(geom), ST_Area(geom) FROM area WHERE code = 'XX'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(4326, reader.GetInt32(0));
        Assert.Equal("MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((20 0,25 0,25 5,20 5,20 0)))", reader.GetString(1));
        Assert.Equal(2, reader.GetInt32(2));
        Assert.Equal(125.0, reader.GetDouble(3));
    }

    [Fact]
    public async Task A_multipolygon_postgis_makes_reads_back_in_dotnet_with_srid_4326()
    {
        var geometry = await database.DataSource.ScalarAsync<Geometry>("SELECT geom FROM area WHERE code = 'R1'");

        var area = Assert.IsType<MultiPolygon>(geometry);
        Assert.Equal(4326, area.SRID);
        Assert.Equal(new Envelope(-20, 60, -40, 70), area.EnvelopeInternal);
        Assert.Equal(80.0 * 110.0, area.Area);
    }

    [Fact]
    public async Task A_polygon_is_refused_where_a_multipolygon_belongs()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => database.DataSource.ExecuteAsync(
            "INSERT INTO area (code, kind, name, geom, source, confidence) VALUES ('XX', 'group', 'One square', $1, 'test', 'high')",
            Square(0, 0, 10)));

        Assert.Equal("22023", error.SqlState);
    }

    private async Task InsertAllocationAsync(NpgsqlRange<long> band) => await database.DataSource.ExecuteAsync(
        "INSERT INTO allocation (table_id, range, service, status, source, confidence) VALUES (1, $1, 'FIXED', 'primary', 'test', 'high')",
        BandParameter(band));

    // Typed explicitly: an untyped range can be written as the wrong range type without any error.
    private static NpgsqlParameter BandParameter(NpgsqlRange<long> band) =>
        new() { Value = band, NpgsqlDbType = NpgsqlDbType.BigIntRange };

    private static Polygon Square(double x, double y, double side) => Wgs84.CreatePolygon(
    [
        new Coordinate(x, y), new Coordinate(x + side, y), new Coordinate(x + side, y + side),
        new Coordinate(x, y + side), new Coordinate(x, y),
    ]);
}
