using Spectrum.Footnotes;

namespace Spectrum.Tests.Footnotes;

/// <summary>
/// Reading many footnotes at once: a text that names another's countries ("the countries listed in No. 5.xx") takes
/// them, whether that footnote comes before it or after it, and the texts that name none read as they read alone.
/// </summary>
public class ReadAllTests(ShippedFootnotes shipped) : IClassFixture<ShippedFootnotes>
{
    private static readonly Provenance Source = new("test", Confidence.High);

    private static readonly Footnote Named = new(FootnoteId.Parse("5.901"),
        "Additional allocation: in Germany and France, the band 3400-3410 MHz is also allocated to the fixed service on a primary basis.", Source);

    private static readonly Footnote Referring = new(FootnoteId.Parse("5.902"),
        "Additional allocation: in the countries listed in No. 5.901, the band 3410-3420 MHz is also allocated to the mobile service on a secondary basis.", Source);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_text_naming_the_countries_listed_in_another_footnote_takes_them_in_either_order(bool referringFirst)
    {
        var readings = shipped.Grammar.ReadAll(referringFirst ? [Referring, Named] : [Named, Referring]);

        var rule = Assert.Single(readings.Single(r => r.Footnote == Referring.Id).Result.Value.Rules);
        Assert.Equal(["DE", "FR"], rule.Where.Areas.Select(a => a.Value).Order());
        Assert.Equal(AllocationStatus.Secondary, rule.Status);
    }

    [Fact]
    public void The_shipped_texts_that_name_no_other_footnote_read_as_each_reads_alone()
    {
        var alone = shipped.Footnotes.Where(f => !f.Text.Contains("listed in No", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(alone.Count > 400, $"only {alone.Count} footnotes");

        foreach (var footnote in alone)
        {
            var together = shipped.Readings.Last(r => r.Footnote == footnote.Id);
            var single = shipped.Grammar.Read(footnote);
            Assert.Equal(single.Result.Success, together.Result.Success);
            Assert.Equal(single.Result.Reason, together.Result.Reason);
        }
    }
}
