using Npgsql;
using NpgsqlTypes;
using Spectrum.Conference;
using Spectrum.Conflicts;
using Spectrum.PostGis.Import;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis.Queries;

/// <summary>
/// Conflict analysis against the store: the store selects, with its range and geometry indexes, the tables that apply
/// in the proposal's area and those of its neighbours (<see cref="AreaQuery.NeighboursAsync(AreaCode, CancellationToken)"/>),
/// in them only the allocations in the proposal's window (<see cref="ConflictFinder.WindowOf"/>), and the rules of the
/// footnotes they cite; <see cref="ConflictFinder"/> decides, with the same window. So the answer is the in-memory one,
/// for tables of any size. One query object remembers the areas it has placed, for a run that screens many proposals.
/// </summary>
public sealed class ConflictQuery(NpgsqlDataSource dataSource)
{
    private readonly Dictionary<AreaFilter, ScreenedArea> areas = [];

    /// <param name="guardHz">The user's guard band; null lets the out-of-band domain of the emission decide.</param>
    public async Task<IReadOnlyList<Finding>> FindAsync(
        Proposal proposal, AreaFilter area, string edition, long? guardHz, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var applies = await AllocationQuery.TablesAsync(connection, area, edition, null, cancellationToken);
        if (!areas.TryGetValue(area, out var screened))
        {
            areas[area] = screened = await AreaQuery.ScreenedAsync(connection, area, cancellationToken);
        }

        var neighbours = await NeighbourTablesAsync(connection, screened, edition, applies, cancellationToken);
        var window = ConflictFinder.WindowOf(proposal, guardHz).Range;
        var windows = await TableWindowsAsync(connection, [.. applies, .. neighbours], window, cancellationToken);
        var candidates = windows
            .Select(w => new CandidateTable(w.Table, applies.Contains(w.Id) ? TableRelation.Applies : TableRelation.Neighbour))
            .ToList();

        var cited = candidates.SelectMany(c => c.Table.Allocations.SelectMany(a => a.Footnotes).Concat(c.Table.BandFootnotes.SelectMany(b => b.Footnotes)))
            .Select(f => f.Value).Distinct().ToArray();
        var rules = await FootnoteRuleQuery.RulesOfAsync(connection, cited, cancellationToken);
        return ConflictFinder.Find(proposal, new Screen(candidates, rules, screened) { GuardHz = guardHz });
    }

    // The neighbours' tables that do not apply in the area: a neighbouring country's own (national) table and its
    // Region's table where that is another Region; a neighbouring Region's table.
    private static async Task<int[]> NeighbourTablesAsync(
        NpgsqlConnection connection, ScreenedArea area, string edition, int[] applies, CancellationToken cancellationToken)
    {
        if (area.Neighbours.Count == 0)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT t.id FROM allocation_table t
            WHERE NOT t.id = ANY($2) AND (
                (t.edition = $1 AND t.area_code = ANY($3))
                OR (t.area_code = ANY($3) AND NOT EXISTS (SELECT 1 FROM edition e WHERE e.name = t.edition))
                OR (t.edition = $1 AND t.area_code IN (
                    SELECT 'R' || a.itu_region FROM area a WHERE a.code = ANY($3) AND a.kind = 'country')))
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition });
        command.Parameters.Add(new NpgsqlParameter { Value = applies, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = area.Neighbours.Select(n => n.Code.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return [.. ids];
    }

    // The part of each table within the window: its allocations and band footnotes that overlap it, in three queries
    // whatever the number of tables.
    private static async Task<List<(int Id, AllocationTable Table)>> TableWindowsAsync(
        NpgsqlConnection connection, int[] tableIds, FrequencyRange window, CancellationToken cancellationToken)
    {
        var heads = new List<(int Id, string Name, string Edition, AreaCode Area)>();
        await using (var head = new NpgsqlCommand("SELECT id, name, edition, area_code FROM allocation_table WHERE id = ANY($1) ORDER BY name, id", connection))
        {
            head.Parameters.Add(new NpgsqlParameter { Value = tableIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            await using var reader = await head.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                heads.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), AreaCode.Parse(reader.GetString(3))));
            }
        }

        var allocations = tableIds.ToDictionary(id => id, _ => new List<Allocation>());
        await using (var command = new NpgsqlCommand(
            """
            SELECT table_id, lower(range), upper(range), service, status, footnotes, source, confidence, marks::text
            FROM allocation WHERE table_id = ANY($1) AND range && $2
            """,
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tableIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = StoreImporter.RangeOf(window), NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                allocations[reader.GetInt32(0)].Add(StoredAllocations.Read(reader, 1));
            }
        }

        var bands = tableIds.ToDictionary(id => id, _ => new List<BandFootnotes>());
        await using (var command = new NpgsqlCommand(
            "SELECT table_id, lower(range), upper(range), footnotes, source, marks::text FROM band_footnote WHERE table_id = ANY($1) AND range && $2",
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tableIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = StoreImporter.RangeOf(window), NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                bands[reader.GetInt32(0)].Add(StoredAllocations.ReadBand(reader, 1));
            }
        }

        return [.. heads.Select(h => (h.Id, new AllocationTable(h.Name, h.Edition, h.Area, allocations[h.Id], bands[h.Id])))];
    }
}
