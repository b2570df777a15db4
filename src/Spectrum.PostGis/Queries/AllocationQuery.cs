using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using Spectrum.Areas;
using Spectrum.Conference;
using Spectrum.PostGis.Import;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis.Queries;

/// <summary>
/// Where a question applies. A country takes the tables of its own ITU Region, of the groups it belongs to and its
/// own national table, whatever its overseas territories touch; a region takes every table inside it; a point or a
/// drawn area takes the tables whose area it reaches (sharing only a border does not count).
/// </summary>
public abstract record AreaFilter
{
    public sealed record Anywhere : AreaFilter;

    public sealed record Known(AreaCode Code) : AreaFilter;

    public sealed record Drawn(Geometry Geometry, string Label) : AreaFilter;
}

/// <summary>
/// One allocation found by a query, with the table it belongs to and the footnotes the table prints under the whole
/// band (RR No. 5.340 stands there for 23.6-24 GHz).
/// </summary>
public sealed record AllocationRow(
    string Table,
    string Edition,
    AreaCode Area,
    Allocation Allocation,
    IReadOnlyList<FootnoteId> BandFootnotes)
{
    /// <summary>Identifications and footnotes without number on the whole band the allocation lies in.</summary>
    public IReadOnlyList<ChangeMark> BandMarks { get; init; } = [];

    /// <summary>Every mark that applies: the band's, then the allocation's own.</summary>
    public IEnumerable<ChangeMark> AllMarks => BandMarks.Concat(Allocation.Marks);

    /// <summary>Every footnote that applies: the band's, then the allocation's own.</summary>
    public IEnumerable<FootnoteId> AllFootnotes => BandFootnotes.Concat(Allocation.Footnotes).Distinct();
}

/// <summary>One application found by a query, with the table that lists it.</summary>
public sealed record ApplicationRow(string Table, string Edition, AreaCode Area, BandApplication Application);

/// <summary>The answer to "what is allocated in this range and area": allocations, band footnotes and the texts of
/// every footnote they cite.</summary>
public sealed record AllocationAnswer(
    IReadOnlyList<AllocationRow> Allocations,
    IReadOnlyDictionary<FootnoteId, Footnote> Footnotes);

