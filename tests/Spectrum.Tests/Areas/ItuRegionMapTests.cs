using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Spectrum.Areas;

namespace Spectrum.Tests.Areas;

[Collection(WorldCollection.Name)]
public class ItuRegionMapTests(WorldFixture world)
{
    private ItuRegionMap Regions => world.Regions;

    [Fact]
    public void The_Regions_are_valid_MultiPolygons_in_WGS_84()
    {
        foreach (var region in Enum.GetValues<ItuRegion>().Select(r => Regions[r]))
        {
            Assert.True(region.IsValid);
            Assert.Equal(4326, region.SRID);
            Assert.False(region.IsEmpty);
        }
    }

    [Fact]
    public void The_Regions_do_not_overlap_and_together_cover_the_globe()
    {
        Assert.Equal(0, Overlap(Regions.Region1, Regions.Region2), 9);
        Assert.Equal(0, Overlap(Regions.Region2, Regions.Region3), 9);
        Assert.Equal(0, Overlap(Regions.Region1, Regions.Region3), 9);
        Assert.Equal(Wgs84.WorldArea, Regions.Region1.Area + Regions.Region2.Area + Regions.Region3.Area, 6);
    }

    [Fact]
    public void The_Regions_cover_the_land_of_every_country()
    {
        var all = OverlayNGRobust.Union(new Geometry[] { Regions.Region1, Regions.Region2, Regions.Region3 });

        Assert.All(world.Countries, country =>
            Assert.Equal(0, OverlayNGRobust.Overlay(country.Geometry, all, SpatialFunction.Difference).Area, 9));
    }

    [Theory]
    [InlineData("RU")]
    [InlineData("TR")]
    [InlineData("KZ")]
    [InlineData("MN")]
    [InlineData("AM")]
    [InlineData("AZ")]
    [InlineData("GE")]
    [InlineData("UZ")]
    [InlineData("KG")]
    [InlineData("TJ")]
    [InlineData("TM")]
    [InlineData("UA")]
    public void The_whole_territory_of_a_country_listed_in_RR_5_3_is_in_Region_1(string iso)
    {
        var territory = world.Country(iso).Geometry;

        Assert.Equal(0, OverlayNGRobust.Overlay(territory, Regions.Region1, SpatialFunction.Difference).Area, 9);
    }

    [Fact]
    public void The_whole_of_Iran_is_in_Region_3_although_a_fifth_of_it_lies_in_the_Region_1_zone()
    {
        var iran = world.Country("IR").Geometry;

        Assert.InRange(world.Zones.ZoneShares(iran)[0], 0.1, 0.3);
        Assert.Equal(0, OverlayNGRobust.Overlay(iran, Regions.Region3, SpatialFunction.Difference).Area, 9);
    }

    [Theory]
    [InlineData("Amsterdam", 4.90, 52.37, ItuRegion.Region1)]
    [InlineData("Nairobi", 36.82, -1.29, ItuRegion.Region1)]
    [InlineData("New York", -74.01, 40.71, ItuRegion.Region2)]
    [InlineData("São Paulo", -46.63, -23.55, ItuRegion.Region2)]
    [InlineData("Tokyo", 139.69, 35.69, ItuRegion.Region3)]
    [InlineData("Sydney", 151.21, -33.87, ItuRegion.Region3)]
    [InlineData("Ankara", 32.85, 39.93, ItuRegion.Region1)]
    [InlineData("Moscow", 37.62, 55.76, ItuRegion.Region1)]
    // Tehran (51.4° E) is east of line A, whose arc crosses 35.7° N near 46.4° E: Region 3 by the lines and by rule.
    [InlineData("Tehran", 51.39, 35.69, ItuRegion.Region3)]
    // Reykjavik: line B crosses 64.1° N near 30.4° W (see ItuRegionZonesTests), so the city is in Region 1.
    [InlineData("Reykjavik", -21.94, 64.15, ItuRegion.Region1)]
    // Anchorage (149.9° W, 61.2° N) is east of line C, which crosses 61.2° N near 179.7° W.
    [InlineData("Anchorage", -149.90, 61.22, ItuRegion.Region2)]
    // Honolulu (157.9° W, 21.3° N) is east of line C, which crosses 21.3° N near 175.1° W.
    [InlineData("Honolulu", -157.86, 21.31, ItuRegion.Region2)]
    public void A_city_is_in_the_Region_the_lines_and_rules_give(string city, double longitude, double latitude, ItuRegion expected)
    {
        Assert.True(Regions.RegionAt(longitude, latitude) == expected, $"{city}: {Regions.RegionAt(longitude, latitude)}");
    }

    [Fact]
    public void Vladivostok_is_in_Region_1_by_the_rule_for_Russia_though_the_lines_put_it_in_Region_3()
    {
        Assert.Equal(ItuRegion.Region3, world.Zones.ZoneAt(131.89, 43.12));
        Assert.Equal(ItuRegion.Region1, Regions.RegionAt(131.89, 43.12));
    }

    [Fact]
    public void Ahvaz_is_in_Region_3_by_the_rule_for_Iran_though_the_lines_put_it_in_Region_1()
    {
        // Ahvaz (48.7° E, 31.3° N) is west of line A, whose arc crosses 31.3° N near 51.4° E.
        Assert.Equal(ItuRegion.Region1, world.Zones.ZoneAt(48.67, 31.32));
        Assert.Equal(ItuRegion.Region3, Regions.RegionAt(48.67, 31.32));
    }

    [Theory]
    [InlineData(100, 85)]
    [InlineData(-175, 70)]
    [InlineData(60, 66)]
    public void The_sea_north_of_Russia_between_lines_A_and_C_is_in_Region_1(double longitude, double latitude)
    {
        Assert.Equal(ItuRegion.Region3, world.Zones.ZoneAt(longitude, latitude));
        Assert.Equal(ItuRegion.Region1, Regions.RegionAt(longitude, latitude));
    }

    [Fact]
    public void The_Sea_of_Okhotsk_stays_in_Region_3_because_the_rule_moves_Russian_territory_and_the_Arctic_only()
    {
        Assert.Equal(ItuRegion.Region3, Regions.RegionAt(150, 55));
    }

    [Fact]
    public void The_Arctic_area_is_the_Region_3_zone_north_of_65_degrees_30_minutes()
    {
        var arctic = ItuRegionMap.ArcticArea(world.Zones);

        // From 40° E east to 168° 58′ 37″ W, across the antimeridian: 151.02° of longitude by 24.5° of latitude.
        Assert.Equal((180 - 40 + (180 - (168 + 58 / 60.0 + 37 / 3600.0))) * 24.5, arctic.Area, 6);
        Assert.Equal(65.5, arctic.EnvelopeInternal.MinY, 9);
    }

    [Fact]
    public void Building_the_Regions_without_a_country_that_a_rule_names_is_refused()
    {
        var withoutTurkiye = world.Countries.Where(c => c.IsoAlpha2 != "TR");

        var error = Assert.Throws<ArgumentException>(() => ItuRegionMap.Build(world.Zones, withoutTurkiye));
        Assert.Contains("TR", error.Message);
    }

    private static double Overlap(Geometry a, Geometry b) =>
        OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection).Area;
}
