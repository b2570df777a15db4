using System.Diagnostics;
using Spectrum.Csv;
using Spectrum.Footnotes;
using Spectrum.PostGis.Queries;
using Spectrum.PostGis.Tests.Fixtures;
using Xunit.Abstractions;

namespace Spectrum.PostGis.Tests;

/// <summary>The footnote rules the import stores, against the grammar's reading of the shipped texts in memory.</summary>
[Collection(PostGisCollection.Name)]
public sealed class FootnoteRuleQueryTests(ImportedStore store, ITestOutputHelper output) : IClassFixture<ImportedStore>
{
    private static readonly Lazy<IReadOnlyList<FootnoteReading>> InMemory = new(() =>
    {
        var countries = CountryListReader.Read(Path.Combine(ImportedStore.Data, "areas", "countries.csv"));
        var grammar = new FootnoteGrammar(CountryNames.Create(countries.Select(c => (c.Name, c.Country))));
        return grammar.ReadAll(FootnoteReader.Read(Path.Combine(ImportedStore.Data, "itu", "rr-2012-footnotes.csv")));
    });

    private static readonly FrequencyRange Band = FrequencyRange.Parse("3400-3600 MHz");

    private readonly FootnoteRuleQuery query = new(store.Database.DataSource);

    [Fact]
    public async Task Every_rule_the_grammar_reads_from_the_shipped_texts_is_stored_as_read()
    {
        var clock = Stopwatch.StartNew();
        var stored = await query.RulesAsync(new RuleFilter(), CancellationToken.None);
        output.WriteLine($"{stored.Count} rules read back in {clock.ElapsedMilliseconds} ms");

        var expected = InMemory.Value.Where(r => r.Result.Success).SelectMany(r => r.Result.Value.Rules).ToList();
        Assert.True(expected.Count > 300, $"only {expected.Count} rules read in memory");
        var read = expected.Select(Canonical).ToList();
        var kept = stored.Select(Canonical).ToList();
        Assert.Empty(read.Except(kept));
        Assert.Empty(kept.Except(read));
        Assert.Equal(read.Count, kept.Count);
    }

