using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Spectrum.PostGis;

/// <summary>
/// Brings a database's schema up to the version this program was built with. Each script embedded under
/// <c>Migrations/</c> is applied once, in version order, in a transaction of its own, and recorded in
/// <c>schema_version</c>. A transaction-scoped advisory lock makes concurrent processes take turns, so a migration is
/// never applied twice and a process never sees a half-migrated schema.
/// </summary>
public static partial class SchemaMigrator
{
    /// <summary>The advisory lock key: "SPECTRUM" in ASCII, unlikely to collide with another application's key.</summary>
    public const long LockKey = 0x5350_4543_5452_554D;

    public static IReadOnlyList<Migration> Migrations { get; } = LoadEmbeddedMigrations();

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Applies the migrations the database lacks and returns their versions (none when it is up to date).</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        // Nearly every run finds the schema current: two reads then, with no lock and no transaction to wait for.
        if (await GetVersionAsync(connection, cancellationToken) == LatestVersion)
        {
            return [];
        }

        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await LockAsync(connection, cancellationToken);
            // postgis first: the schema uses its types. IF NOT EXISTS needs no privilege when an administrator
            // has already created it.
            await ExecuteAsync(connection, """
                CREATE EXTENSION IF NOT EXISTS postgis;
                CREATE TABLE IF NOT EXISTS schema_version (
                    version     int PRIMARY KEY,
                    name        text NOT NULL,
                    applied_at  timestamptz NOT NULL DEFAULT now()
                );
                """, cancellationToken);
            if (await ReadVersionAsync(connection, cancellationToken) is { } current && current > LatestVersion)
            {
                throw new StoreException(
                    $"The database schema is at version {current}, newer than this program's {LatestVersion}: use a newer spectrum.");
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var applied = new List<int>();
        foreach (var migration in Migrations)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockAsync(connection, cancellationToken);
            if (await IsAppliedAsync(connection, migration.Version, cancellationToken))
            {
                continue;
            }

            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await using (var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES ($1, $2)", connection))
            {
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Version);
        }

        return applied;
    }

    /// <summary>The highest version applied, or null when the database has never been migrated.</summary>
    public static async Task<int?> GetVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection);
        return (bool)(await exists.ExecuteScalarAsync(cancellationToken))!
            ? await ReadVersionAsync(connection, cancellationToken)
            : null;
    }

    private static async Task<int?> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT max(version) FROM schema_version", connection);
        return await command.ExecuteScalarAsync(cancellationToken) as int?;
    }

    private static async Task<bool> IsAppliedAsync(NpgsqlConnection connection, int version, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT FROM schema_version WHERE version = $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = LockKey });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<Migration> LoadEmbeddedMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Migrations/", StringComparison.Ordinal)))
        {
            var match = MigrationName().Match(resource);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration {resource} is not named Migrations/NNNN_name.sql.");
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            migrations.Add(new Migration(
                int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        // Versions 1, 2, 3 … with no gap or repeat: a gap means a script was lost, a repeat that two were merged badly.
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration versions must run 1, 2, 3 … without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No migrations are embedded.");
    }

    [GeneratedRegex(@"^Migrations/(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}
