using Spectrum.Footnotes;

namespace Spectrum.Tests.Footnotes;

/// <summary>Repairs of what the PDF extraction did to the shipped texts, each on a real text; the source stays beside the repair.</summary>
public class TextRepairTests(ShippedFootnotes shipped) : IClassFixture<ShippedFootnotes>
{
    private RepairedText Text(string id) => shipped.Reading(id).Text!;

    [Fact]
    public void The_source_text_is_kept_beside_the_repaired_one()
    {
        var text = Text("5.431");

        Assert.Equal(shipped.Footnotes.Single(f => f.Id == FootnoteId.Parse("5.431")).Text, text.Source);
        Assert.Contains("band3400-3475 MHz", text.Source, StringComparison.Ordinal);
        Assert.Contains("the band 3400-3475 MHz", text.Text, StringComparison.Ordinal);
        Assert.True(text.WasRepaired);
    }

    [Theory]
    [InlineData("5.430A", "aeronauticalmobile, service", "aeronautical mobile, service")]
    [InlineData("5.430A", "band 3 400 3 600 MHz", "band 3 400-3 600 MHz")]
    [InlineData("5.430A", "SaudiArabia", "Saudi Arabia")]
    [InlineData("5.430A", "the Dem. Repof the Congo", "the Dem. Rep. of the Congo")]
    [InlineData("5.430A", "FrenchOverseas", "French Overseas")]
    [InlineData("5.430A", "effective from 17November 2010", "effective from 17 November 2010")]
    [InlineData("5.431", "basis.(WRC-03)", "basis.(WRC-03)")]
    [InlineData("5.54B", "allocated tothe radionavigation", "allocated to the radionavigation")]
    [InlineData("5.68", "Rwandaand South Africa", "Rwanda and South Africa")]
    [InlineData("5.212", "the band 138 144 MHz", "the band 138-144 MHz")]
    [InlineData("5.454", "the band 56705725 MHz", "the band 5670-5725 MHz")]
    [InlineData("5.473A", "radiolocation services hall not", "radiolocation service shall not")]
    [InlineData("5.141A", "7000-7100 kHzand", "7000-7100 kHz and")]
    [InlineData("5.342", "Bulgariathe band", "Bulgaria the band")]
    [InlineData("5.164", "in Latviahe band", "in Latvia the band")]
    [InlineData("5.149", "inRegions 1 and 3", "in Regions 1 and 3")]
    [InlineData("5.210", "(space to-Earth)", "(space-to-Earth)")]
    public void A_run_together_text_is_repaired(string id, string source, string repaired)
    {
        var text = Text(id);

        Assert.Contains(source, text.Source, StringComparison.Ordinal);
        Assert.Contains(repaired, text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_can_be_one_frequency_is_left_as_it_is()
    {
        // "3 400 MHz" groups by threes and is within the MHz the Table writes: one frequency, not 3-400 MHz.
        var text = TextRepair.Repair("the band 3 400 MHz and 3 400 MHz", shipped.Names);

        Assert.Equal("the band 3 400 MHz and 3 400 MHz", text.Text);
    }

    [Fact]
    public void Words_that_read_as_two_vocabulary_words_are_not_split()
    {
        var text = TextRepair.Repair("within the territory, into account, because inland areas overall", shipped.Names);

        Assert.Equal("within the territory, into account, because inland areas overall", text.Text);
        Assert.False(text.WasRepaired);
    }

    [Fact]
    public void Every_repair_names_what_was_found_what_it_became_and_why()
    {
        var repairs = shipped.Readings.SelectMany(r => r.Text!.Repairs).ToList();

        Assert.NotEmpty(repairs);
        Assert.All(repairs, r =>
        {
            Assert.NotEqual(r.Found, r.Replacement);
            Assert.False(string.IsNullOrWhiteSpace(r.Why));
        });
    }
}
