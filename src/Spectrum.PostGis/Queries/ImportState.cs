using Npgsql;

namespace Spectrum.PostGis.Queries;

/// <summary>
/// The content hash of each data folder as last imported, by the folder's full path: what the hash covers is the
/// import plan's to say; the store only keeps it.
/// </summary>
public sealed class ImportState(NpgsqlDataSource dataSource)
{
    public async Task<string?> StoredHashAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT content_hash FROM import_state WHERE folder = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task RecordAsync(string key, string hash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO import_state (folder, content_hash) VALUES ($1, $2) ON CONFLICT (folder) DO UPDATE SET content_hash = excluded.content_hash, imported_at = now()");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = hash });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
