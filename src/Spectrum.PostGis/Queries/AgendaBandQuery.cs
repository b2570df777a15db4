using Npgsql;
using NpgsqlTypes;
using Spectrum.Conference;
using Spectrum.PostGis.Import;

namespace Spectrum.PostGis.Queries;

/// <summary>Reads the stored bands of the agenda items: what each item asks for, where, and how a chart marks it.</summary>
public sealed class AgendaBandQuery(NpgsqlDataSource dataSource)
{
    /// <param name="agendaItem">One agenda item, or null for all.</param>
    /// <param name="range">Only bands overlapping this range, or null for all.</param>
    public async Task<IReadOnlyList<AgendaBand>> FindAsync(string? agendaItem, FrequencyRange? range, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT agenda_item, area, regions, listed_only, lower(range), upper(range), service, action, status, identifies, highlight, source, confidence
            FROM agenda_band
            WHERE ($1::text IS NULL OR agenda_item = $1) AND ($2::int8range IS NULL OR range && $2)
            ORDER BY lower(range), agenda_item, area
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)agendaItem ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = range is { } r ? StoreImporter.RangeOf(r) : DBNull.Value,
            NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint,
        });
        var bands = new List<AgendaBand>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            bands.Add(new AgendaBand(
                reader.GetString(0),
                ChangeArea.FromWritten(reader.GetString(1), reader.GetFieldValue<string[]>(2).Select(AreaCode.Parse).ToArray(), reader.GetBoolean(3)),
                FrequencyRange.FromHz(reader.GetInt64(4), reader.GetInt64(5)),
                reader.IsDBNull(6) ? null : RadioService.Parse(reader.GetString(6)),
                Terms.AgendaBandActionOf(reader.GetString(7)) ?? throw new InvalidOperationException("the store's action is not one of the vocabulary"),
                reader.IsDBNull(8) ? null : Terms.StatusOf(reader.GetString(8)),
                reader.IsDBNull(9) ? null : Terms.IdentificationOf(reader.GetString(9)),
                reader.IsDBNull(10) ? Highlight.None : reader.GetString(10) == "imt" ? Highlight.Imt : Highlight.EarthObservation,
                new Provenance(reader.GetString(11), Terms.ConfidenceOf(reader.GetString(12)))));
        }

        return bands;
    }
}
