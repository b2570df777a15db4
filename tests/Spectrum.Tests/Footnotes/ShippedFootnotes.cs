using Spectrum.Csv;
using Spectrum.Footnotes;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Footnotes;

/// <summary>The shipped RR 2012 footnote texts read by the grammar, with the shipped country list, once per test class.</summary>
public sealed class ShippedFootnotes
{
    public ShippedFootnotes()
    {
        var countries = CountryListReader.Read(Repository.DataPath("areas", "countries.csv"));
        Names = CountryNames.Create(countries.Select(c => (c.Name, c.Country)));
        Grammar = new FootnoteGrammar(Names);
        Footnotes = FootnoteReader.Read(Repository.DataPath("itu", "rr-2012-footnotes.csv"));
        Readings = Grammar.ReadAll(Footnotes);
    }

    public CountryNames Names { get; }

    public FootnoteGrammar Grammar { get; }

    public IReadOnlyList<Footnote> Footnotes { get; }

    public IReadOnlyList<FootnoteReading> Readings { get; }

    public FootnoteReading Reading(string id) => Readings.Single(r => r.Footnote == FootnoteId.Parse(id));

    public FootnoteRules Rules(string id)
    {
        var result = Reading(id).Result;
        Assert.True(result.Success, result.Reason);
        return result.Value;
    }
}
