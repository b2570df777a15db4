using NetTopologySuite.Geometries;
using Spectrum.Areas;

namespace Spectrum.Tests.Areas;

public class ItuRegionLinesTests
{
    public static TheoryData<string, double, double> DefiningPoints => new()
    {
        { "A", 40, 90 }, { "A", 40, 40 }, { "A", 60, 23 + 26 / 60.0 }, { "A", 60, -90 },
        { "B", -10, 90 }, { "B", -10, 72 }, { "B", -50, 40 }, { "B", -20, -10 }, { "B", -20, -90 },
        { "C", -(168 + 58 / 60.0 + 37 / 3600.0), 90 }, { "C", -(168 + 58 / 60.0 + 37 / 3600.0), 65.5 },
        { "C", 165 - 360, 50 }, { "C", -170, 10 }, { "C", -120, 10 }, { "C", -120, -90 },
    };

    [Theory]
    [MemberData(nameof(DefiningPoints))]
    public void Each_line_passes_through_the_points_that_define_it(string line, double longitude, double latitude)
    {
        Assert.Contains(Line(line), p => Math.Abs(p.X - longitude) < 1e-9 && Math.Abs(p.Y - latitude) < 1e-9);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void Each_line_runs_from_the_North_Pole_to_the_South_Pole_without_turning_back_north(string line)
    {
        var points = Line(line);

        Assert.Equal(90, points[0].Y);
        Assert.Equal(-90, points[^1].Y);
        Assert.All(points.Zip(points.Skip(1)), pair => Assert.True(pair.Second.Y <= pair.First.Y));
    }

    [Fact]
    public void Line_C_crosses_the_antimeridian_twice_between_the_Bering_Strait_and_10_degrees_north()
    {
        var west = ItuRegionLines.C().Where(p => p.X < -180).ToList();

        Assert.NotEmpty(west);
        Assert.True(west.Max(p => p.Y) < 65.5 && west.Min(p => p.Y) > 10);
        Assert.Equal(2, ItuRegionLines.C().Zip(ItuRegionLines.C().Skip(1)).Count(s => s.First.X < -180 != s.Second.X < -180));
    }

    [Fact]
    public void Great_circle_arcs_are_densified_and_meridians_are_not()
    {
        // Line A: two meridian legs (one segment each) and the 40° N - 23° 26′ N arc of about 25°.
        var a = ItuRegionLines.A(0.5);

        Assert.InRange(a.Count, 50, 60);
        Assert.Equal(new Coordinate(40, 40), a[1]);
        Assert.Equal(new Coordinate(60, -90), a[^1]);
    }

    private static IReadOnlyList<Coordinate> Line(string name) => name switch
    {
        "A" => ItuRegionLines.A(),
        "B" => ItuRegionLines.B(),
        _ => ItuRegionLines.C(),
    };
}
