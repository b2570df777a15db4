using NetTopologySuite;
using Npgsql;
using Spectrum.Areas;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis;

/// <summary>
/// The way in to the store. <see cref="OpenAsync(string?, ManagedPostgres?, CancellationToken, bool)"/> gives the one
/// <see cref="NpgsqlDataSource"/> a program needs, with NetTopologySuite mapping geometry, on a database whose schema
/// is up to date. Failures are <see cref="StoreException"/>s with a message fit for the console.
/// </summary>
public static class SpectrumStore
{
    /// <summary>
    /// Opens the database named by <paramref name="connectionString"/>; when it is null or blank, the managed local
    /// PostGIS (<paramref name="managed"/>, by default the current user's), started if it is not running.
    /// PostGIS is created and the schema migrated before the data source exists, so the data source's first
    /// connection already knows the geometry types. The caller owns (and disposes) the data source.
    /// With <paramref name="readOnly"/> every transaction of the data source is read-only (PostgreSQL's
    /// <c>default_transaction_read_only</c>): the server refuses any write, as a service answering questions needs.
    /// </summary>
    public static async Task<NpgsqlDataSource> OpenAsync(
        string? connectionString, ManagedPostgres? managed = null, CancellationToken cancellationToken = default, bool readOnly = false)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            managed ??= ManagedPostgres.ForCurrentUser();
            await managed.StartAsync(cancellationToken);
            connectionString = managed.ConnectionString;
        }

        await MigrateAsync(connectionString, cancellationToken);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (readOnly)
        {
            builder.ConnectionStringBuilder.Options = $"{builder.ConnectionStringBuilder.Options} -c default_transaction_read_only=on".Trim();
        }

        // Geometries read back are made by the planner's one factory: SRID 4326 and the robust overlay.
        NtsGeometryServices.Instance = Wgs84.Services;
        builder.UseNetTopologySuite(Wgs84.Services.DefaultCoordinateSequenceFactory, Wgs84.Services.DefaultPrecisionModel);
        return builder.Build();
    }

    /// <summary>Creates PostGIS if needed and applies the migrations the database lacks; returns their versions.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = await StoreConnections.OpenUnpooledAsync(connectionString, cancellationToken);
        try
        {
            return await SchemaMigrator.MigrateAsync(connection, cancellationToken);
        }
        catch (PostgresException e)
        {
            var where = StoreConnections.Describe(StoreConnections.Parse(connectionString));
            throw new StoreException($"Cannot bring the schema of {where} up to date: {StoreConnections.OneLine(e.MessageText)}", e);
        }
    }

    /// <summary>What a database is, read without changing anything: for status reports.</summary>
    public static async Task<StoreDescription> DescribeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = await StoreConnections.OpenUnpooledAsync(connectionString, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version'), (SELECT extversion FROM pg_extension WHERE extname = 'postgis')",
            connection);
        string serverVersion;
        string? postGisVersion;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            serverVersion = reader.GetString(0);
            postGisVersion = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return new StoreDescription(
            StoreConnections.Describe(StoreConnections.Parse(connectionString)),
            serverVersion,
            postGisVersion,
            await SchemaMigrator.GetVersionAsync(connection, cancellationToken));
    }
}

/// <summary>
/// A database as a status report shows it. <see cref="PostGisVersion"/> is null when the extension is not created,
/// <see cref="SchemaVersion"/> when the database was never migrated.
/// </summary>
public sealed record StoreDescription(string Location, string ServerVersion, string? PostGisVersion, int? SchemaVersion);
