using Npgsql;
using NpgsqlTypes;
using Spectrum.Areas;
using Spectrum.Footnotes;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis.Import;

/// <summary>
/// Reads the stored RR footnote texts into rules with the <see cref="FootnoteGrammar"/>, once per import and inside its
/// transaction, against the country names the store then holds, and replaces <c>footnote_reading</c> and
/// <c>footnote_rule</c>; every footnote a stored table cites without a stored text is recorded as one whose text is
/// not known. The repaired text is written beside the source text.
/// </summary>
internal static class FootnoteRuleWriter
{
    /// <summary>The number of rule rows written.</summary>
    public static async Task<long> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AreaCatalog? areas, CancellationToken cancellationToken)
    {
        if (areas is not null)
        {
            // A country list imported replaces the names it gives.
            await using (var clear = new NpgsqlCommand("DELETE FROM country_name", connection, transaction))
            {
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var names = new NpgsqlCommand(
                "INSERT INTO country_name (name, code) SELECT DISTINCT ON (n) n, c FROM unnest($1::text[], $2::text[]) AS u (n, c) ORDER BY n",
                connection, transaction);
            names.Parameters.Add(new NpgsqlParameter { Value = areas.Names.Select(n => n.Name).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            names.Parameters.Add(new NpgsqlParameter { Value = areas.Names.Select(n => n.Country.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await names.ExecuteNonQueryAsync(cancellationToken);
        }

        var readings = await ReadAsync(connection, transaction, cancellationToken);

        await using (var clear = new NpgsqlCommand("DELETE FROM footnote_reading", connection, transaction))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY footnote_reading (footnote_id, text_known, opening, reason, last_changed_by, remarks, source, confidence) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var reading in readings)
            {
                var rules = reading.Result.Success ? reading.Result.Value : null;
                writer.StartRow();
                writer.Write(reading.Footnote.Value, NpgsqlDbType.Text);
                writer.Write(reading.Text is not null, NpgsqlDbType.Boolean);
                WriteNullable(writer, reading.Opening);
                WriteNullable(writer, reading.Result.Reason);
                WriteNullable(writer, rules?.LastChangedBy);
                writer.Write(rules?.Remarks.ToArray() ?? [], NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(reading.Provenance.Source, NpgsqlDbType.Text);
                writer.Write(Terms.Of(reading.Provenance.Confidence), NpgsqlDbType.Text);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        long rows;
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY footnote_rule (footnote_id, rule_no, band_no, service_no, kind, range, service, status, countries, regions, except_countries, identifies, toward, conditions, text) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var row in readings.Where(r => r.Result.Success).SelectMany(r => StoredFootnoteRules.RowsOf(r.Result.Value)))
            {
                writer.StartRow();
                writer.Write(row.Footnote.Value, NpgsqlDbType.Text);
                writer.Write(row.RuleNo, NpgsqlDbType.Smallint);
                writer.Write(row.BandNo, NpgsqlDbType.Smallint);
                writer.Write(row.ServiceNo, NpgsqlDbType.Smallint);
                writer.Write(FootnoteTerms.Of(row.Kind), NpgsqlDbType.Text);
                if (row.Range is { } range)
                {
                    writer.Write(StoreImporter.RangeOf(range), NpgsqlDbType.Range | NpgsqlDbType.Bigint);
                }
                else
                {
                    writer.WriteNull();
                }

                WriteNullable(writer, row.Service?.Name);
                WriteNullable(writer, row.Status is { } status ? Terms.Of(status) : null);
                writer.Write(StoredFootnoteRules.CountriesOf(row.Where), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(StoredFootnoteRules.RegionsOf(row.Where), NpgsqlDbType.Array | NpgsqlDbType.Smallint);
                writer.Write(row.Where.Except.Select(a => a.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                WriteNullable(writer, row.Identifies is { } identifies ? Terms.Of(identifies) : null);
                writer.Write(row.Toward.Select(s => s.Name).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(StoredFootnoteRules.ConditionsJson(row.Conditions), NpgsqlDbType.Jsonb);
                writer.Write(row.Text, NpgsqlDbType.Text);
            }

            rows = (long)await writer.CompleteAsync(cancellationToken);
        }

        var repaired = readings.Where(r => r.Text is not null).ToArray();
        await using (var update = new NpgsqlCommand(
            "UPDATE footnote f SET repaired_text = u.text FROM unnest($1::text[], $2::text[]) AS u (id, text) WHERE f.id = u.id",
            connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter { Value = repaired.Select(r => r.Footnote.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            update.Parameters.Add(new NpgsqlParameter { Value = repaired.Select(r => r.Text!.Text).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return rows;
    }

    // The stored RR texts read against the stored country names, and the cited footnotes that have no text.
    private static async Task<IReadOnlyList<FootnoteReading>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var names = new List<(string, AreaCode)>();
        await using (var command = new NpgsqlCommand("SELECT name, code FROM area WHERE kind = 'country' UNION SELECT name, code FROM country_name ORDER BY code, name", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add((reader.GetString(0), AreaCode.Parse(reader.GetString(1))));
            }
        }

        var footnotes = new List<Footnote>();
        await using (var command = new NpgsqlCommand("SELECT id, text, source, confidence FROM footnote", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                footnotes.Add(new Footnote(FootnoteId.Parse(reader.GetString(0)), reader.GetString(1),
                    new Provenance(reader.GetString(2), Terms.ConfidenceOf(reader.GetString(3)))));
            }
        }

        // A footnote an amendment adds is cited by the tables it builds; the source of the first citing row says where.
        var notKnown = new List<FootnoteReading>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT DISTINCT ON (c.id) c.id, c.source, c.confidence
            FROM (SELECT unnest(footnotes) AS id, source, confidence FROM allocation
                  UNION ALL SELECT unnest(b.footnotes), b.source, 'high' FROM band_footnote b) c
            WHERE c.id LIKE '5.%' AND NOT EXISTS (SELECT 1 FROM footnote f WHERE f.id = c.id)
            ORDER BY c.id, c.source
            """, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                notKnown.Add(FootnoteGrammar.TextNotKnown(FootnoteId.Parse(reader.GetString(0)),
                    new Provenance(reader.GetString(1), Terms.ConfidenceOf(reader.GetString(2)))));
            }
        }

        var grammar = new FootnoteGrammar(CountryNames.Create(names));
        return [.. grammar.ReadAll(footnotes.Where(f => f.Id.IsRadioRegulations).OrderBy(f => f.Id)), .. notKnown];
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Text);
        }
    }
}
