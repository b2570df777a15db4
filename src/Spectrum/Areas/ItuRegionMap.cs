using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Spectrum.Areas;

/// <summary>
/// The three ITU Regions after the country rules of RR Nos. 5.3-5.5: valid MultiPolygons (SRID 4326) that tile the
/// longitude/latitude rectangle without overlapping. Region 1 is its zone without Iran, with the countries listed in
/// RR No. 5.3 and the area north of the Russian Federation between lines A and C; Region 3 is its zone without
/// those, with Iran; Region 2 is its zone without any of them.
/// </summary>
public sealed class ItuRegionMap
{
    private readonly RegionPolygons _regions;

    private ItuRegionMap(MultiPolygon region1, MultiPolygon region2, MultiPolygon region3) =>
        _regions = new RegionPolygons(region1, region2, region3);

    public MultiPolygon Region1 => _regions[ItuRegion.Region1];

    public MultiPolygon Region2 => _regions[ItuRegion.Region2];

    public MultiPolygon Region3 => _regions[ItuRegion.Region3];

    public MultiPolygon this[ItuRegion region] => _regions[region];

    /// <summary>
    /// The area north of the Russian Federation between lines A and C (RR No. 5.3), as defined by
    /// <see cref="ItuRegionRules.ArcticAreaSouthLatitude"/>: the Region 3 zone north of 65° 30′ N.
    /// </summary>
    public static MultiPolygon ArcticArea(ItuRegionZones zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var north = Wgs84.Rectangle(-180, ItuRegionRules.ArcticAreaSouthLatitude, 180, 90);
        return Wgs84.ToMultiPolygon(OverlayNGRobust.Overlay(zones.Region3, north, SpatialFunction.Intersection));
    }

    /// <summary>
    /// Applies the country rules to the zones. <paramref name="countries"/> must hold every country a rule names
    /// (several records with one code are joined); others are ignored.
    /// </summary>
    public static ItuRegionMap Build(ItuRegionZones zones, IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(countries);

        var ruled = countries
            .Where(c => ItuRegionRules.RegionByRule(c.IsoAlpha2) is not null)
            .GroupBy(c => c.IsoAlpha2!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Geometry)OverlayNGRobust.Union(g.Select(c => (Geometry)c.Geometry)), StringComparer.Ordinal);
        var missing = ItuRegionRules.All.Select(r => r.IsoAlpha2).Where(code => !ruled.ContainsKey(code)).Order().ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The country rules need the territory of {string.Join(", ", missing)}.", nameof(countries));
        }

        // Ruled territory for Region 1 takes precedence, so a sliver where rounded borders overlap is never in two
        // Regions.
        var toRegion1 = OverlayNGRobust.Union(
            ItuRegionRules.Region1Countries.Select(code => ruled[code]).Append(ArcticArea(zones)));
        var toRegion3 = Difference(
            OverlayNGRobust.Union(ItuRegionRules.Region3Countries.Select(code => ruled[code])),
            toRegion1);

        return new ItuRegionMap(
            Finish(Difference(Union(zones.Region1, toRegion1), toRegion3)),
            Finish(Difference(Difference(zones.Region2, toRegion1), toRegion3)),
            Finish(Difference(Union(zones.Region3, toRegion3), toRegion1)));
    }

    /// <summary>The Region holding the point (longitude, latitude); on a boundary, the first Region, by number, that touches it.</summary>
    public ItuRegion RegionAt(double longitude, double latitude) => _regions.At(longitude, latitude);

    private static Geometry Union(Geometry a, Geometry b) => OverlayNGRobust.Overlay(a, b, SpatialFunction.Union);

    private static Geometry Difference(Geometry a, Geometry b) => OverlayNGRobust.Overlay(a, b, SpatialFunction.Difference);

    private static MultiPolygon Finish(Geometry region)
    {
        var multiPolygon = Wgs84.ToMultiPolygon(region);
        if (!multiPolygon.IsValid)
        {
            throw new InvalidOperationException("The Region polygon came out invalid.");
        }

        return multiPolygon;
    }
}
