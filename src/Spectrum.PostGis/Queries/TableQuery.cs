using Npgsql;
using NpgsqlTypes;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis.Queries;

/// <summary>Reads whole stored tables back into domain tables, band footnotes and marks included.</summary>
public sealed class TableQuery(NpgsqlDataSource dataSource)
{
    /// <param name="edition">The edition whose tables to read.</param>
    /// <param name="area">Only the table for this area (a Region), or null for all of the edition.</param>
    public Task<IReadOnlyList<AllocationTable>> LoadAsync(string edition, AreaCode? area, CancellationToken cancellationToken) =>
        ReadTablesAsync(
            "SELECT id, name, edition, area_code FROM allocation_table WHERE edition = $1 AND ($2::text IS NULL OR area_code = $2) ORDER BY name",
            [new NpgsqlParameter<string> { TypedValue = edition }, new NpgsqlParameter { Value = (object?)area?.Value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text }],
            cancellationToken);

    /// <summary>
    /// A country's national tables: those of the country whose edition is their own, no edition of the Table
    /// (<c>EFIS-2015</c>), the tables that answer for the country whatever RR edition is asked.
    /// </summary>
    public Task<IReadOnlyList<AllocationTable>> NationalAsync(AreaCode country, CancellationToken cancellationToken) =>
        ReadTablesAsync(
            """
            SELECT t.id, t.name, t.edition, t.area_code FROM allocation_table t
            WHERE t.area_code = $1 AND NOT EXISTS (SELECT 1 FROM edition e WHERE e.name = t.edition) ORDER BY t.name
            """,
            [new NpgsqlParameter<string> { TypedValue = country.Value }],
            cancellationToken);

    // The tables the query selects (id, name, edition, area code), read whole.
    private async Task<IReadOnlyList<AllocationTable>> ReadTablesAsync(string heads, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        var selected = new List<(int Id, string Name, string Edition, AreaCode Area)>();
        await using (var command = dataSource.CreateCommand(heads))
        {
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                selected.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), AreaCode.Parse(reader.GetString(3))));
            }
        }

        var tables = new List<AllocationTable>(selected.Count);
        foreach (var (id, name, edition, code) in selected)
        {
            tables.Add(new AllocationTable(name, edition, code,
                await AllocationsAsync(id, cancellationToken), await BandsAsync(id, cancellationToken)));
        }

        return tables;
    }

    /// <summary>True when the store holds a table of this name (matched as written, never as a pattern).</summary>
    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM allocation_table WHERE name = $1)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<List<Allocation>> AllocationsAsync(int tableId, CancellationToken cancellationToken)
    {
        var allocations = new List<Allocation>();
        await using var command = dataSource.CreateCommand(
            "SELECT lower(range), upper(range), service, status, footnotes, source, confidence, marks::text FROM allocation WHERE table_id = $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = tableId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            allocations.Add(StoredAllocations.Read(reader, 0));
        }

        return allocations;
    }

    private async Task<List<BandFootnotes>> BandsAsync(int tableId, CancellationToken cancellationToken)
    {
        var bands = new List<BandFootnotes>();
        await using var command = dataSource.CreateCommand(
            "SELECT lower(range), upper(range), footnotes, source, marks::text FROM band_footnote WHERE table_id = $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = tableId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            bands.Add(StoredAllocations.ReadBand(reader, 0));
        }

        return bands;
    }
}
