using Spectrum.Areas;

namespace Spectrum.Tests.Areas;

/// <summary>Which table answers where and for which edition: a national table of its own edition beside the RR's.</summary>
public sealed class TableApplicabilityTests
{
    private static readonly AreaFacts Netherlands = new(AreaCode.Parse("NL"), ItuRegion.Region1, [AreaCode.Parse("CEPT")]);
    private static readonly AreaFacts Germany = new(AreaCode.Parse("DE"), ItuRegion.Region1, [AreaCode.Parse("CEPT")]);
    private static readonly AreaFacts Region1 = new(AreaCode.Region(1), ItuRegion.Region1, []);
    private static readonly AreaFacts Cept = new(AreaCode.Parse("CEPT"), null, []);

    [Theory]
    [InlineData("RR-2024")]
    [InlineData("RR-2012")]
    [InlineData("EU-1.2")]
    public void A_national_table_of_its_own_edition_answers_for_its_country_whatever_RR_edition_is_asked(string asked)
    {
        Assert.True(TableApplicability.AppliesIn(Netherlands, "EFIS-2015", ownEdition: true, Netherlands, asked));
        // Region 1's table answers for the Netherlands only in the edition asked.
        Assert.True(TableApplicability.AppliesIn(Region1, asked, ownEdition: false, Netherlands, asked));
        Assert.False(TableApplicability.AppliesIn(Region1, "RR-2000", ownEdition: false, Netherlands, asked));
    }

    [Fact]
    public void A_national_table_of_its_own_edition_does_not_answer_for_a_Region_a_group_or_a_neighbour_in_another_edition()
    {
        Assert.False(TableApplicability.AppliesIn(Netherlands, "EFIS-2015", ownEdition: true, Region1, "RR-2024"));
        Assert.False(TableApplicability.AppliesIn(Netherlands, "EFIS-2015", ownEdition: true, Cept, "RR-2024"));
        Assert.False(TableApplicability.AppliesIn(Netherlands, "EFIS-2015", ownEdition: true, Germany, "RR-2024"));
        // Asked for its own edition, it answers where any table of that edition does: its Region includes it.
        Assert.True(TableApplicability.AppliesIn(Netherlands, "EFIS-2015", ownEdition: true, Region1, "EFIS-2015"));
    }

    [Fact]
    public void A_national_table_of_an_RR_edition_answers_only_for_that_edition()
    {
        Assert.True(TableApplicability.AppliesIn(Netherlands, "RR-2020", ownEdition: false, Netherlands, "RR-2020"));
        Assert.False(TableApplicability.AppliesIn(Netherlands, "RR-2020", ownEdition: false, Netherlands, "RR-2024"));
        Assert.True(TableApplicability.AppliesIn(Netherlands, "RR-2020", ownEdition: false, Netherlands, null));
    }
}
