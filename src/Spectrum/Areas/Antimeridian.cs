using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Spectrum.Areas;

/// <summary>Polygons that cross the antimeridian (±180°), cut into pieces that keep longitudes within [-180, 180].</summary>
public static class Antimeridian
{
    /// <summary>
    /// Cuts a polygon drawn in continuous longitude (which may run past ±180°, by up to one turn) into pieces that
    /// each lie within one turn, and moves every piece into [-180, 180].
    /// </summary>
    public static MultiPolygon Split(Geometry continuous)
    {
        ArgumentNullException.ThrowIfNull(continuous);
        var envelope = continuous.EnvelopeInternal;
        if (envelope.IsNull)
        {
            return Wgs84.Factory.CreateMultiPolygon();
        }

        if (envelope.MinX < -540 || envelope.MaxX > 540)
        {
            throw new ArgumentException("The polygon runs more than one turn past the antimeridian.", nameof(continuous));
        }

        var pieces = new List<Geometry>();
        for (var turn = -1; turn <= 1; turn++)
        {
            var offset = turn * 360.0;
            if (envelope.MaxX <= offset - 180 || envelope.MinX >= offset + 180)
            {
                continue;
            }

            var window = Wgs84.Rectangle(offset - 180, -90, offset + 180, 90);
            var piece = turn == 0 && window.EnvelopeInternal.Covers(envelope)
                ? continuous
                : OverlayNGRobust.Overlay(continuous, window, SpatialFunction.Intersection);
            if (!piece.IsEmpty)
            {
                pieces.Add(turn == 0 ? piece : AffineTransformation.TranslationInstance(-offset, 0).Transform(piece));
            }
        }

        return Wgs84.ToMultiPolygon(Wgs84.Factory.BuildGeometry(pieces));
    }

    /// <summary>
    /// Repairs polygons whose rings cross the antimeridian by jumping between +180° and -180° from one point to the
    /// next, as in data converted from TopoJSON. Such a ring is read in continuous longitude; if it comes back to
    /// its start it is cut at ±180° (<see cref="Split"/>); if it ends one turn away it goes round a pole (the coast
    /// of Antarctica) and is closed along that pole. Rings that go round a pole are joined into the outline (a line
    /// just beside the pole, stored as a ring of its own, adds to the continent rather than taking from it); other
    /// rings after the first are holes. Polygons with no jump are returned untouched; the pieces are not joined with
    /// them, so the result may need making valid.
    /// </summary>
    public static MultiPolygon Repair(MultiPolygon territory)
    {
        ArgumentNullException.ThrowIfNull(territory);
        var untouched = new List<Geometry>();
        var repaired = new List<Geometry>();
        foreach (var polygon in territory.Geometries.Cast<Polygon>())
        {
            var rings = new[] { polygon.Shell }.Concat(polygon.Holes).ToList();
            if (!rings.Any(CrossesAntimeridian))
            {
                untouched.Add(polygon);
                continue;
            }

            var outline = new List<Geometry>();
            var holes = new List<Geometry>();
            for (var i = 0; i < rings.Count; i++)
            {
                var (area, roundsPole) = Unwrap(rings[i]);
                (i == 0 || roundsPole ? outline : holes).Add(area);
            }

            var continuous = OverlayNGRobust.Overlay(
                OverlayNGRobust.Union(outline),
                holes.Count == 0 ? Wgs84.Factory.CreatePolygon() : OverlayNGRobust.Union(holes),
                SpatialFunction.Difference);
            repaired.Add(Split(continuous));
        }

        if (repaired.Count == 0)
        {
            return territory;
        }

        return Wgs84.ToMultiPolygon(Wgs84.Factory.BuildGeometry(untouched.Concat(repaired)));
    }

    private static bool CrossesAntimeridian(LineString ring)
    {
        var points = ring.CoordinateSequence;
        for (var i = 1; i < points.Count; i++)
        {
            if (Math.Abs(points.GetX(i) - points.GetX(i - 1)) > 180)
            {
                return true;
            }
        }

        return false;
    }

    // The area a ring encloses in continuous longitude, and whether it goes round a pole to get there.
    private static (Geometry Area, bool RoundsPole) Unwrap(LineString ring)
    {
        var source = ring.Coordinates;
        var points = new List<Coordinate>(source.Length + 3) { new(source[0].X, source[0].Y) };
        for (var i = 1; i < source.Length; i++)
        {
            points.Add(new Coordinate(GreatCircle.Unwrap(source[i].X, points[^1].X), source[i].Y));
        }

        var turns = Math.Round((points[^1].X - points[0].X) / 360);
        var roundsPole = turns != 0;
        if (Math.Abs(turns) > 1)
        {
            throw new ArgumentException("A ring goes round a pole more than once.", nameof(ring));
        }

        if (roundsPole)
        {
            var pole = points.Average(p => p.Y) < 0 ? -90.0 : 90.0;
            points.Add(new Coordinate(points[^1].X, pole));
            points.Add(new Coordinate(points[0].X, pole));
            points.Add(points[0].Copy());
        }
        else
        {
            points[^1] = points[0].Copy();
        }

        return (GeometryFixer.Fix(Wgs84.Factory.CreatePolygon([.. points])), roundsPole);
    }
}
