using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Spectrum.Areas;

/// <summary>
/// Three MultiPolygons, one per ITU Region number, prepared for repeated point and area tests. Both the zones of the
/// lines and the final Regions are such a triple.
/// </summary>
internal sealed class RegionPolygons
{
    private readonly MultiPolygon[] _polygons;
    private readonly IPreparedGeometry[] _prepared;

    public RegionPolygons(MultiPolygon region1, MultiPolygon region2, MultiPolygon region3)
    {
        _polygons = [region1, region2, region3];
        _prepared = [.. _polygons.Select(PreparedGeometryFactory.Prepare)];
    }

    public IReadOnlyList<IPreparedGeometry> Prepared => _prepared;

    public MultiPolygon this[ItuRegion region] => region is ItuRegion.Region1 or ItuRegion.Region2 or ItuRegion.Region3
        ? _polygons[(int)region - 1]
        : throw new ArgumentOutOfRangeException(nameof(region), region, "Not an ITU Region.");

    /// <summary>The Region holding the point; on a boundary, the first Region, by number, that touches it.</summary>
    public ItuRegion At(double longitude, double latitude)
    {
        var point = Wgs84.Point(longitude, latitude);
        for (var i = 0; i < _prepared.Length; i++)
        {
            if (_prepared[i].Covers(point))
            {
                return (ItuRegion)(i + 1);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(longitude), $"({longitude}, {latitude}) is outside [-180, 180] × [-90, 90].");
    }
}
