using Spectrum.Areas;

namespace Spectrum.Tests.Areas;

[Collection(WorldCollection.Name)]
public class RegionOfTests(WorldFixture world)
{
    [Theory]
    [InlineData("IR", ItuRegion.Region3, RegionBasis.CountryRule)]
    [InlineData("RU", ItuRegion.Region1, RegionBasis.CountryRule)]
    [InlineData("TR", ItuRegion.Region1, RegionBasis.CountryRule)]
    [InlineData("MN", ItuRegion.Region1, RegionBasis.CountryRule)]
    [InlineData("KZ", ItuRegion.Region1, RegionBasis.CountryRule)]
    [InlineData("FR", ItuRegion.Region1, RegionBasis.Lines)]
    [InlineData("EG", ItuRegion.Region1, RegionBasis.Lines)]
    [InlineData("IS", ItuRegion.Region1, RegionBasis.Lines)]
    [InlineData("DK", ItuRegion.Region1, RegionBasis.Lines)]
    [InlineData("US", ItuRegion.Region2, RegionBasis.Lines)]
    [InlineData("BR", ItuRegion.Region2, RegionBasis.Lines)]
    [InlineData("CA", ItuRegion.Region2, RegionBasis.Lines)]
    // Greenland lies west of 10° W north of 72° N and west of line B's arc further south.
    [InlineData("GL", ItuRegion.Region2, RegionBasis.Lines)]
    [InlineData("JP", ItuRegion.Region3, RegionBasis.Lines)]
    [InlineData("AU", ItuRegion.Region3, RegionBasis.Lines)]
    [InlineData("CN", ItuRegion.Region3, RegionBasis.Lines)]
    [InlineData("IN", ItuRegion.Region3, RegionBasis.Lines)]
    [InlineData("NZ", ItuRegion.Region3, RegionBasis.Lines)]
    // Fiji straddles the antimeridian south of 10° N, where line C is 120° W: all of it is in Region 3.
    [InlineData("FJ", ItuRegion.Region3, RegionBasis.Lines)]
    [InlineData("KI", ItuRegion.Region3, RegionBasis.Lines)]
    public void A_country_gets_its_Region_by_rule_or_by_the_zone_holding_most_of_it(string iso, ItuRegion region, RegionBasis basis)
    {
        var country = world.Country(iso);

        var result = world.Zones.RegionOf(country.Geometry, country.IsoAlpha2);

        Assert.Equal(region, result.Region);
        Assert.Equal(basis, result.Basis);
    }

    [Fact]
    public void Every_country_gets_a_Region_with_a_share_above_one_half()
    {
        Assert.All(world.Countries, country =>
        {
            var result = world.Zones.RegionOf(country.Geometry, country.IsoAlpha2);
            Assert.InRange(result.Share, 0.5, 1.0);
        });
    }

    [Fact]
    public void A_country_placed_by_rule_has_a_share_of_one()
    {
        var russia = world.Country("RU");

        Assert.Equal(1, world.Zones.RegionOf(russia.Geometry, "RU").Share);
    }

    [Fact]
    public void A_country_that_a_line_cuts_has_a_share_below_one()
    {
        // French Guiana is in the Region 2 zone; the rest of France in the Region 1 zone.
        var france = world.Zones.RegionOf(world.Country("FR").Geometry, "FR");

        Assert.Equal(ItuRegion.Region1, france.Region);
        Assert.InRange(france.Share, 0.8, 0.95);
    }

    [Fact]
    public void A_country_without_a_code_gets_its_Region_from_the_lines()
    {
        var kosovo = world.Countries.Single(c => c.Name == "Kosovo");

        Assert.Null(kosovo.IsoAlpha2);
        Assert.Equal(new CountryRegion(ItuRegion.Region1, RegionBasis.Lines, 1), world.Zones.RegionOf(kosovo.Geometry, null));
    }

    [Fact]
    public void Without_a_rule_Russia_would_be_in_Region_3_because_most_of_it_lies_east_of_line_A()
    {
        var shares = world.Zones.ZoneShares(world.Country("RU").Geometry);

        Assert.True(shares[2] > shares[0]);
        Assert.Equal(1, shares.Sum(), 9);
    }
}