/// <summary>Reads allocations by frequency range and area from the store.</summary>
public sealed class AllocationQuery(NpgsqlDataSource dataSource)
{
    /// <param name="edition">The edition to read; null for the newest stored (every edition when none is listed).</param>
    public async Task<AllocationAnswer> FindAsync(
        FrequencyRange range,
        AreaFilter area,
        string? edition,
        string? table,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        edition ??= await EditionQuery.NewestAsync(connection, cancellationToken);
        var tableIds = await TablesAsync(connection, area, edition, table, cancellationToken);
        var rows = new List<AllocationRow>();
        // The band footnotes are read once, by the range index: those of the tables that reach the span of the
        // allocations found (a band overlapping an allocation lies there); each allocation then takes its own.
        await using (var command = new NpgsqlCommand(
            """
            WITH found AS (
                SELECT a.* FROM allocation a WHERE a.table_id = ANY($1) AND a.range && $2),
            bands AS (
                SELECT b.table_id, b.range, b.footnotes, b.marks FROM band_footnote b
                WHERE b.table_id = ANY($1) AND b.range && (SELECT int8range(min(lower(range)), max(upper(range))) FROM found))
            SELECT t.name, t.edition, t.area_code,
                   lower(a.range), upper(a.range), a.service, a.status, a.footnotes, a.source, a.confidence, a.marks::text,
                   coalesce(band.footnotes, '{}'), coalesce(band_marks.marks, '[]')
            FROM found a JOIN allocation_table t ON t.id = a.table_id
            LEFT JOIN LATERAL (
                SELECT array_agg(DISTINCT f ORDER BY f) AS footnotes
                FROM bands b CROSS JOIN LATERAL unnest(b.footnotes) AS f
                WHERE b.table_id = a.table_id AND b.range && a.range) band ON TRUE
            LEFT JOIN LATERAL (
                SELECT jsonb_agg(m)::text AS marks
                FROM bands b CROSS JOIN LATERAL jsonb_array_elements(b.marks) AS m
                WHERE b.table_id = a.table_id AND b.range && a.range) band_marks ON TRUE
            ORDER BY lower(a.range), t.name, t.edition, a.status, a.service
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tableIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = StoreImporter.RangeOf(range), NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new AllocationRow(reader.GetString(0), reader.GetString(1), AreaCode.Parse(reader.GetString(2)),
                    StoredAllocations.Read(reader, 3), Terms.FootnotesOf(reader.GetFieldValue<string[]>(11)))
                {
                    BandMarks = Terms.MarksOf(reader.GetString(12)),
                });
            }
        }

        var cited = rows.SelectMany(r => r.AllFootnotes).Select(f => f.Value).Distinct().ToArray();
        var footnotes = await FootnotesAsync(connection, cited, cancellationToken);
        return new AllocationAnswer(rows, footnotes);
    }

    /// <summary>
    /// What the tables that apply in the area list as applications overlapping the range (an application at a single
    /// frequency when the range holds it), in frequency order; the tables are those <see cref="FindAsync"/> reads.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationRow>> ApplicationsAsync(
        FrequencyRange range, AreaFilter area, string? edition, string? table, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        edition ??= await EditionQuery.NewestAsync(connection, cancellationToken);
        var tableIds = await TablesAsync(connection, area, edition, table, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT t.name, t.edition, t.area_code, lower(a.range), upper(a.range), a.single_frequency,
                   a.name, a.measure, a.standard, a.notes, a.source, a.confidence
            FROM application a JOIN allocation_table t ON t.id = a.table_id
            WHERE a.table_id = ANY($1) AND a.range && $2
            ORDER BY lower(a.range), upper(a.range), t.name, a.name
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tableIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = StoreImporter.RangeOf(range), NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
        var rows = new List<ApplicationRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ApplicationQuery.Read(reader));
        }

        return rows;
    }

    /// <summary>
    /// The ids of the tables of the edition (and name) that apply in the area. For a known area the store only reads
    /// the candidates and <see cref="TableApplicability"/> decides (a national table of its own edition answers for
    /// its country beside the edition asked); a drawn area is matched by geometry with the store's spatial index, in
    /// the edition asked only: a point on a border belongs to both sides, an area must reach inside, not only touch.
    /// </summary>
    internal static async Task<int[]> TablesAsync(
        NpgsqlConnection connection, AreaFilter area, string? edition, string? table, CancellationToken cancellationToken)
    {
        var drawn = area is AreaFilter.Drawn d ? d.Geometry : null;
        // A table's edition is its own when the store lists no such edition of the Table (EFIS-2015).
        await using var command = new NpgsqlCommand(
            """
            SELECT t.id, t.area_code, t.edition, NOT EXISTS (SELECT 1 FROM edition e WHERE e.name = t.edition)
            FROM allocation_table t JOIN area ta ON ta.code = t.area_code
            WHERE ($2::text IS NULL OR t.name = $2)
              AND ($1::text IS NULL OR t.edition = $1 OR ($4 AND NOT EXISTS (SELECT 1 FROM edition e WHERE e.name = t.edition)))
              AND ($3::geometry IS NULL OR (ST_Intersects(ta.geom, $3) AND (ST_Dimension($3) = 0 OR NOT ST_Touches(ta.geom, $3))))
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)edition ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)table ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)drawn ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Geometry });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = area is AreaFilter.Known });
        var candidates = new List<(int Id, AreaCode Area, string Edition, bool OwnEdition)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add((reader.GetInt32(0), AreaCode.Parse(reader.GetString(1)), reader.GetString(2), reader.GetBoolean(3)));
            }
        }

        if (area is not AreaFilter.Known known)
        {
            return [.. candidates.Select(c => c.Id)];
        }

        var facts = await AreaQuery.FactsAsync(connection, [known.Code, .. candidates.Select(c => c.Area).Distinct()], cancellationToken);
        if (!facts.TryGetValue(known.Code, out var asked))
        {
            return [];
        }

        return [.. candidates.Where(c => TableApplicability.AppliesIn(facts[c.Area], c.Edition, c.OwnEdition, asked, edition)).Select(c => c.Id)];
    }

    internal static async Task<Dictionary<FootnoteId, Footnote>> FootnotesAsync(
        NpgsqlConnection connection, string[] ids, CancellationToken cancellationToken)
    {
        var footnotes = new Dictionary<FootnoteId, Footnote>();
        await using var command = new NpgsqlCommand(
            "SELECT id, coalesce(repaired_text, text), source, confidence FROM footnote WHERE id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = FootnoteId.Parse(reader.GetString(0));
            footnotes[id] = new Footnote(id, reader.GetString(1),
                new Provenance(reader.GetString(2), Terms.ConfidenceOf(reader.GetString(3))));
        }

        return footnotes;
    }
}
