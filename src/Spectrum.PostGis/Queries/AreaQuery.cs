using NetTopologySuite.Geometries;
using Npgsql;
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
}
