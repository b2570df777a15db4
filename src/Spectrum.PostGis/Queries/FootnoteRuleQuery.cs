using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using Spectrum.Footnotes;
using Spectrum.PostGis.Import;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis.Queries;

/// <summary>
/// Which stored rules to read: of these footnotes, holding in this country (named, its Region named, or everywhere the
/// footnote is cited, and not an exception), naming a band that overlaps this range, of this kind. Null means any.
/// </summary>
public sealed record RuleFilter(
    IReadOnlyList<FootnoteId>? Footnotes = null,
    AreaCode? Country = null,
    FrequencyRange? Range = null,
    FootnoteRuleKind? Kind = null);

/// <summary>
/// A stored footnote as the grammar read it: its source text and the repaired one shown (null where the text is not
/// known), the allocation opening, why it was not read (null when it was), the conference that last changed it, the
/// sentences no rule was read from, and where the text came from.
/// </summary>
public sealed record StoredReading(
    FootnoteId Footnote,
    string? SourceText,
    string? Text,
    string? Opening,
    string? Reason,
    string? LastChangedBy,
    IReadOnlyList<string> Remarks,
    Provenance Provenance)
{
    public bool IsRead => Reason is null;
}

/// <summary>
/// Reads the footnote rules the import stored (<c>footnote_rule</c>, <c>footnote_reading</c>) and the Table of a
/// Region as it applies in a country: the store selects the candidates, <see cref="CountryTable"/> decides.
/// </summary>
public sealed class FootnoteRuleQuery(NpgsqlDataSource dataSource)
{
    /// <summary>The rules the filter selects, in footnote order.</summary>
    /// <exception cref="StoreException">The filter's country is not one the store knows.</exception>
    public async Task<IReadOnlyList<FootnoteRule>> RulesAsync(RuleFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var region = filter.Country is { } country ? await RegionOfAsync(connection, country, cancellationToken) : default;
        await using var command = new NpgsqlCommand(
            """
            SELECT r.footnote_id, r.rule_no, r.band_no, r.service_no, r.kind, lower(r.range), upper(r.range), r.service, r.status, r.countries,
                   r.regions, r.except_countries, r.identifies, r.toward, r.conditions::text, r.text
            FROM footnote_rule r
            WHERE (r.footnote_id, r.rule_no) IN (
                SELECT c.footnote_id, c.rule_no FROM footnote_rule c
                WHERE ($1::text[] IS NULL OR c.footnote_id = ANY($1))
                  AND ($2::text IS NULL OR c.countries @> ARRAY[$2] OR $3 = ANY(c.regions) OR (cardinality(c.countries) = 0 AND cardinality(c.regions) = 0))
                  AND ($4::int8range IS NULL OR c.range && $4)
                  AND ($5::text IS NULL OR c.kind = $5))
            ORDER BY r.footnote_id, r.rule_no, r.band_no, r.service_no
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.Footnotes?.Select(f => f.Value).ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.Country?.Value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)(region.RegionNumber ?? 0) });
        command.Parameters.Add(new NpgsqlParameter { Value = filter.Range is { } range ? StoreImporter.RangeOf(range) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = filter.Kind is { } kind ? FootnoteTerms.Of(kind) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var rules = StoredFootnoteRules.RulesOf(await RowsAsync(command, cancellationToken));

        // The store selected the candidates; whether a rule holds in the country is the domain's to say.
        return filter.Country is { } asked ? [.. rules.Where(r => r.Where.Includes(asked, region))] : rules;
    }

    /// <summary>The footnotes as read, of these ids (or all when null), in footnote order.</summary>
    public async Task<IReadOnlyList<StoredReading>> ReadingsAsync(IReadOnlyList<FootnoteId>? footnotes, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT r.footnote_id, f.text, f.repaired_text, r.opening, r.reason, r.last_changed_by, r.remarks, r.source, r.confidence
            FROM footnote_reading r LEFT JOIN footnote f ON f.id = r.footnote_id
            WHERE $1::text[] IS NULL OR r.footnote_id = ANY($1)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)footnotes?.Select(f => f.Value).ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var readings = new List<StoredReading>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            readings.Add(new StoredReading(FootnoteId.Parse(reader.GetString(0)), NullableString(reader, 1), NullableString(reader, 2),
                NullableString(reader, 3), NullableString(reader, 4), NullableString(reader, 5), reader.GetFieldValue<string[]>(6),
                new Provenance(reader.GetString(7), Terms.ConfidenceOf(reader.GetString(8)))));
        }

        return [.. readings.OrderBy(r => r.Footnote)];
    }

    /// <summary>
    /// The Table of each country's ITU Region in the edition, within the range, as it applies in that country: the
    /// Region's allocations and band footnotes overlapping the range with the stored rules of the footnotes they cite.
    /// A country the store does not place in a Region has none.
    /// </summary>
    public async Task<IReadOnlyList<CountryTable>> CountryTablesAsync(
        FrequencyRange range, IReadOnlyList<AreaCode> countries, string edition, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var facts = await AreaQuery.FactsAsync(connection, countries, cancellationToken);
        var placed = countries.Where(c => facts.TryGetValue(c, out var f) && f.Region is not null).ToList();
        var tables = new Dictionary<AreaCode, AllocationTable>();
        foreach (var region in placed.Select(c => AreaCode.Region((int)facts[c].Region!.Value)).Distinct())
        {
            if (await RegionTableAsync(connection, region, edition, range, cancellationToken) is { } table)
            {
                tables[region] = table;
            }
        }

        var cited = tables.Values.SelectMany(t => t.BandFootnotes.SelectMany(b => b.Footnotes).Concat(t.Allocations.SelectMany(a => a.Footnotes)))
            .Select(f => f.Value).Distinct().ToArray();
        var rules = await RulesOfAsync(connection, cited, cancellationToken);
        return
        [
            .. placed
                .Where(c => tables.ContainsKey(AreaCode.Region((int)facts[c].Region!.Value)))
                .Select(c => CountryTable.For(tables[AreaCode.Region((int)facts[c].Region!.Value)], rules, c)),
        ];
    }

    /// <summary>Every stored rule of these footnotes, in footnote order.</summary>
    internal static async Task<IReadOnlyList<FootnoteRule>> RulesOfAsync(NpgsqlConnection connection, string[] footnotes, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT r.footnote_id, r.rule_no, r.band_no, r.service_no, r.kind, lower(r.range), upper(r.range), r.service, r.status, r.countries,
                   r.regions, r.except_countries, r.identifies, r.toward, r.conditions::text, r.text
            FROM footnote_rule r WHERE r.footnote_id = ANY($1)
            ORDER BY r.footnote_id, r.rule_no, r.band_no, r.service_no
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = footnotes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return StoredFootnoteRules.RulesOf(await RowsAsync(command, cancellationToken));
    }

    /// <summary>The countries a point lies in or a drawn area reaches inside (sharing only a border does not count), by code.</summary>
    public async Task<IReadOnlyList<AreaCode>> CountriesInAsync(Geometry area, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT code FROM area
            WHERE kind = 'country' AND ST_Intersects(geom, $1) AND (ST_Dimension($1) = 0 OR NOT ST_Touches(geom, $1))
            ORDER BY code
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = area, NpgsqlDbType = NpgsqlDbType.Geometry });
        var countries = new List<AreaCode>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            countries.Add(AreaCode.Parse(reader.GetString(0)));
        }

        return countries;
    }

    // The Region's table of the edition, only its rows overlapping the range (a rule acts only within the band cited).
    // A Region has one table per edition; should there be more, the first by name is the Region's.
    private static async Task<AllocationTable?> RegionTableAsync(
        NpgsqlConnection connection, AreaCode region, string edition, FrequencyRange range, CancellationToken cancellationToken)
    {
        int id;
        string name;
        await using (var head = new NpgsqlCommand(
            "SELECT id, name FROM allocation_table WHERE area_code = $1 AND edition = $2 ORDER BY name LIMIT 1", connection))
        {
            head.Parameters.Add(new NpgsqlParameter<string> { TypedValue = region.Value });
            head.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition });
            await using var reader = await head.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (id, name) = (reader.GetInt32(0), reader.GetString(1));
        }

        var allocations = new List<Allocation>();
        await using (var command = new NpgsqlCommand(
            "SELECT lower(range), upper(range), service, status, footnotes, source, confidence, marks::text FROM allocation WHERE table_id = $1 AND range && $2",
            connection))
        {
            AddTableAndRange(command, id, range);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                allocations.Add(StoredAllocations.Read(reader, 0));
            }
        }

        var bands = new List<BandFootnotes>();
        await using (var command = new NpgsqlCommand(
            "SELECT lower(range), upper(range), footnotes, source, marks::text FROM band_footnote WHERE table_id = $1 AND range && $2", connection))
        {
            AddTableAndRange(command, id, range);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                bands.Add(StoredAllocations.ReadBand(reader, 0));
            }
        }

        return new AllocationTable(name, edition, region, allocations, bands);
    }

    private static void AddTableAndRange(NpgsqlCommand command, int tableId, FrequencyRange range)
    {
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = tableId });
        command.Parameters.Add(new NpgsqlParameter { Value = StoreImporter.RangeOf(range), NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint });
    }

    private static async Task<AreaCode> RegionOfAsync(NpgsqlConnection connection, AreaCode country, CancellationToken cancellationToken)
    {
        var facts = await AreaQuery.FactsAsync(connection, [country], cancellationToken);
        return facts.TryGetValue(country, out var f) && f.Region is { } region
            ? AreaCode.Region((int)region)
            : throw new StoreException($"the store places no country '{country}' in an ITU Region (spectrum import data loads the shipped countries)");
    }

    private static async Task<List<StoredRuleRow>> RowsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<StoredRuleRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(StoredFootnoteRules.Read(reader, 0));
        }

        return rows;
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