    [Fact]
    public async Task Every_footnote_the_grammar_cannot_read_is_stored_with_its_reason()
    {
        var readings = await query.ReadingsAsync(null, CancellationToken.None);

        var expected = InMemory.Value.Where(r => !r.Result.Success).Select(r => $"{r.Footnote}: {r.Result.Reason}");
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            readings.Where(r => !r.IsRead && r.SourceText is not null).Select(r => $"{r.Footnote}: {r.Reason}").Order(StringComparer.Ordinal));
        Assert.All(readings.Where(r => r.SourceText is not null), r => Assert.NotNull(r.Text));
    }

    [Fact]
    public async Task A_footnote_an_amendment_cites_without_a_text_is_stored_as_one_whose_text_is_not_known()
    {
        // The footnote ids the shipped amendments give that the shipped texts do not hold.
        var texts = InMemory.Value.Select(r => r.Footnote.Value).ToHashSet();
        var regionOf = AmendmentReader.RegionLookup(CountryListReader.Read(Path.Combine(ImportedStore.Data, "areas", "countries.csv")));
        var cited = Directory.EnumerateFiles(Path.Combine(ImportedStore.Data, "amendments"))
            .SelectMany(f => new AmendmentReader(regionOf).Read(f))
            .Select(a => a.Footnote).OfType<FootnoteId>().Where(f => f.IsRadioRegulations && !texts.Contains(f.Value))
            .Distinct().ToList();
        Assert.NotEmpty(cited);

        var readings = await query.ReadingsAsync(cited, CancellationToken.None);

        Assert.Equal(cited.Order(), readings.Select(r => r.Footnote));
        Assert.All(readings, r =>
        {
            Assert.Null(r.SourceText);
            Assert.Equal($"{r.Footnote}: the footnote's text is not known", r.Reason);
        });
    }

    [Fact]
    public async Task Which_footnotes_give_which_countries_MOBILE_in_3_4_to_3_6_GHz_is_one_query()
    {
        var clock = Stopwatch.StartNew();
        var rules = await query.RulesAsync(new RuleFilter(Range: Band), CancellationToken.None);
        output.WriteLine($"{rules.Count} rules in 3 400-3 600 MHz in {clock.ElapsedMilliseconds} ms");

        var mobile = rules.Where(r => r.IsAllocation && r.Services.Any(s => s.Kind == ServiceKind.Mobile)).ToList();
        var expected = InMemory.Value.Where(r => r.Result.Success).SelectMany(r => r.Result.Value.Rules)
            .Where(r => r.IsAllocation && r.Bands.Any(b => b.Overlaps(Band)) && r.Services.Any(s => s.Kind == ServiceKind.Mobile));
        Assert.Equal(expected.Select(Canonical).Order(StringComparer.Ordinal), mobile.Select(Canonical).Order(StringComparer.Ordinal));
        var countries = Assert.Single(mobile, r => r.Footnote == FootnoteId.Parse("5.430A")).Countries.Select(c => c.Value).ToList();
        Assert.Contains("NL", countries);
        Assert.Contains("DE", countries);
    }

    [Fact]
    public async Task Rules_that_hold_in_a_country_are_those_the_domain_says_hold_there()
    {
        var rules = await query.RulesAsync(new RuleFilter(Country: AreaCode.Parse("DE"), Range: Band), CancellationToken.None);

        var expected = InMemory.Value.Where(r => r.Result.Success).SelectMany(r => r.Result.Value.Rules)
            .Where(r => r.Bands.Any(b => b.Overlaps(Band)) && r.Where.Includes(AreaCode.Parse("DE"), AreaCode.Region(1)));
        Assert.Equal(expected.Select(Canonical).Order(StringComparer.Ordinal), rules.Select(Canonical).Order(StringComparer.Ordinal));
        Assert.Contains(rules, r => r.Footnote == FootnoteId.Parse("5.431"));
    }

    [Fact]
    public async Task The_stored_Table_as_it_applies_in_the_Netherlands_is_the_in_memory_one()
    {
        var region1 = Assert.Single(new AllocationTableReader().Read(Path.Combine(ImportedStore.Data, "itu", "rr-2012-region-1.csv")));

        var clock = Stopwatch.StartNew();
        var stored = Assert.Single(await query.CountryTablesAsync(Band, [AreaCode.Parse("NL")], "RR-2012", CancellationToken.None));
        output.WriteLine($"the Table in NL, 3 400-3 600 MHz, in {clock.ElapsedMilliseconds} ms");

        var expected = CountryTable.For(region1, InMemory.Value, AreaCode.Parse("NL"));
        Assert.Equal(expected.AllocationsIn(Band).Select(a => $"{a} {a.How}"), stored.AllocationsIn(Band).Select(a => $"{a} {a.How}"));
        Assert.Equal(expected.FootnotesIn(Band).Select(f => $"{f.Footnote} {f.Band} {f.Applicability}"),
            stored.FootnotesIn(Band).Select(f => $"{f.Footnote} {f.Band} {f.Applicability}"));
        Assert.Contains(stored.AllocationsIn(Band), a => a.By == FootnoteId.Parse("5.430A") && a.Allocation.Status == AllocationStatus.Primary);
    }

    // Everything a rule says, with its areas in one order (the store keeps countries and Regions in columns of their own).
    private static string Canonical(FootnoteRule r) => string.Join(" | ",
        r.Footnote, r.Kind, string.Join(",", r.Bands), string.Join(",", r.Services.Select(s => s.Name)), r.Status,
        string.Join(",", r.Where.Areas.Select(a => a.Value).Order(StringComparer.Ordinal)), string.Join(",", r.Where.Except),
        r.Identifies, string.Join(",", r.Toward.Select(s => s.Name)),
        string.Join(";", r.Conditions.Select(c => $"{c.Kind}:{c.Text}:{c.Value}:{c.Date}")), r.Text);
}
