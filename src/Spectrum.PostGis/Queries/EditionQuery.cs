using Npgsql;

namespace Spectrum.PostGis.Queries;

/// <summary>A stored edition, with how much it holds.</summary>
public sealed record StoredEdition(
    string Name, int Ordinal, string Base, IReadOnlyList<string> Amendments, string Description, string Source, int Tables, long Allocations,
    string? ProposalFor);

/// <summary>Reads the editions the store knows, oldest first.</summary>
public sealed class EditionQuery(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<StoredEdition>> AllAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT e.name, e.ordinal, coalesce(e.base, ''), e.amendments, e.description, e.source,
                   coalesce(t.tables, 0)::int, coalesce(a.allocations, 0), e.proposal_for
            FROM edition e
            LEFT JOIN (SELECT edition, count(*) AS tables FROM allocation_table GROUP BY edition) t ON t.edition = e.name
            LEFT JOIN (SELECT t.edition, count(*) AS allocations
                       FROM allocation a JOIN allocation_table t ON t.id = a.table_id GROUP BY t.edition) a ON a.edition = e.name
            ORDER BY e.ordinal
            """);
        var editions = new List<StoredEdition>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            editions.Add(new StoredEdition(reader.GetString(0), reader.GetInt32(1), reader.GetString(2),
                reader.GetFieldValue<string[]>(3), reader.GetString(4), reader.GetString(5), reader.GetInt32(6), reader.GetInt64(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return editions;
    }

    /// <summary>
    /// The edition as a delegate should read its name: what it is built from and how many changes it holds
    /// (<c>RR-2020 (RR-2012 + 98 changes of WRC-15/19)</c>); the bare name for an edition stored without that.
    /// </summary>
    public async Task<string> LineageAsync(string edition, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT lineage FROM edition WHERE name = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition });
        return await command.ExecuteScalarAsync(cancellationToken) is string lineage ? lineage : edition;
    }

    /// <summary>True when the store holds tables of this edition.</summary>
    public async Task<bool> ExistsAsync(string edition, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM allocation_table WHERE edition = $1)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The names of the editions, oldest first, without counting what they hold.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT name FROM edition ORDER BY ordinal");
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>The newest edition of the RR listed (never a proposed table), or null when the store lists none.</summary>
    public async Task<string?> NewestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await NewestAsync(connection, cancellationToken);
    }

    /// <summary>The newest edition of the RR listed (never a proposed table), or null when the store lists none.</summary>
    internal static async Task<string?> NewestAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT name FROM edition WHERE proposal_for IS NULL ORDER BY ordinal DESC LIMIT 1", connection);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }
}
