using Spectrum.Csv;
using Spectrum.Footnotes;
using Spectrum.Tests.Data;
using Xunit.Abstractions;

namespace Spectrum.Tests.Footnotes;

/// <summary>How much of the shipped footnote texts the grammar reads: the figures, and the rest with reasons.</summary>
public class ParseFiguresTests(ShippedFootnotes shipped, ITestOutputHelper output) : IClassFixture<ShippedFootnotes>
{
    [Fact]
    public void At_least_95_percent_of_the_allocation_footnotes_become_rules_with_every_country_resolved()
    {
        var allocation = shipped.Readings.Where(r => r.Opening is not null).ToList();
        foreach (var opening in allocation.GroupBy(r => r.Opening!))
        {
            output.WriteLine($"{opening.Key}: {opening.Count(r => r.Result.Success)} of {opening.Count()} read");
        }

        var read = allocation.Count(r => r.Result.Success);
        output.WriteLine($"All three openings: {read} of {allocation.Count} read ({100.0 * read / allocation.Count:F1} %)");
        output.WriteLine($"Other footnotes with rules: {shipped.Readings.Count(r => r.Opening is null && r.Result.Success)} of {shipped.Readings.Count(r => r.Opening is null)}");
        output.WriteLine("Not read:");
        foreach (var reading in shipped.Readings.Where(r => !r.Result.Success))
        {
            output.WriteLine($"  {(reading.Opening is null ? " " : "*")} {reading.Result.Reason}");
        }

        Assert.True(read >= 0.95 * allocation.Count, $"{read} of {allocation.Count} read");
    }

    [Fact]
    public void Footnotes_the_amendment_files_add_without_a_text_are_listed_as_not_read_because_the_text_is_not_known()
    {
        var known = shipped.Footnotes.Select(f => f.Id).ToHashSet();
        var added = Directory.GetFiles(Repository.DataPath("amendments"), "*.csv").Order(StringComparer.Ordinal)
            .SelectMany(file => new AmendmentReader().Read(file))
            .Where(a => a.Footnote is { } id && !known.Contains(id))
            .Select(a => a.Footnote!.Value)
            .Distinct()
            .ToList();
        output.WriteLine($"Footnotes the amendments add without a text: {string.Join(' ', added)}");

        Assert.Contains(FootnoteId.Parse("5.532AB"), added);
        Assert.DoesNotContain(FootnoteId.Parse("5.430A"), added);
        Assert.All(added, id => Assert.Equal($"{id}: the footnote's text is not known",
            FootnoteGrammar.TextNotKnown(id, Provenance.Unstated).Result.Reason));
    }

    [Fact]
    public void Every_footnote_either_becomes_rules_or_says_why_not()
    {
        Assert.All(shipped.Readings, r =>
        {
            if (r.Result.Success)
            {
                Assert.NotEmpty(r.Result.Value.Rules);
                Assert.All(r.Result.Value.Rules, rule => Assert.Equal(r.Footnote, rule.Footnote));
            }
            else
            {
                Assert.StartsWith($"{r.Footnote}: ", r.Result.Reason, StringComparison.Ordinal);
            }
        });
        output.WriteLine($"Footnotes with rules: {shipped.Readings.Count(r => r.Result.Success)} of {shipped.Readings.Count}; rules by kind: "
            + string.Join(", ", shipped.Readings.Where(r => r.Result.Success).SelectMany(r => r.Result.Value.Rules)
                .GroupBy(r => r.Kind).Select(g => $"{FootnoteTerms.Of(g.Key)} {g.Count()}")));
    }
}
