using System.Security.Cryptography;
using Npgsql;

namespace Spectrum.PostGis.Queries;

/// <summary>
/// The content hash of a data folder as last imported: SHA-256 over every data file's path (relative to the folder)
/// and bytes, in ordinal order of the paths. The same files give the same hash wherever the folder lies.
/// </summary>
public sealed class ImportState(NpgsqlDataSource dataSource)
{
    private static readonly string[] Extensions = [".csv", ".tsv", ".geojson"];

    public static string HashOf(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => (Path: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (path, relative) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

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
