using Npgsql;
using NpgsqlTypes;
using Spectrum.Areas;

namespace Spectrum.PostGis.Import;

/// <summary>
/// Writes areas, footnotes and allocation tables, the bulk with binary COPY. One call is one transaction: a table that is imported
/// again replaces the stored one, and a failure anywhere leaves the store as it was. Imports are serialised by an
/// advisory lock, so two never interleave; the second waits for the first.
/// </summary>
public sealed class StoreImporter(NpgsqlDataSource dataSource)
{
    // Any fixed number shared by every process that imports: "SPEC" in ASCII.
    internal const long ImportLockKey = 0x53504543;

    // What a first import makes again after its COPY (DeferIndexesAsync).
    private static readonly string[] DeferredIndexes =
    [
        "allocation_range_idx", "allocation_table_idx", "band_footnote_range_idx", "band_footnote_table_idx", "application_range_idx", "application_table_idx",
    ];

    private static readonly string[] DeferredKeys = ["allocation_table_id_fkey", "band_footnote_table_id_fkey", "application_table_id_fkey"];

    public async Task<ImportSummary> ImportAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteAsync(batch, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            // A refused statement, or a server that stopped or a connection that broke half-way: the transaction was
            // never committed either way.
            throw StoreException.Failed("the import failed and nothing was written", e);
        }
    }

    private async Task<ImportSummary> WriteAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);

        var areas = batch.Areas is null ? 0 : await WriteAreasAsync(connection, transaction, batch.Areas, cancellationToken);
        var footnotes = await WriteFootnotesAsync(connection, transaction, batch.Footnotes, cancellationToken);
        var deferred = await DeferIndexesAsync(connection, transaction, cancellationToken);
        var tableIds = new int[batch.Tables.Count];
        for (var i = 0; i < tableIds.Length; i++)
        {
            tableIds[i] = await ReplaceTableAsync(connection, transaction, batch.Tables[i], cancellationToken);
        }

        // One COPY per target table for the whole batch: a COPY per allocation table costs a round trip each. Into an
        // empty store, the indexes and foreign keys deferred above are made once over the rows.
        var allocations = await CopyAllocationsAsync(connection, batch.Tables, tableIds, cancellationToken);
        var bandRows = await CopyBandFootnotesAsync(connection, batch.Tables, tableIds, cancellationToken);
        var applications = await CopyApplicationsAsync(connection, batch, tableIds, cancellationToken);
        foreach (var definition in deferred)
        {
            await using var create = new NpgsqlCommand(definition, connection, transaction) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await ConferenceWriter.WriteAsync(connection, transaction, batch, cancellationToken);

        // The stored footnote texts read into rules again, against the stored countries and the tables that cite them.
        await FootnoteRuleWriter.WriteAsync(connection, transaction, batch.Areas, cancellationToken);

        // Fresh statistics with the rows: without them the planner reads a store that grew by a million rows as the
        // empty one it last sampled, and scans where it should use the indexes.
        // Only the columns queries select by: sampling the texts and marks took as long again.
        await using (var analyze = new NpgsqlCommand(
            "ANALYZE allocation_table, allocation (table_id, range, service, status), band_footnote (table_id, range), application (table_id, range), footnote_rule",
            connection, transaction))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        // Delivered when the transaction commits: a service answering from the store drops what it kept.
        await StoreChanges.NotifyAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary(areas, batch.Tables.Count, allocations, bandRows, footnotes) { Applications = applications };
    }

    // Into a store that holds no table yet (a first import), the range and table indexes and the foreign keys of
    // the bulk tables are dropped inside the transaction and the statements that make them again returned, to be run
    // after the COPY: building a GiST index over the rows costs less than inserting each row into it, and one check
    // of a foreign key over all rows less than one per row. A store that holds tables keeps them, so that readers of
    // those tables are not locked out for the length of the import.
    private static async Task<IReadOnlyList<string>> DeferIndexesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var restore = new List<string>();
        await using (var find = new NpgsqlCommand(
            """
            SELECT i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.indexname = ANY($1) AND NOT EXISTS (SELECT 1 FROM allocation_table)
            UNION ALL
            SELECT format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c
            WHERE c.connamespace = current_schema()::regnamespace AND c.conname = ANY($2) AND NOT EXISTS (SELECT 1 FROM allocation_table)
            """, connection, transaction))
        {
            find.Parameters.Add(new NpgsqlParameter { Value = DeferredIndexes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            find.Parameters.Add(new NpgsqlParameter { Value = DeferredKeys, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                restore.Add(reader.GetString(0));
            }
        }

        if (restore.Count != DeferredIndexes.Length + DeferredKeys.Length)
        {
            return [];
        }

        await using var drop = new NpgsqlCommand(
            """
            DROP INDEX allocation_range_idx, allocation_table_idx, band_footnote_range_idx, band_footnote_table_idx, application_range_idx, application_table_idx;
            ALTER TABLE allocation DROP CONSTRAINT allocation_table_id_fkey;
            ALTER TABLE band_footnote DROP CONSTRAINT band_footnote_table_id_fkey;
            ALTER TABLE application DROP CONSTRAINT application_table_id_fkey;
            """, connection, transaction);
        await drop.ExecuteNonQueryAsync(cancellationToken);
        return restore;
    }

    internal static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction);
        // A second import waits for the first however long it takes (the shipped data alone takes over 15 s to write).
        command.CommandTimeout = 0;
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = ImportLockKey });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> ReplaceTableAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AllocationTable table, CancellationToken cancellationToken)
    {
        await using (var delete = new NpgsqlCommand(
            "DELETE FROM allocation_table WHERE name = $1 AND edition = $2", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table.Name });
            delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table.Edition });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = new NpgsqlCommand(
            "INSERT INTO allocation_table (name, edition, area_code) VALUES ($1, $2, $3) RETURNING id", connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table.Name });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table.Edition });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table.Area.Value });
        try
        {
            return (int)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new StoreException(
                $"table '{table.Name}' ({table.Edition}) is for area {table.Area}, which the store does not know: import the areas first (spectrum import data)", e);
        }
    }

    // Write only fills Npgsql's buffer (flushed as it fills), so it need not be awaited field by field. The cost of a
    // large import is the server's: maintaining the GiST index on range (about 60 %) and the foreign key (about 30 %).
    private static async Task<long> CopyAllocationsAsync(
        NpgsqlConnection connection, IReadOnlyList<AllocationTable> tables, int[] tableIds, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY allocation (table_id, range, service, status, footnotes, source, confidence, marks) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var allocation in tables[t].Allocations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.StartRow();
                writer.Write(tableIds[t], NpgsqlDbType.Integer);
                writer.Write(RangeOf(allocation.Range), NpgsqlDbType.Range | NpgsqlDbType.Bigint);
                writer.Write(allocation.Service.Name, NpgsqlDbType.Text);
                writer.Write(Terms.Of(allocation.Status), NpgsqlDbType.Text);
                writer.Write(Terms.Of(allocation.Footnotes), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(allocation.Provenance.Source, NpgsqlDbType.Text);
                writer.Write(Terms.Of(allocation.Provenance.Confidence), NpgsqlDbType.Text);
                writer.Write(Terms.MarksJson(allocation.Marks), NpgsqlDbType.Jsonb);
            }
        }

        return (long)await writer.CompleteAsync(cancellationToken);
    }

    private static async Task<long> CopyBandFootnotesAsync(
        NpgsqlConnection connection, IReadOnlyList<AllocationTable> tables, int[] tableIds, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY band_footnote (table_id, range, footnotes, source, marks) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var band in tables[t].BandFootnotes)
            {
                writer.StartRow();
                writer.Write(tableIds[t], NpgsqlDbType.Integer);
                writer.Write(RangeOf(band.Range), NpgsqlDbType.Range | NpgsqlDbType.Bigint);
                writer.Write(Terms.Of(band.Footnotes), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(band.Provenance.Source, NpgsqlDbType.Text);
                writer.Write(Terms.MarksJson(band.Marks), NpgsqlDbType.Jsonb);
            }
        }

        return (long)await writer.CompleteAsync(cancellationToken);
    }

    // An application layer goes with its table (matched by name and edition): a re-imported table's applications are
    // replaced with it (ON DELETE CASCADE). A single frequency is the 1 Hz range [f, f + 1) (migration 0005).
    private static async Task<long> CopyApplicationsAsync(
        NpgsqlConnection connection, ImportBatch batch, int[] tableIds, CancellationToken cancellationToken)
    {
        if (batch.Applications.Count == 0)
        {
            return 0;
        }

        var idOf = new Dictionary<(string, string), int>();
        for (var t = 0; t < batch.Tables.Count; t++)
        {
            idOf[(batch.Tables[t].Name, batch.Tables[t].Edition)] = tableIds[t];
        }

        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY application (table_id, range, single_frequency, name, measure, standard, notes, source, confidence) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var layer in batch.Applications)
        {
            if (!idOf.TryGetValue((layer.Table, layer.Edition), out var tableId))
            {
                throw new StoreException($"the applications of table '{layer.Table}' ({layer.Edition}) come without the table");
            }

            foreach (var application in layer.Applications)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.StartRow();
                writer.Write(tableId, NpgsqlDbType.Integer);
                writer.Write(RangeOf(application), NpgsqlDbType.Range | NpgsqlDbType.Bigint);
                writer.Write(application.IsSingleFrequency, NpgsqlDbType.Boolean);
                writer.Write(application.Name, NpgsqlDbType.Text);
                WriteNullable(writer, application.Measure);
                WriteNullable(writer, application.Standard);
                WriteNullable(writer, application.Notes);
                writer.Write(application.Provenance.Source, NpgsqlDbType.Text);
                writer.Write(Terms.Of(application.Provenance.Confidence), NpgsqlDbType.Text);
            }
        }

        return (long)await writer.CompleteAsync(cancellationToken);
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? text)
    {
        if (text is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(text, NpgsqlDbType.Text);
        }
    }

    // Footnote texts are global to the Radio Regulations (and to each national namespace): a later import of the same
    // id replaces the text, and within one import the last file that gives an id wins.
    private static async Task<int> WriteFootnotesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<Footnote> footnotes, CancellationToken cancellationToken)
    {
        if (footnotes.Count == 0)
        {
            return 0;
        }

        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE footnote_import (LIKE footnote) ON COMMIT DROP", connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY footnote_import (id, text, source, confidence) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var footnote in footnotes.GroupBy(f => f.Id).Select(g => g.Last()))
            {
                await writer.WriteRowAsync(cancellationToken,
                    footnote.Id.Value, footnote.Text, footnote.Provenance.Source, Terms.Of(footnote.Provenance.Confidence));
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using var merge = new NpgsqlCommand(
            """
            INSERT INTO footnote (id, text, source, confidence)
            SELECT id, text, source, confidence FROM footnote_import
            ON CONFLICT (id) DO UPDATE SET text = excluded.text, source = excluded.source, confidence = excluded.confidence
            """, connection, transaction);
        return await merge.ExecuteNonQueryAsync(cancellationToken);
    }

    // Areas are upserted, not replaced: tables refer to them. A group's members are replaced with the group.
    private static async Task<int> WriteAreasAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AreaCatalog catalog, CancellationToken cancellationToken)
    {
        foreach (var area in catalog.Areas)
        {
            await using var upsert = new NpgsqlCommand(
                """
                INSERT INTO area (code, kind, name, itu_region, geom, source, confidence) VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name, itu_region = excluded.itu_region,
                    geom = excluded.geom, source = excluded.source, confidence = excluded.confidence
                """, connection, transaction);
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area.Code.Value });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area.Code.Kind.ToString().ToLowerInvariant() });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area.Name });
            upsert.Parameters.Add(new NpgsqlParameter { Value = area.Region is { } r ? (short)r : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Smallint });
            upsert.Parameters.Add(new NpgsqlParameter { Value = area.Geometry, NpgsqlDbType = NpgsqlDbType.Geometry });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area.Provenance.Source });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Terms.Of(area.Provenance.Confidence) });
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var group in catalog.Memberships.GroupBy(m => m.Group))
        {
            await using var clear = new NpgsqlCommand("DELETE FROM area_member WHERE group_code = $1", connection, transaction);
            clear.Parameters.Add(new NpgsqlParameter<string> { TypedValue = group.Key.Value });
            await clear.ExecuteNonQueryAsync(cancellationToken);
            await using var insert = new NpgsqlCommand(
                "INSERT INTO area_member (group_code, member_code) SELECT $1, unnest($2::text[])", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = group.Key.Value });
            insert.Parameters.Add(new NpgsqlParameter { Value = group.Select(m => m.Member.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteTerritoriesAsync(connection, transaction, cancellationToken);
        return catalog.Areas.Count;
    }

    // Each country's territory within its own Region, whole and in pieces (migration 0009): what AreaQuery's
    // neighbour questions measure. Most countries lie in one Region, whose territory is then the country itself.
    private static async Task WriteTerritoriesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE area c SET own_geom = (
                SELECT CASE WHEN ST_Covers(r.geom, c.geom) THEN c.geom ELSE ST_Multi(ST_CollectionExtract(ST_Intersection(c.geom, r.geom), 3)) END
                FROM area r WHERE r.kind = 'region' AND r.itu_region = c.itu_region)
            WHERE c.kind = 'country';
            DELETE FROM area_piece;
            INSERT INTO area_piece (code, itu_region, geom)
            SELECT code, itu_region, ST_Subdivide(own_geom, 256) FROM area WHERE own_geom IS NOT NULL AND NOT ST_IsEmpty(own_geom);
            """, connection, transaction);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>An application's band, or the 1 Hz range [f, f + 1) of one at a single frequency.</summary>
    internal static NpgsqlRange<long> RangeOf(BandApplication application) =>
        new(application.Lower.Hertz, lowerBoundIsInclusive: true, application.IsSingleFrequency ? application.Lower.Hertz + 1 : application.Upper.Hertz,
            upperBoundIsInclusive: false);

    internal static NpgsqlRange<long> RangeOf(FrequencyRange range) =>
        new(range.LowerHz, lowerBoundIsInclusive: true, range.UpperHz, upperBoundIsInclusive: false);
}
