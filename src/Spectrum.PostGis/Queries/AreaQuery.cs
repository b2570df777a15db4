using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using Spectrum.Areas;

namespace Spectrum.PostGis.Queries;

/// <summary>Reads the stored areas: Regions, countries and groups, each with its territory.</summary>
public sealed class AreaQuery(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<StoredArea>> AllAsync(CancellationToken cancellationToken)
    {
        var areas = new List<StoredArea>();
        await using var command = dataSource.CreateCommand(
            "SELECT code, name, itu_region, geom, source, confidence FROM area ORDER BY kind DESC, code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            areas.Add(new StoredArea(
                AreaCode.Parse(reader.GetString(0)),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : (ItuRegion)reader.GetInt16(2),
                reader.GetFieldValue<MultiPolygon>(3),
                new Provenance(reader.GetString(4), Terms.ConfidenceOf(reader.GetString(5)))));
        }

        return areas;
    }

    /// <summary>True when the store has an area of this code.</summary>
    public async Task<bool> ExistsAsync(AreaCode code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await FactsAsync(connection, [code], cancellationToken)).ContainsKey(code);
    }

    /// <summary>
    /// The ITU Regions an area lies in: a Region itself; a country's Region; the Regions of a group's members; the
    /// Regions a drawn area reaches into; every Region for no area.
    /// </summary>
    public async Task<IReadOnlySet<AreaCode>> RegionsOfAsync(AreaFilter area, CancellationToken cancellationToken)
    {
        if (area is AreaFilter.Known { Code.Kind: AreaKind.Region } region)
        {
            return new HashSet<AreaCode> { region.Code };
        }

        await using var command = dataSource.CreateCommand(area switch
        {
            AreaFilter.Known =>
                """
                SELECT DISTINCT itu_region FROM area
                WHERE itu_region IS NOT NULL AND (code = $1 OR code IN (SELECT member_code FROM area_member WHERE group_code = $1))
                """,
            AreaFilter.Drawn => "SELECT itu_region FROM area WHERE kind = 'region' AND ST_Intersects(geom, $2)",
            _ => "SELECT itu_region FROM area WHERE kind = 'region'",
        });
        command.Parameters.Add(new NpgsqlParameter { Value = area is AreaFilter.Known k ? k.Code.Value : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = area is AreaFilter.Drawn d ? d.Geometry : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Geometry });
        var regions = new HashSet<AreaCode>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            regions.Add(AreaCode.Region(reader.GetInt16(0)));
        }

        return regions;
    }

    /// <summary>What <see cref="TableApplicability"/> needs of each of these areas that the store has.</summary>
    internal static async Task<Dictionary<AreaCode, AreaFacts>> FactsAsync(
        NpgsqlConnection connection, IReadOnlyList<AreaCode> codes, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT a.code, a.itu_region, coalesce(array_agg(m.group_code ORDER BY m.group_code) FILTER (WHERE m.group_code IS NOT NULL), '{}')
            FROM area a LEFT JOIN area_member m ON m.member_code = a.code
            WHERE a.code = ANY($1) GROUP BY a.code, a.itu_region
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = codes.Select(c => c.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var facts = new Dictionary<AreaCode, AreaFacts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = AreaCode.Parse(reader.GetString(0));
            facts[code] = new AreaFacts(code, reader.IsDBNull(1) ? null : (ItuRegion)reader.GetInt16(1),
                [.. reader.GetFieldValue<string[]>(2).Select(AreaCode.Parse)]);
        }

        return facts;
    }
}
