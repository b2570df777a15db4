using Npgsql;
using NpgsqlTypes;
using Spectrum.Conference;

namespace Spectrum.PostGis.Import;

/// <summary>
/// Writes editions, agenda items with their bands, and positions, inside an import's transaction. Each kind given
/// replaces what the store had of it: these are whole files, not rows to merge.
/// </summary>
internal static class ConferenceWriter
{
    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ImportBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Editions.Count > 0)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM edition", cancellationToken);
            for (var i = 0; i < batch.Editions.Count; i++)
            {
                var edition = batch.Editions[i];
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO edition (name, ordinal, base, amendments, description, source, proposal_for, lineage) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    connection, transaction);
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition.Name });
                insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = i + 1 });
                insert.Parameters.Add(new NpgsqlParameter { Value = edition.BaseEdition ?? string.Join(' ', edition.BaseFiles), NpgsqlDbType = NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = edition.AmendmentFiles.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition.Description });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition.Provenance.Source });
                insert.Parameters.Add(Nullable(edition.ProposalFor));
                insert.Parameters.Add(Nullable(edition.Lineage));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (batch.AgendaItems.Count == 0)
        {
            return;
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM agenda_item", cancellationToken);
        foreach (var item in batch.AgendaItems)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO agenda_item (number, resolution, title, scope, source, confidence, article5) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = item.Number });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = item.Resolution });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = item.Title });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(item.Scope) });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = item.Provenance.Source });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(item.Provenance.Confidence) });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(item.Article5) });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteAreaUnionsAsync(connection, transaction, [.. batch.AgendaBands.Select(b => b.Area), .. batch.Positions.Select(p => p.Area)], cancellationToken);
        foreach (var band in batch.AgendaBands)
        {
            await using var insert = new NpgsqlCommand(
                $"""
                INSERT INTO agenda_band (agenda_item, area, regions, listed_only, geom, range, service, action, status, identifies, highlight, source, confidence)
                VALUES ($1, $2, $3, $4, {AreaGeometry}, $6, $7, $8, $9, $10, $11, $12, $13)
                """, connection, transaction);
            AddArea(insert, band.AgendaItem, band.Area);
            insert.Parameters.Add(new NpgsqlParameter { Value = StoreImporter.RangeOf(band.Range), NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
            insert.Parameters.Add(Nullable(band.Service?.Name));
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(band.Action) });
            insert.Parameters.Add(Nullable(band.Status is { } status ? Terms.Of(status) : null));
            insert.Parameters.Add(Nullable(band.Identifies is { } identifies ? Terms.Of(identifies) : null));
            insert.Parameters.Add(Nullable(Terms.Of(band.Highlight)));
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = band.Provenance.Source });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(band.Provenance.Confidence) });
            await ExecuteInsertAsync(insert, band.AgendaItem, band.Area, cancellationToken);
        }

        foreach (var position in batch.Positions)
        {
            await using var insert = new NpgsqlCommand(
                $"""
                INSERT INTO position (agenda_item, area, regions, listed_only, geom, range, stance, conditions, outcome, outcome_confidence, source, confidence, outcome_kind)
                VALUES ($1, $2, $3, $4, {AreaGeometry}, $6, $7, $8, $9, $10, $11, $12, $13)
                """, connection, transaction);
            AddArea(insert, position.AgendaItem, position.Area);
            insert.Parameters.Add(new NpgsqlParameter { Value = StoreImporter.RangeOf(position.Range), NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(position.Stance) });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = position.Conditions });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = position.Outcome });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(position.OutcomeConfidence) });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = position.Provenance.Source });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(position.Provenance.Confidence) });
            insert.Parameters.Add(Nullable(position.OutcomeKind is { } kind ? Terms.Of(kind) : null));
            await ExecuteInsertAsync(insert, position.AgendaItem, position.Area, cancellationToken);
        }

        await WriteAgendaNotesAsync(connection, transaction, batch, cancellationToken);
    }

    // CPM methods and regional positions belong to their agenda items: they were deleted with them above.
    private static async Task WriteAgendaNotesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ImportBatch batch, CancellationToken cancellationToken)
    {
        foreach (var method in batch.CpmMethods)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO cpm_method (agenda_item, method, summary, source, confidence) VALUES ($1, $2, $3, $4, $5)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = method.AgendaItem });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = method.Method });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = method.Summary });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = method.Provenance.Source });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(method.Provenance.Confidence) });
            await ExecuteNoteAsync(insert, method.AgendaItem, cancellationToken);
        }

        foreach (var regional in batch.RegionalPositions)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO regional_position (agenda_item, organisation, method, view, source, confidence) VALUES ($1, $2, $3, $4, $5, $6)",
                connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = regional.AgendaItem });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(regional.Organisation) });
            insert.Parameters.Add(Nullable(regional.Method.Length == 0 ? null : regional.Method));
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = regional.View });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = regional.Provenance.Source });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(regional.Provenance.Confidence) });
            await ExecuteNoteAsync(insert, regional.AgendaItem, cancellationToken);
        }
    }

    private static async Task ExecuteNoteAsync(NpgsqlCommand insert, string agendaItem, CancellationToken cancellationToken)
    {
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new StoreException($"agenda item {agendaItem} is not among the agenda items imported", e);
        }
    }

    // The territory of a change's area: its listed countries where known, else its Regions ($5: the codes, in
    // ordinal order), from the unions WriteAreaUnionsAsync made.
    private const string AreaGeometry = "(SELECT geom FROM agenda_area_import WHERE codes = $5)";

    // A union of Regions' or countries' territories costs milliseconds; the agenda's bands and positions share a few
    // dozen areas between them, so each distinct area is united once per import (no row for an area the store lacks).
    private static async Task WriteAreaUnionsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<ChangeArea> areas, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction,
            "CREATE TEMP TABLE agenda_area_import (codes text[] PRIMARY KEY, geom geometry NOT NULL) ON COMMIT DROP", cancellationToken);
        foreach (var codes in areas.Select(CodesOf).DistinctBy(c => string.Join(' ', c)))
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO agenda_area_import (codes, geom)
                SELECT $1, u.geom FROM (SELECT ST_Multi(ST_Union(geom)) AS geom FROM area WHERE code = ANY($1)) u WHERE u.geom IS NOT NULL
                """, connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = codes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string[] CodesOf(ChangeArea area) =>
        [.. (area.Countries.Count > 0 ? area.Countries : area.Regions).Select(c => c.Value).Order(StringComparer.Ordinal)];

    private static void AddArea(NpgsqlCommand command, string agendaItem, ChangeArea area)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = agendaItem });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = area.Regions.Select(r => r.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = area.ListedCountriesOnly });
        command.Parameters.Add(new NpgsqlParameter { Value = CodesOf(area), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
    }

    private static async Task ExecuteInsertAsync(NpgsqlCommand insert, string agendaItem, ChangeArea area, CancellationToken cancellationToken)
    {
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.NotNullViolation && e.ColumnName == "geom")
        {
            throw new StoreException($"agenda item {agendaItem}, area {area}: the store has no such area (import data/areas first)", e);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new StoreException($"agenda item {agendaItem} is not among the agenda items imported", e);
        }
    }

    private static NpgsqlParameter Nullable(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
