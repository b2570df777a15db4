using Spectrum.Footnotes;

namespace Spectrum.Tests.Footnotes;

/// <summary>
/// Every alias of <see cref="CountryAliases"/> that the shipped texts use resolves as the footnote writes it, and the
/// footnote's rules name what it stands for; names run together, "and" inside names and groups inside lists likewise.
/// </summary>
public class CountryAliasTests(ShippedFootnotes shipped) : IClassFixture<ShippedFootnotes>
{
    [Theory]
    [InlineData("Bosnia and Herzegovina", "5.430A", "BA")]
    [InlineData("Brunei Darussalam", "5.141B", "BN")]
    [InlineData("Congo (Rep. of the)", "5.70", "CG")]
    [InlineData("Czech Rep.", "5.430A", "CZ")]
    [InlineData("Czech Republic", "5.296", "CZ")]
    [InlineData("Dem. People's Rep. of Korea", "5.429", "KP")]
    [InlineData("Dem. Rep. of the Congo", "5.68", "CD")]
    [InlineData("Diego Garcia", "5.141B", "IO")]
    [InlineData("Equatorial Guinea", "5.453", "GQ")]
    [InlineData("French Overseas Departments and Communities in Region 1", "5.430A", "RE YT")]
    [InlineData("French Overseas Departments in Region 2", "5.281", "GF GP MQ")]
    [InlineData("French overseas communities of Region 3", "5.77", "NC PF WF")]
    [InlineData("Iran (Islamic Republic of)", "5.439", "IR")]
    [InlineData("Korea (Rep. of)", "5.161A", "KR")]
    [InlineData("Kyrgystan", "5.342", "KG")]
    [InlineData("Libyan Arab Jamahiriya", "5.275", "LY")]
    [InlineData("Region 1", "5.74", "R1")]
    [InlineData("Region 2", "5.446", "R2")]
    [InlineData("Region 3", "5.487A", "R3")]
    [InlineData("Regions 1 and 3", "5.519", "R1 R3")]
    [InlineData("Russian Federation", "5.459", "RU")]
    [InlineData("South Sudan", "5.141B", "SS")]
    [InlineData("Swaziland", "5.430A", "SZ")]
    [InlineData("Syrian Arab Republic", "5.429", "SY")]
    [InlineData("The Former Yugoslav Rep. of Macedonia", "5.161B", "MK")]
    [InlineData("The Former Yugoslav Republic of Macedonia", "5.430A", "MK")]
    [InlineData("United States", "5.161A", "US")]
    [InlineData("Viet Nam", "5.141B", "VN")]
    public void An_alias_the_shipped_texts_use_names_its_areas_in_that_footnote(string alias, string footnote, string codes)
    {
        var expected = codes.Split(' ').Select(AreaCode.Parse).ToArray();
        var reading = shipped.Reading(footnote);

        Assert.Equal(expected, shipped.Names.Resolve(alias).Value);
        Assert.Contains(CountryNames.Key(alias), CountryNames.Key(reading.Text!.Text), StringComparison.Ordinal);
        var named = reading.Result.Value.Rules.SelectMany(r => r.Where.Areas.Concat(r.Where.Except)).ToHashSet();
        Assert.All(expected, code => Assert.Contains(code, named));
    }

    [Fact]
    public void Cape_Verde_the_old_name_in_5_389F_resolves_though_no_rule_is_read_from_that_text()
    {
        Assert.Contains("Cape Verde", shipped.Reading("5.389F").Text!.Text, StringComparison.Ordinal);
        Assert.False(shipped.Reading("5.389F").Result.Success);
        Assert.Equal([AreaCode.Parse("CV")], shipped.Names.Resolve("Cape Verde").Value);
    }

    [Theory]
    [InlineData("Lao P.D.R.", "LA")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("North Macedonia", "MK")]
    [InlineData("the countries of Region 1", "R1")]
    [InlineData("Antigua and Barbuda", "AG")]
    [InlineData("Saint Kitts and Nevis", "KN")]
    [InlineData("Saint Vincent and the Grenadines", "VC")]
    [InlineData("Regions 2 and 3", "R2 R3")]
    [InlineData("all three Regions", "R1 R2 R3")]
    [InlineData("all Regions", "R1 R2 R3")]
    [InlineData("Region 2 and 3", "R2 R3")]
    public void A_name_the_shipped_footnotes_of_allocations_do_not_use_still_resolves(string name, string codes)
    {
        Assert.Equal(codes.Split(' ').Select(AreaCode.Parse), shipped.Names.Resolve(name).Value);
    }

    [Fact]
    public void Every_alias_resolves_to_what_its_row_says()
    {
        Assert.All(CountryAliases.All, alias => Assert.Equal(alias.Areas, shipped.Names.Resolve(alias.Name).Value));
        Assert.All(CountryAliases.All, alias => Assert.False(string.IsNullOrWhiteSpace(alias.Why)));
    }

    [Fact]
    public void And_inside_names_stays_in_them_and_splits_the_list_elsewhere()
    {
        var list = shipped.Names.ResolveList("Bosnia and Herzegovina, Trinidad and Tobago, São Tomé and Príncipe and the United Kingdom").Value;

        Assert.Equal(["BA", "TT", "ST", "GB"], list.Areas.Select(a => a.Value));
    }

    [Fact]
    public void A_group_inside_a_list_adds_its_members_France_and_French_Overseas_Departments_and_Communities_in_Region_1()
    {
        Assert.Equal(["FR", "RE", "YT"], shipped.Names.ResolveList("France and French Overseas Departments and Communities in Region 1").Value.Areas.Select(a => a.Value));
    }

    [Fact]
    public void Names_whose_spaces_the_extraction_lost_resolve_SaudiArabia_and_Dem_Repof_the_Congo()
    {
        Assert.Equal(["SA", "CD", "CI"], shipped.Names.ResolveList("SaudiArabia, the Dem. Repof the Congo, Côted'Ivoire").Value.Areas.Select(a => a.Value));
    }

    [Fact]
    public void Exceptions_in_a_list_are_kept_apart()
    {
        var list = shipped.Names.ResolveList("Region 1 (except in Algeria, Egypt) and in Brazil").Value;

        Assert.Equal(["R1", "BR"], list.Areas.Select(a => a.Value));
        Assert.Equal(["DZ", "EG"], list.Except.Select(a => a.Value));
        Assert.True(list.Includes(AreaCode.Parse("NL"), AreaCode.Region(1)));
        Assert.False(list.Includes(AreaCode.Parse("EG"), AreaCode.Region(1)));
    }

    [Fact]
    public void An_unknown_name_is_named_in_the_reason()
    {
        var result = shipped.Names.ResolveList("Germany, Ruritania and Israel");

        Assert.False(result.Success);
        Assert.Equal("'Ruritania' is not a country name the RR uses, nor one of the country list", result.Reason);
    }
}
