namespace Spectrum.Tests.Domain;

public class IdentifierTests
{
    [Theory]
    [InlineData("5.340")]
    [InlineData("5.384A")]
    [InlineData("5.429F")]
    [InlineData("5.532AB")]
    [InlineData("5.53")]
    [InlineData("UK12")]
    [InlineData("US246")]
    [InlineData("EU17")]
    public void Footnote_ids_of_the_RR_and_national_namespaces_parse(string text)
    {
        Assert.Equal(text, FootnoteId.Parse(text).Value);
    }

    [Theory]
    [InlineData("5.34.0")]
    [InlineData("5.3400")]
    [InlineData("5.340a")]
    [InlineData("5.")]
    [InlineData("340")]
    [InlineData("")]
    [InlineData("5.340 5.341")]
    public void Malformed_footnote_ids_are_refused(string text)
    {
        var error = Assert.Throws<FormatException>(() => FootnoteId.Parse(text));
        Assert.Contains("expected '5.'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RR_footnotes_are_told_from_national_ones()
    {
        Assert.True(FootnoteId.Parse("5.340").IsRadioRegulations);
        Assert.False(FootnoteId.Parse("UK12").IsRadioRegulations);
    }

    [Theory]
    [InlineData("R1", "R1", AreaKind.Region)]
    [InlineData("Region 2", "R2", AreaKind.Region)]
    [InlineData("ITU Region 3", "R3", AreaKind.Region)]
    [InlineData("nl", "NL", AreaKind.Country)]
    [InlineData("CEPT", "CEPT", AreaKind.Group)]
    [InlineData("eu27", "EU27", AreaKind.Group)]
    public void Area_codes_name_regions_countries_and_groups(string text, string value, AreaKind kind)
    {
        var code = AreaCode.Parse(text);
        Assert.Equal(value, code.Value);
        Assert.Equal(kind, code.Kind);
    }

    [Theory]
    [InlineData("R4")]
    [InlineData("N")]
    [InlineData("")]
    [InlineData("Region 9")]
    public void Bad_area_codes_are_refused(string text)
    {
        Assert.False(AreaCode.TryParse(text, out _));
    }
}

public class FootnoteOrderTests
{
    [Fact]
    public void Footnotes_sort_as_the_RR_numbers_them()
    {
        var ids = new[] { "UK12", "5.340A", "5.100", "5.53", "5.340", "US246", "5.60" }.Select(FootnoteId.Parse);
        Assert.Equal(["5.53", "5.60", "5.100", "5.340", "5.340A", "UK12", "US246"], ids.Order().Select(i => i.Value));
    }
}
