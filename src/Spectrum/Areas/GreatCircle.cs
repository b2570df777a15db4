using NetTopologySuite.Geometries;

namespace Spectrum.Areas;

/// <summary>Points along the shorter great-circle arc between two positions, by spherical linear interpolation.</summary>
public static class GreatCircle
{
    /// <summary>Default spacing of the points along an arc, in degrees of arc.</summary>
    public const double DefaultStepDegrees = 0.5;

    /// <summary>
    /// The arc from <paramref name="from"/> to <paramref name="to"/> (X longitude, Y latitude, degrees), with points
    /// no more than <paramref name="maxStepDegrees"/> of arc apart. The first point is <paramref name="from"/>;
    /// longitudes then run on without a jump of 360°, so an arc across the antimeridian leaves [-180, 180] and the
    /// last point is <paramref name="to"/> shifted by a whole turn where needed. Neither end may be a pole, where
    /// the direction of the arc is undefined: an arc from a pole is a meridian.
    /// </summary>
    public static IReadOnlyList<Coordinate> Arc(Coordinate from, Coordinate to, double maxStepDegrees = DefaultStepDegrees)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!(maxStepDegrees > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(maxStepDegrees), maxStepDegrees, "The step must be positive.");
        }

        RefusePole(from, nameof(from));
        RefusePole(to, nameof(to));

        var a = ToVector(from);
        var b = ToVector(to);
        var cross = Cross(a, b);
        var angle = Math.Atan2(Norm(cross), Dot(a, b));
        if (Math.PI - angle < 1e-12)
        {
            throw new ArgumentException("The two points are antipodal: the great-circle arc between them is not unique.", nameof(to));
        }

        var steps = Math.Max(1, (int)Math.Ceiling(angle * 180 / Math.PI / maxStepDegrees));
        var points = new List<Coordinate>(steps + 1) { new(from.X, from.Y) };
        var previousLongitude = from.X;
        for (var i = 1; i < steps; i++)
        {
            var t = (double)i / steps;
            var p = Slerp(a, b, angle, t);
            var longitude = Unwrap(Math.Atan2(p.Y, p.X) * 180 / Math.PI, previousLongitude);
            var latitude = Math.Atan2(p.Z, Math.Sqrt(p.X * p.X + p.Y * p.Y)) * 180 / Math.PI;
            points.Add(new Coordinate(longitude, latitude));
            previousLongitude = longitude;
        }

        points.Add(new Coordinate(Unwrap(to.X, previousLongitude), to.Y));
        return points;
    }

    /// <summary>The longitude equal to <paramref name="longitude"/> modulo 360° that lies nearest <paramref name="near"/>.</summary>
    internal static double Unwrap(double longitude, double near) =>
        longitude + 360 * Math.Round((near - longitude) / 360);

    private static void RefusePole(Coordinate point, string name)
    {
        if (Math.Abs(point.Y) >= 90)
        {
            throw new ArgumentException("A great-circle arc from a pole is a meridian: give the meridian instead.", name);
        }
    }

    private readonly record struct Vector(double X, double Y, double Z);

    private static Vector ToVector(Coordinate c)
    {
        var lon = c.X * Math.PI / 180;
        var lat = c.Y * Math.PI / 180;
        return new Vector(Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
    }

    private static Vector Slerp(Vector a, Vector b, double angle, double t)
    {
        var wa = Math.Sin((1 - t) * angle) / Math.Sin(angle);
        var wb = Math.Sin(t * angle) / Math.Sin(angle);
        return new Vector(wa * a.X + wb * b.X, wa * a.Y + wb * b.Y, wa * a.Z + wb * b.Z);
    }

    private static double Dot(Vector a, Vector b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;

    private static Vector Cross(Vector a, Vector b) =>
        new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    private static double Norm(Vector v) => Math.Sqrt(Dot(v, v));
}
