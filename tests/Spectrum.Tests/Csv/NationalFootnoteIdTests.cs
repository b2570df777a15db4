namespace Spectrum.Tests.Csv;

/// <summary>National footnote ids beside the RR's: their namespaces, and that none is taken for an RR id.</summary>
public class NationalFootnoteIdTests
{
    [Theory]
    [InlineData("EU2", "EU")]
    [InlineData("ECA1", "ECA")]
    [InlineData("D.12", "D")]
    [InlineData("NL3.2", "NL")]
    [InlineData("UK12A", "UK")]
    public void A_national_id_has_its_namespace_and_is_not_an_RR_id(string text, string ns)
    {
        var id = FootnoteId.Parse(text);

        Assert.Equal((ns, true, false), (id.Namespace, id.IsNational, id.IsRadioRegulations));
    }

    [Fact]
    public void An_RR_id_is_of_Article_5()
    {
        var id = FootnoteId.Parse("5.384A");

        Assert.Equal(("5", false), (id.Namespace, id.IsNational));
    }

    [Theory]
    [InlineData("D.")]
    [InlineData("12.D")]
    [InlineData("eu2")]
    [InlineData("EU.2.")]
    public void Malformed_national_ids_are_refused(string text)
    {
        Assert.False(FootnoteId.TryParse(text, out _));
    }

    [Fact]
    public void National_ids_sort_after_the_RR_ones_by_namespace_then_number()
    {
        var ids = new[] { "EU10", "D.12", "5.340", "EU2", "ECA1", "D.2" }.Select(FootnoteId.Parse);

        Assert.Equal(["5.340", "D.2", "D.12", "ECA1", "EU2", "EU10"], ids.Order().Select(i => i.Value));
    }
}
