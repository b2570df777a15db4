using Npgsql;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>
/// Every table of a database's public schema with its row count and a hash of its rows: two snapshots are equal
/// only when no table was created, dropped or changed in between.
/// </summary>
public sealed record StoreSnapshot(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    public static async Task<StoreSnapshot> TakeAsync(NpgsqlDataSource dataSource)
    {
        var names = new List<string>();
        await using (var command = dataSource.CreateCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // The name comes from the catalog, quoted as an identifier by the server.
            await using var quote = dataSource.CreateCommand("SELECT quote_ident($1)");
            quote.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            var identifier = (string)(await quote.ExecuteScalarAsync())!;
            await using var command = dataSource.CreateCommand(
                $"SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM public.{identifier} t");
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            tables[name] = (reader.GetInt64(0), reader.GetString(1));
        }

        return new StoreSnapshot(tables);
    }

    public long Rows(string table) => Tables[table].Rows;

    public bool Equals(StoreSnapshot? other) => other is not null && Tables.SequenceEqual(other.Tables);

    public override int GetHashCode() => Tables.Count;

    public override string ToString() => string.Join(", ", Tables.Select(t => $"{t.Key}: {t.Value.Rows} rows {t.Value.Hash[..Math.Min(8, t.Value.Hash.Length)]}"));
}
