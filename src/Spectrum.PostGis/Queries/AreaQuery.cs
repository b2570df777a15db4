using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using Spectrum.Areas;
using Spectrum.Conflicts;

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

    /// <summary>
    /// The neighbours of a country or a Region, nearest first. A country's: the countries whose territory in their own
    /// Region shares a border with its territory in its own Region (within a kilometre, for the rounding of the shipped
    /// polygons), or comes within <see cref="ScreenedArea.SeaDistanceMetres"/> of it across the sea: the shortest line
    /// between them runs less than half its length over a third country (NL-GB grazes the Belgian coast; NL-FR and
    /// NL-LU cross Belgium). A Region's: the other Regions one of whose countries neighbours one
    /// of its own that way (a Region's zone reaches across the oceans; its countries are what borders). Other areas have none.
    /// </summary>
    public async Task<IReadOnlyList<Neighbour>> NeighboursAsync(AreaCode code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await NeighboursAsync(connection, code, cancellationToken);
    }

    internal static async Task<IReadOnlyList<Neighbour>> NeighboursAsync(NpgsqlConnection connection, AreaCode code, CancellationToken cancellationToken)
    {
        if (code.Kind is not (AreaKind.Country or AreaKind.Region))
        {
            return [];
        }

        await using var command = new NpgsqlCommand(code.Kind == AreaKind.Country
            ? """
              WITH own AS (SELECT own_geom AS geom FROM area WHERE code = $1 AND kind = 'country'),
              near AS MATERIALIZED (
                  SELECT DISTINCT pb.code FROM area_piece pa JOIN area_piece pb ON pb.code <> pa.code AND ST_DWithin(pa.geom, pb.geom, 3)
                  WHERE pa.code = $1),
              measured AS (
                  SELECT n.code, n.own_geom AS geom, ST_Distance(n.own_geom::geography, own.geom::geography) AS metres
                  FROM near JOIN area n ON n.code = near.code, own)
              SELECT m.code, m.metres <= 1000, m.metres::bigint
              FROM measured m, own, LATERAL (SELECT ST_ShortestLine(own.geom, m.geom) AS line) l
              WHERE m.metres <= $2 AND (m.metres <= 1000 OR (
                  SELECT coalesce(sum(ST_Length(ST_Intersection(x.geom, l.line)::geography)), 0) FROM area x
                  WHERE x.kind = 'country' AND x.code <> $1 AND x.code <> m.code AND ST_Intersects(x.geom, l.line)) < m.metres / 2)
              ORDER BY m.metres, m.code
              """
            : """
              WITH candidates AS MATERIALIZED (
                  SELECT DISTINCT pa.code AS a_code, pb.code AS b_code
                  FROM area_piece pa JOIN area_piece pb ON pb.itu_region <> pa.itu_region AND ST_DWithin(pa.geom, pb.geom, 2)
                  WHERE pa.itu_region = (SELECT itu_region FROM area WHERE code = $1)),
              pairs AS (
                  SELECT b.itu_region AS b_region, ST_Distance(a.own_geom::geography, b.own_geom::geography) AS metres
                  FROM candidates c JOIN area a ON a.code = c.a_code JOIN area b ON b.code = c.b_code)
              SELECT 'R' || b_region, min(metres) <= 1000, min(metres)::bigint FROM pairs
              WHERE metres <= $2 GROUP BY b_region ORDER BY 3, 1
              """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = code.Value });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = ScreenedArea.SeaDistanceMetres });
        var neighbours = new List<Neighbour>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var land = reader.GetBoolean(1);
            neighbours.Add(new Neighbour(AreaCode.Parse(reader.GetString(0)), land ? NeighbourPath.Land : NeighbourPath.Sea, land ? 0 : reader.GetInt64(2)));
        }

        return neighbours;
    }

    /// <summary>
    /// The area as the screening needs it: the countries it holds with their Regions (a Region's countries, a group's
    /// members, the countries a drawn area reaches, the country itself), its neighbours, and the CEPT members among them.
    /// </summary>
    internal static async Task<ScreenedArea> ScreenedAsync(NpgsqlConnection connection, AreaFilter area, CancellationToken cancellationToken)
    {
        if (area is AreaFilter.Anywhere)
        {
            return ScreenedArea.Unknown;
        }

        var known = area is AreaFilter.Known k ? k.Code : (AreaCode?)null;
        await using var command = new NpgsqlCommand(
            """
            SELECT c.code, c.itu_region FROM area c
            WHERE c.kind = 'country' AND c.itu_region IS NOT NULL AND (
                c.code = $1
                OR c.itu_region = (SELECT itu_region FROM area WHERE code = $1 AND kind = 'region')
                OR c.code IN (SELECT member_code FROM area_member WHERE group_code = $1)
                OR ($2::geometry IS NOT NULL AND ST_Intersects(c.geom, $2) AND (ST_Dimension($2) = 0 OR NOT ST_Touches(c.geom, $2))))
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)known?.Value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = area is AreaFilter.Drawn d ? d.Geometry : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Geometry });
        var countries = new Dictionary<AreaCode, AreaCode>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                countries[AreaCode.Parse(reader.GetString(0))] = AreaCode.Region(reader.GetInt16(1));
            }
        }

        var neighbours = known is { } code ? await NeighboursAsync(connection, code, cancellationToken) : [];
        await using var cept = new NpgsqlCommand("SELECT member_code FROM area_member WHERE group_code = 'CEPT' AND member_code = ANY($1)", connection);
        cept.Parameters.Add(new NpgsqlParameter
        {
            Value = countries.Keys.Concat(neighbours.Select(n => n.Code)).Select(c => c.Value).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        });
        var members = new HashSet<AreaCode>();
        await using (var reader = await cept.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                members.Add(AreaCode.Parse(reader.GetString(0)));
            }
        }

        return new ScreenedArea(known, countries, neighbours) { Cept = members };
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
