using Npgsql;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>
/// Every table of a database's public schema with its columns, its row count and a hash of where and by which
/// transaction each row was written (ctid and xmin): any insert, update or delete writes a row version with a new
/// ctid and xmin, so two snapshots are equal only when no table was created, dropped, altered or written in between.
/// Cheap, as no row's content is read.
/// </summary>
public sealed record StoreSnapshot(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    public static async Task<StoreSnapshot> TakeAsync(NpgsqlDataSource dataSource)
    {
        var tables = new SortedDictionary<string, (string Identifier, string Columns)>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand(
            """
            SELECT c.relname, quote_ident(c.relname),
                   string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = 'public' AND c.relkind = 'r'
            GROUP BY c.relname
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        var snapshot = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var (name, (identifier, columns)) in tables)
        {
            // The identifier was quoted by the server, from the catalog.
            await using var command = dataSource.CreateCommand(
                $"SELECT count(*), coalesce(md5(string_agg(ctid::text || xmin::text, ',' ORDER BY ctid)), '') FROM public.{identifier}");
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            snapshot[name] = (reader.GetInt64(0), $"{reader.GetString(1)} ({columns})");
        }

        return new StoreSnapshot(snapshot);
    }

    public long Rows(string table) => Tables[table].Rows;

    public bool Equals(StoreSnapshot? other) => other is not null && Tables.SequenceEqual(other.Tables);

    public override int GetHashCode() => Tables.Count;

    public override string ToString() => string.Join("; ", Tables.Select(t => $"{t.Key}: {t.Value.Rows} rows, {t.Value.Hash}"));
}
