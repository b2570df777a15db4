using System.Text.RegularExpressions;
using Spectrum.Csv;

namespace Spectrum.Tests.Data;

/// <summary>
/// The files under <c>data/</c> read without error, with the counts data/README.md states, and with each repair of
/// the source still in place.
/// </summary>
public partial class ShippedDataTests
{
    private static readonly Lazy<AllocationTable[]> Tables = new(() =>
        [.. new[] { 1, 2, 3 }.Select(n => Assert.Single(new AllocationTableReader().Read(Repository.DataPath("itu", $"rr-2012-region-{n}.csv"))))]);

    private static readonly Lazy<IReadOnlyList<Footnote>> Footnotes =
        new(() => FootnoteReader.Read(Repository.DataPath("itu", "rr-2012-footnotes.csv")));

    private static readonly FrequencyRange Band1350To1400 = FrequencyRange.Parse("1350-1400 MHz");

    [Theory]
    [InlineData(1, 1687)]
    [InlineData(2, 1699)]
    [InlineData(3, 1708)]
    public void Each_ITU_table_reads_with_the_row_count_of_the_README(int region, int rows)
    {
        var table = Tables.Value[region - 1];

        Assert.Equal($"ITU Region {region}", table.Name);
        Assert.Equal("RR-2012", table.Edition);
        Assert.Equal(AreaCode.Region(region), table.Area);
        Assert.Equal(rows, table.Allocations.Count + table.BandFootnotes.Count);
    }

    [Fact]
    public void Every_distinct_service_string_in_the_tables_parses()
    {
        var services = new[] { 1, 2, 3 }
            .SelectMany(n => File.ReadLines(Repository.DataPath("itu", $"rr-2012-region-{n}.csv")).Skip(1))
            .Select(line => SplitCsvLine(line)[5])
            .Where(service => service != "-")
            .Distinct()
            .ToArray();

        Assert.True(services.Length > 50);
        Assert.All(services, service => Assert.True(RadioService.TryParse(service, out _, out var error), error));
    }

    [Fact]
    public void No_cited_footnote_id_has_lost_its_trailing_zero()
    {
        // Every RR footnote id is three digits, or two digits from 53 to 99 and then only in bands below 30 MHz.
        var below30MHz = Frequency.FromMHz(30);
        var wrong = Citations()
            .Where(c => c.Id.IsRadioRegulations)
            .Where(c => TwoDigitId().Match(c.Id.Value) is var m
                && m.Success
                && (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < 53 || c.Range.Lower >= below30MHz))
            .Select(c => $"{c.Table} {c.Range}: {c.Id}")
            .ToArray();

        Assert.Empty(wrong);
        Assert.All(Citations().Where(c => c.Id.IsRadioRegulations), c => Assert.Matches(@"^5\.[0-9]{2,3}[A-Z]*$", c.Id.Value));
    }

    [Fact]
    public void Region_1_3400_to_3600_MHz_mobile_cites_5_430A_and_no_table_cites_5_340A()
    {
        var mobile = Tables.Value[0].AllocationsIn(FrequencyRange.Parse("3400-3600 MHz"))
            .Single(a => a.Range == FrequencyRange.Parse("3400-3600 MHz") && a.Service.Kind == ServiceKind.Mobile);

        Assert.Contains(FootnoteId.Parse("5.430A"), mobile.Footnotes);
        Assert.Equal(AllocationStatus.Secondary, mobile.Status);
        Assert.Equal(Confidence.Medium, mobile.Provenance.Confidence);
        Assert.DoesNotContain(Citations(), c => c.Id.Value == "5.340A");
    }

    [Fact]
    public void The_1350_to_1400_MHz_bands_cite_5_338A_not_5_388A()
    {
        foreach (var table in Tables.Value)
        {
            var cited = table.BandFootnotes.Where(b => b.Range == Band1350To1400).SelectMany(b => b.Footnotes)
                .Concat(table.Allocations.Where(a => a.Range == Band1350To1400).SelectMany(a => a.Footnotes))
                .Select(f => f.Value)
                .ToArray();

            Assert.Contains("5.338A", cited);
            Assert.DoesNotContain("5.388A", cited);
        }
    }

    [Fact]
    public void Footnote_5_340_lists_its_bands_up_to_250_252_GHz()
    {
        var footnote = Footnotes.Value.Single(f => f.Id.Value == "5.340");

        Assert.Matches(@"250\s*-\s*252\s*GHz", footnote.Text);
    }

    [Fact]
    public void The_footnote_file_has_506_footnotes_with_no_id_twice()
    {
        Assert.Equal(506, Footnotes.Value.Count);
        Assert.Equal(Footnotes.Value.Count, Footnotes.Value.Select(f => f.Id).Distinct().Count());
        Assert.Contains(Footnotes.Value, f => f.Id.Value == "5.60");
    }

    [Fact]
    public void The_countries_list_reads_with_237_countries()
    {
        var countries = CountryListReader.Read(Repository.DataPath("areas", "countries.csv"));

        // 236 features with an ISO code, and Kosovo as XK (Natural Earth gives it none).
        Assert.Equal(237, countries.Count);
        Assert.Equal("Kosovo", Assert.Single(countries, c => c.Country.Value == "XK").Name);
        Assert.Equal(2, countries.Count(c => c.Country.Value == "AU"));
        Assert.Equal(52, countries.Count(c => c.Region is null));
    }

    private static IEnumerable<(string Table, FrequencyRange Range, FootnoteId Id)> Citations() =>
        Tables.Value.SelectMany(t =>
            t.Allocations.SelectMany(a => a.Footnotes.Select(f => (t.Name, a.Range, f)))
                .Concat(t.BandFootnotes.SelectMany(b => b.Footnotes.Select(f => (t.Name, b.Range, f)))));

    // The shipped files quote only where a field holds a comma; no field holds a quote.
    private static string[] SplitCsvLine(string line) =>
        [.. CsvField().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)];

    [GeneratedRegex(@"^5\.([0-9]{2})[A-Z]*$")]
    private static partial Regex TwoDigitId();

    [GeneratedRegex(@"(?:^|,)(?:""([^""]*)""|([^,]*))")]
    private static partial Regex CsvField();
}
