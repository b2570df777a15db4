using System.Collections.Concurrent;
using System.Net.Sockets;
using Npgsql;

namespace Spectrum.PostGis.Internal;

/// <summary>Opens plain (unpooled, type-agnostic) connections and turns every way of failing into one readable line.</summary>
internal static class StoreConnections
{
    public static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"The database connection string is not valid: {OneLine(e.Message)}", e);
        }
    }

    /// <summary>
    /// A connection of its own, outside any pool: used before PostGIS is known to exist (a pooled data source would
    /// cache the types it saw without geometry) and for administration that must not leave sessions behind.
    /// </summary>
    public static async Task<NpgsqlConnection> OpenUnpooledAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = Parse(connectionString);
        builder.Pooling = false;
        var connection = Unpooled.GetOrAdd(builder.ConnectionString, Untyped).CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException or IOException)
        {
            await connection.DisposeAsync();
            throw Unavailable(builder, e);
        }
    }

    // One unpooled data source per connection string for the process (it holds no connection, only settings).
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Unpooled = new(StringComparer.Ordinal);

    // Its statements read and write only built-in types: no round trip to load the database's types.
    private static NpgsqlDataSource Untyped(string connectionString) =>
        new NpgsqlDataSourceBuilder(connectionString).ConfigureTypeLoading(types => types.EnableTypeLoading(false)).Build();

    public static StoreUnavailableException Unavailable(NpgsqlConnectionStringBuilder builder, Exception e) =>
        new($"Cannot connect to the database {Describe(builder)}: {(IsMissingSocketDirectory(builder) ? "no such socket directory; is the server running?" : Reason(e))}", e);

    // The operating system's words for this case ("Cannot assign requested address") point nowhere useful.
    private static bool IsMissingSocketDirectory(NpgsqlConnectionStringBuilder builder) =>
        builder.Host is { } host && host.StartsWith('/') && !Directory.Exists(host);

    /// <summary>Where a connection string points, without its password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var host = builder.Host ?? "localhost";
        var where = host.StartsWith('/') ? $"socket {host}" : $"{host}:{builder.Port}";
        return $"'{builder.Database ?? builder.Username ?? "(default)"}' at {where}";
    }

    internal static string Reason(Exception e) => OneLine(e switch
    {
        PostgresException p => p.MessageText,
        _ when e.InnerException is { } inner && e is NpgsqlException => $"{e.Message.TrimEnd('.')} ({Reason(inner)})",
        _ => e.Message,
    });

    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
