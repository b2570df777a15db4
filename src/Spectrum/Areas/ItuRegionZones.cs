using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Spectrum.Areas;

/// <summary>
/// The three zones bounded by lines A, B and C alone, before any country rule: the Region 1 zone lies between line
/// B (west) and line A (east), the Region 2 zone between line C (west) and line B (east), the Region 3 zone between
/// line A (west) and line C (east). The zones tile the longitude/latitude rectangle without gaps or overlaps; each
/// is a valid MultiPolygon with SRID 4326, split at the antimeridian where line C crosses it.
/// </summary>
public sealed class ItuRegionZones
{
    private readonly RegionPolygons _regions;

    private ItuRegionZones(MultiPolygon region1, MultiPolygon region2, MultiPolygon region3) =>
        _regions = new RegionPolygons(region1, region2, region3);

    public MultiPolygon Region1 => _regions[ItuRegion.Region1];

    public MultiPolygon Region2 => _regions[ItuRegion.Region2];

    public MultiPolygon Region3 => _regions[ItuRegion.Region3];

    public MultiPolygon this[ItuRegion region] => _regions[region];

    /// <summary>Builds the zones from lines A, B and C with great-circle arcs densified to <paramref name="arcStepDegrees"/>.</summary>
    public static ItuRegionZones Build(double arcStepDegrees = GreatCircle.DefaultStepDegrees)
    {
        var a = ItuRegionLines.A(arcStepDegrees);
        var b = ItuRegionLines.B(arcStepDegrees);
        var c = ItuRegionLines.C(arcStepDegrees);

        // Each zone is one ring in continuous longitude: down its eastern line from the North Pole to the South
        // Pole, then back up its western line. Line C bounds Region 3 on the east one turn further on, at +360°.
        // The rings run along the poles between the lines, which is harmless in longitude/latitude.
        return new ItuRegionZones(
            Zone(east: a, west: b),
            Zone(east: b, west: c),
            Zone(east: Shift(c, 360), west: a));
    }

    /// <summary>The zone holding the point (longitude, latitude); on a line, the first zone, by number, that touches it.</summary>
    public ItuRegion ZoneAt(double longitude, double latitude) => _regions.At(longitude, latitude);

    /// <summary>
    /// The Region of a country: the Region its whole territory belongs to by rule (<see cref="ItuRegionRules"/>),
    /// otherwise the zone that holds the largest share of its area. Areas are compared in square degrees of
    /// longitude/latitude, which favours high latitudes; that only matters for a country split almost evenly
    /// between zones, and <see cref="CountryRegion.Share"/> shows those.
    /// </summary>
    public CountryRegion RegionOf(Geometry country, string? isoAlpha2)
    {
        ArgumentNullException.ThrowIfNull(country);
        if (country.IsEmpty || country.Area <= 0)
        {
            throw new ArgumentException("The country has no area.", nameof(country));
        }

        var ruled = ItuRegionRules.RegionByRule(isoAlpha2);
        if (ruled is { } region)
        {
            return new CountryRegion(region, RegionBasis.CountryRule, 1);
        }

        var shares = ZoneShares(country);
        var best = 0;
        for (var i = 1; i < shares.Count; i++)
        {
            if (shares[i] > shares[best])
            {
                best = i;
            }
        }

        return new CountryRegion((ItuRegion)(best + 1), RegionBasis.Lines, shares[best]);
    }

    /// <summary>
    /// The fraction of the area of <paramref name="geometry"/> (square degrees) in each zone: Region 1 at index 0,
    /// Region 2 at 1, Region 3 at 2.
    /// </summary>
    public IReadOnlyList<double> ZoneShares(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var area = geometry.Area;
        var shares = new double[3];
        for (var i = 0; i < shares.Length; i++)
        {
            if (_regions.Prepared[i].Covers(geometry))
            {
                shares[i] = 1;
                return shares;
            }

            shares[i] = _regions.Prepared[i].Intersects(geometry)
                ? OverlayNGRobust.Overlay(geometry, _regions.Prepared[i].Geometry, SpatialFunction.Intersection).Area / area
                : 0;
        }

        return shares;
    }

    private static MultiPolygon Zone(IReadOnlyList<Coordinate> east, IReadOnlyList<Coordinate> west)
    {
        var ring = new List<Coordinate>(east.Count + west.Count + 1);
        ring.AddRange(east.Select(p => p.Copy()));
        ring.AddRange(west.Reverse().Select(p => p.Copy()));
        ring.Add(east[0].Copy());
        var zone = Wgs84.Factory.CreatePolygon([.. ring]);
        if (!zone.IsValid)
        {
            throw new InvalidOperationException("The lines bounding a zone cross each other.");
        }

        var zoneInWorld = Antimeridian.Split(zone);
        zoneInWorld.Normalize();
        return zoneInWorld;
    }

    private static Coordinate[] Shift(IReadOnlyList<Coordinate> line, double degrees) =>
        [.. line.Select(p => new Coordinate(p.X + degrees, p.Y))];
}
