using NetTopologySuite.Geometries;
using Spectrum.Areas;

namespace Spectrum.Tests.Areas;

public class AntimeridianTests
{
    [Fact]
    public void A_polygon_drawn_past_180_degrees_is_cut_into_two_pieces_within_180_degrees()
    {
        var pieces = Antimeridian.Split(Wgs84.Rectangle(170, -10, 190, 10));

        Assert.Equal(2, pieces.NumGeometries);
        Assert.Equal(400, pieces.Area, 9);
        Assert.Equal(-180, pieces.EnvelopeInternal.MinX);
        Assert.Equal(180, pieces.EnvelopeInternal.MaxX);
    }

    [Fact]
    public void A_ring_that_jumps_from_180_to_minus_180_is_repaired_into_pieces_on_both_sides()
    {
        // An island from 179° E to 179° W stored as one ring with two jumps, as in the Natural Earth data for Fiji.
        var island = Multi(Ring((179, -1), (-179, -1), (-179, 1), (179, 1), (179, -1)));

        var repaired = Antimeridian.Repair(island);

        Assert.Equal(2, repaired.NumGeometries);
        Assert.Equal(4, repaired.Area, 9);
        Assert.True(repaired.IsValid);
    }

    [Fact]
    public void A_ring_round_the_South_Pole_is_closed_along_the_pole()
    {
        // A coast at 70° S stored from -180° east to 180° with one jump, as Antarctica is.
        var coast = Multi(Ring((-180, -70), (0, -70), (180, -70), (-180, -70)));

        var repaired = Antimeridian.Repair(coast);

        Assert.Equal(360 * 20, repaired.Area, 6);
        Assert.True(repaired.Covers(Wgs84.Point(0, -80)));
        Assert.False(repaired.Covers(Wgs84.Point(0, -60)));
    }

    [Fact]
    public void A_polygon_that_does_not_cross_the_antimeridian_is_returned_untouched()
    {
        var netherlands = Multi(Ring((3, 50), (7, 50), (7, 54), (3, 54), (3, 50)));

        Assert.Same(netherlands, Antimeridian.Repair(netherlands));
    }

    private static MultiPolygon Multi(params Polygon[] polygons) => Wgs84.Factory.CreateMultiPolygon(polygons);

    private static Polygon Ring(params (double X, double Y)[] points) =>
        Wgs84.Factory.CreatePolygon([.. points.Select(p => new Coordinate(p.X, p.Y))]);
}
