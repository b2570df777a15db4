using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Spectrum.Areas;

namespace Spectrum.Tests.Areas;

public class ItuRegionZonesTests
{
    private static readonly ItuRegionZones Zones = ItuRegionZones.Build();

    [Fact]
    public void The_zones_are_valid_MultiPolygons_in_WGS_84_within_180_degrees_of_longitude()
    {
        foreach (var zone in new[] { Zones.Region1, Zones.Region2, Zones.Region3 })
        {
            Assert.True(zone.IsValid);
            Assert.Equal(4326, zone.SRID);
            Assert.InRange(zone.EnvelopeInternal.MinX, -180, 180);
            Assert.InRange(zone.EnvelopeInternal.MaxX, -180, 180);
        }
    }

    [Fact]
    public void The_zones_tile_the_globe_without_gaps_or_overlaps()
    {
        var zones = new[] { Zones.Region1, Zones.Region2, Zones.Region3 };

        Assert.Equal(Wgs84.WorldArea, zones.Sum(z => z.Area), 6);
        for (var i = 0; i < zones.Length; i++)
        {
            for (var j = i + 1; j < zones.Length; j++)
            {
                Assert.Equal(0, OverlayNGRobust.Overlay(zones[i], zones[j], SpatialFunction.Intersection).Area, 9);
            }
        }
    }

    [Fact]
    public void The_Region_3_zone_is_split_at_the_antimeridian_where_line_C_crosses_it()
    {
        // West part from line A to 180°; east of 180° the part north of 65° 30′ N and the part south of line C.
        Assert.Equal(3, Zones.Region3.NumGeometries);
        Assert.Equal(2, Zones.Region2.NumGeometries);
        Assert.Equal(1, Zones.Region1.NumGeometries);
    }

    [Theory]
    // Line A along 60° E south of the Tropic of Cancer: at the equator the Region 1 / Region 3 boundary is 60° E.
    [InlineData(59.99, 0, ItuRegion.Region1)]
    [InlineData(60.01, 0, ItuRegion.Region3)]
    // Line A along 40° E north of 40° N.
    [InlineData(39.99, 60, ItuRegion.Region1)]
    [InlineData(40.01, 60, ItuRegion.Region3)]
    // Line B along 20° W south of 10° S: at 20° S the Region 2 / Region 1 boundary is 20° W.
    [InlineData(-20.01, -20, ItuRegion.Region2)]
    [InlineData(-19.99, -20, ItuRegion.Region1)]
    // Line B through 50° W, 40° N.
    [InlineData(-50.01, 40, ItuRegion.Region2)]
    [InlineData(-49.99, 40, ItuRegion.Region1)]
    // Line B along 10° W north of 72° N.
    [InlineData(-10.01, 80, ItuRegion.Region2)]
    [InlineData(-9.99, 80, ItuRegion.Region1)]
    // Line C along 120° W south of 10° N, and along parallel 10° N from 170° W to 120° W.
    [InlineData(-120.01, -30, ItuRegion.Region3)]
    [InlineData(-119.99, -30, ItuRegion.Region2)]
    [InlineData(-150, 10.01, ItuRegion.Region2)]
    [InlineData(-150, 9.99, ItuRegion.Region3)]
    // Line C through 165° E, 50° N.
    [InlineData(164.99, 50, ItuRegion.Region3)]
    [InlineData(165.01, 50, ItuRegion.Region2)]
    // Line C along 168° 58′ 37″ W north of 65° 30′ N, and on both sides of the antimeridian there.
    [InlineData(-168.98, 80, ItuRegion.Region3)]
    [InlineData(-168.97, 80, ItuRegion.Region2)]
    [InlineData(179.99, 80, ItuRegion.Region3)]
    [InlineData(-179.99, 80, ItuRegion.Region3)]
    // Between 65° 30′ N and 10° N line C is west of the antimeridian for a while: 180° at 40° N is Region 2.
    [InlineData(179.99, 40, ItuRegion.Region2)]
    [InlineData(-179.99, 40, ItuRegion.Region2)]
    public void Points_on_either_side_of_a_line_fall_in_the_zones_it_separates(double longitude, double latitude, ItuRegion expected)
    {
        Assert.Equal(expected, Zones.ZoneAt(longitude, latitude));
    }

    [Fact]
    public void Reykjavik_is_east_of_line_B_so_in_the_Region_1_zone()
    {
        // Reykjavik (21.9° W, 64.1° N) is south of 72° N, where line B is the great-circle arc from 10° W, 72° N to
        // 50° W, 40° N. That arc crosses 64.1° N near 30.4° W, well west of Reykjavik (and of all Iceland).
        Assert.Equal(ItuRegion.Region1, Zones.ZoneAt(-21.94, 64.15));
        Assert.Equal(ItuRegion.Region2, Zones.ZoneAt(-31, 64.15));
    }

    [Fact]
    public void Honolulu_is_east_of_line_C_so_in_the_Region_2_zone()
    {
        // At 21.3° N line C is the great-circle arc from 165° E, 50° N to 170° W, 10° N, which crosses 21.3° N near
        // 175° W: Honolulu (157.9° W) is east of it, between lines C and B.
        Assert.Equal(ItuRegion.Region2, Zones.ZoneAt(-157.86, 21.31));
        Assert.Equal(ItuRegion.Region3, Zones.ZoneAt(-176, 21.31));
    }
}
