using Npgsql;
using NpgsqlTypes;
using Spectrum.PostGis.Import;

namespace Spectrum.PostGis.Queries;

/// <summary>The application layers of tables already chosen (those a chart draws), in one round trip.</summary>
public sealed class ApplicationQuery(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// What each of the tables (matched by name and edition) lists as applications overlapping the range, by table
    /// name, in frequency order; a table that lists none has no entry.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<BandApplication>>> ByTableAsync(
        IEnumerable<AllocationTable> tables, FrequencyRange range, CancellationToken cancellationToken)
    {
        var wanted = tables.DistinctBy(t => (t.Name, t.Edition)).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT t.name, t.edition, t.area_code, lower(a.range), upper(a.range), a.single_frequency,
                   a.name, a.measure, a.standard, a.notes, a.source, a.confidence
            FROM application a JOIN allocation_table t ON t.id = a.table_id
            JOIN unnest($1::text[], $2::text[]) AS w (name, edition) ON w.name = t.name AND w.edition = t.edition
            WHERE a.range && $3
            ORDER BY lower(a.range), upper(a.range), t.name, a.name
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = wanted.Select(t => t.Name).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = wanted.Select(t => t.Edition).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = StoreImporter.RangeOf(range), NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
        var rows = new List<ApplicationRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Read(reader));
            }
        }

        return rows.GroupBy(r => r.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BandApplication>)[.. g.Select(r => r.Application)], StringComparer.Ordinal);
    }

    /// <summary>
    /// One application row of a select that lists, from column 0: table name, edition, area code, lower and upper
    /// edge, single_frequency, name, measure, standard, notes, source, confidence.
    /// </summary>
    internal static ApplicationRow Read(NpgsqlDataReader reader)
    {
        var lower = Frequency.FromHz(reader.GetInt64(3));
        var upper = reader.GetBoolean(5) ? lower : Frequency.FromHz(reader.GetInt64(4));
        return new ApplicationRow(reader.GetString(0), reader.GetString(1), AreaCode.Parse(reader.GetString(2)),
            new BandApplication(lower, upper, reader.GetString(6),
                new Provenance(reader.GetString(10), Terms.ConfidenceOf(reader.GetString(11))),
                NullableText(reader, 7), NullableText(reader, 8), NullableText(reader, 9)));
    }

    private static string? NullableText(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
