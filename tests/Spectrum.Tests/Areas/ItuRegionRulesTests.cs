using Spectrum.Areas;

namespace Spectrum.Tests.Areas;

public class ItuRegionRulesTests
{
    [Fact]
    public void RR_5_3_lists_twelve_countries_for_Region_1()
    {
        Assert.Equal(12, ItuRegionRules.Region1Countries.Count);
        Assert.Contains("TR", ItuRegionRules.Region1Countries);
        Assert.Contains("RU", ItuRegionRules.Region1Countries);
    }

    [Theory]
    [InlineData("RU", ItuRegion.Region1)]
    [InlineData("ua", ItuRegion.Region1)]
    [InlineData("IR", ItuRegion.Region3)]
    [InlineData("FR", null)]
    [InlineData(null, null)]
    public void The_rule_for_a_country_is_found_by_its_code_in_any_case(string? iso, ItuRegion? expected)
    {
        Assert.Equal(expected, ItuRegionRules.RegionByRule(iso));
    }

    [Fact]
    public void No_country_is_placed_by_two_rules()
    {
        Assert.Empty(ItuRegionRules.Region1Countries.Intersect(ItuRegionRules.Region3Countries));
    }
}
