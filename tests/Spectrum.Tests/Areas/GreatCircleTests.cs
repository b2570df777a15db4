using NetTopologySuite.Geometries;
using Spectrum.Areas;

namespace Spectrum.Tests.Areas;

public class GreatCircleTests
{
    [Fact]
    public void An_arc_starts_and_ends_exactly_at_its_ends()
    {
        var arc = GreatCircle.Arc(new Coordinate(-10, 72), new Coordinate(-50, 40));

        Assert.Equal(new Coordinate(-10, 72), arc[0]);
        Assert.Equal(new Coordinate(-50, 40), arc[^1]);
    }

    [Fact]
    public void Every_point_of_an_arc_lies_on_the_great_circle_through_its_ends()
    {
        var from = new Coordinate(-10, 72);
        var to = new Coordinate(-50, 40);
        var normal = Cross(Vector(from), Vector(to));

        foreach (var point in GreatCircle.Arc(from, to))
        {
            Assert.Equal(0, Dot(Vector(point), normal), 12);
        }
    }

    [Fact]
    public void Points_of_an_arc_are_no_further_apart_than_the_step()
    {
        var arc = GreatCircle.Arc(new Coordinate(165, 50), new Coordinate(-170, 10), 0.5);

        for (var i = 1; i < arc.Count; i++)
        {
            Assert.InRange(AngleDegrees(arc[i - 1], arc[i]), 0.1, 0.5 + 1e-9);
        }
    }

    [Fact]
    public void The_middle_of_an_arc_along_the_equator_stays_on_the_equator()
    {
        var arc = GreatCircle.Arc(new Coordinate(0, 0), new Coordinate(90, 0), 45);

        Assert.Equal(3, arc.Count);
        Assert.Equal(45, arc[1].X, 9);
        Assert.Equal(0, arc[1].Y, 9);
    }

    [Fact]
    public void An_arc_bulges_towards_the_pole_compared_with_a_straight_line_in_longitude_and_latitude()
    {
        // Between two points on parallel 60° N the great circle runs north of the parallel.
        var arc = GreatCircle.Arc(new Coordinate(0, 60), new Coordinate(40, 60), 10);

        Assert.Equal(20, arc[1].X, 9);
        Assert.True(arc[1].Y > 61, $"{arc[1].Y}");
    }

    [Fact]
    public void An_arc_across_the_antimeridian_keeps_its_longitudes_continuous()
    {
        var arc = GreatCircle.Arc(new Coordinate(170, 0), new Coordinate(-170, 0));

        Assert.All(arc.Zip(arc.Skip(1)), pair => Assert.True(Math.Abs(pair.Second.X - pair.First.X) < 1));
        Assert.Equal(190, arc[^1].X, 9);
    }

    [Fact]
    public void An_arc_from_a_pole_is_refused_because_its_direction_is_undefined()
    {
        Assert.Throws<ArgumentException>(() => GreatCircle.Arc(new Coordinate(0, 90), new Coordinate(10, 40)));
    }

    [Fact]
    public void An_arc_between_antipodes_is_refused_because_it_is_not_unique()
    {
        Assert.Throws<ArgumentException>(() => GreatCircle.Arc(new Coordinate(0, 10), new Coordinate(180, -10)));
    }

    private static (double X, double Y, double Z) Vector(Coordinate c)
    {
        var lon = c.X * Math.PI / 180;
        var lat = c.Y * Math.PI / 180;
        return (Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
    }

    private static (double X, double Y, double Z) Cross((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
        (a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    private static double Dot((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
        a.X * b.X + a.Y * b.Y + a.Z * b.Z;

    private static double AngleDegrees(Coordinate a, Coordinate b) =>
        Math.Acos(Math.Clamp(Dot(Vector(a), Vector(b)), -1, 1)) * 180 / Math.PI;
}
