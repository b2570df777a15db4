using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Spectrum.Areas;

/// <summary>
/// Geographic coordinates in WGS 84 (EPSG:4326): X is longitude and Y latitude, in degrees, with longitudes
/// within [-180, 180]. Every area geometry of the planner is made by <see cref="Factory"/>.
/// </summary>
public static class Wgs84
{
    public const int Srid = 4326;

    /// <summary>
    /// Floating precision, SRID 4326, and the robust overlay (OverlayNG) for Union, Difference, Intersection. The store
    /// makes this <see cref="NtsGeometryServices.Instance"/> before it reads a geometry, so geometries read back keep
    /// the same promise as those the planner makes.
    /// </summary>
    public static NtsGeometryServices Services { get; } = new(
        NetTopologySuite.Geometries.Implementation.CoordinateArraySequenceFactory.Instance, new PrecisionModel(), Srid,
        GeometryOverlay.NG, new CoordinateEqualityComparer());

    /// <summary>The factory of <see cref="Services"/>: every area geometry of the planner is made by it.</summary>
    public static GeometryFactory Factory { get; } = Services.CreateGeometryFactory();

    /// <summary>The whole longitude/latitude rectangle, [-180, 180] × [-90, 90].</summary>
    public static Polygon World { get; } = Rectangle(-180, -90, 180, 90);

    /// <summary>Area of the whole longitude/latitude rectangle, in square degrees.</summary>
    public const double WorldArea = 360.0 * 180.0;

    public static Point Point(double longitude, double latitude) =>
        Factory.CreatePoint(new Coordinate(longitude, latitude));

    public static Polygon Rectangle(double west, double south, double east, double north) =>
        (Polygon)Factory.ToGeometry(new Envelope(west, east, south, north));

    /// <summary>
    /// The polygons of <paramref name="geometry"/> as a MultiPolygon with SRID 4326; lines and points that an
    /// overlay may leave along shared edges are dropped.
    /// </summary>
    public static MultiPolygon ToMultiPolygon(Geometry geometry)
    {
        var polygons = new List<Polygon>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            switch (geometry.GetGeometryN(i))
            {
                case Polygon { IsEmpty: false } polygon:
                    polygons.Add(polygon);
                    break;
                case GeometryCollection nested when !ReferenceEquals(nested, geometry):
                    polygons.AddRange(ToMultiPolygon(nested).Geometries.Cast<Polygon>());
                    break;
            }
        }

        return Factory.CreateMultiPolygon([.. polygons.Select(p => (Polygon)Factory.CreateGeometry(p))]);
    }
}
