using System.Text.RegularExpressions;
using System.Text.Json;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>The Table as it applies in a country, and the footnote rules, through the program on the shipped data.</summary>
[Collection(PostGisCollection.Name)]
public sealed class CountryTableCommandTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private readonly CommandLine spectrum = store.Spectrum;

    [Fact]
    public async Task In_the_Netherlands_in_2012_3_4_to_3_6_GHz_has_mobile_except_aeronautical_mobile_primary_by_5_430A_and_no_amateur()
    {
        // The Region's table with the footnotes applied; the Netherlands' own national table (which has an amateur
        // allocation at 3.4-3.41 GHz) is another table.
        var result = await spectrum.RunAsync("query", "3.4-3.6GHz", "--country", "NL", "--edition", "RR-2012", "--table", "ITU Region 1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("MOBILE except aeronautical mobile by 5.430A", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Amateur", result.Text.Split("Not applying in NL")[0], StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"Not applying in NL .*5\.431 \(DE IL GB\)", result.Text);
    }

    [Fact]
    public async Task In_the_Netherlands_the_json_rows_say_which_footnote_made_them_and_which_footnotes_do_not_apply()
    {
        var result = await spectrum.RunAsync("query", "3.4-3.6GHz", "--country", "NL", "--edition", "RR-2012", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Where(r => r.GetProperty("table").GetString() == "ITU Region 1").ToList();
        var mobile = Assert.Single(rows, r => r.GetProperty("by").GetString() == "5.430A");
        Assert.Equal("Mobile except aeronautical mobile", mobile.GetProperty("service").GetString());
        Assert.Equal("primary", mobile.GetProperty("status").GetString());
        Assert.DoesNotContain(rows, r => r.GetProperty("service").GetString()!.StartsWith("Amateur", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.DoesNotContain("5.431", r.GetProperty("footnotes").EnumerateArray().Select(f => f.GetString())));
        Assert.Contains(rows, r => r.GetProperty("footnotes_not_applying").EnumerateArray().Any(f => f.GetString() == "5.431 (DE IL GB)"));
    }

    [Fact]
    public async Task In_Germany_3_400_to_3_475_MHz_has_amateur_secondary_by_5_431()
    {
        var result = await spectrum.RunAsync("query", "3.4-3.6GHz", "--country", "DE", "--edition", "RR-2012", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var amateur = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray(),
            r => r.GetProperty("by").GetString() == "5.431");
        Assert.Equal("Amateur", amateur.GetProperty("service").GetString());
        Assert.Equal("secondary", amateur.GetProperty("status").GetString());
        Assert.Equal(3_400_000_000, amateur.GetProperty("lower_hz").GetInt64());
        Assert.Equal(3_475_000_000, amateur.GetProperty("upper_hz").GetInt64());
        var table = await spectrum.RunAsync("query", "3.4-3.6GHz", "--country", "DE", "--edition", "RR-2012");
        Assert.Contains("Amateur by 5.431", table.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_point_in_Germany_names_the_country_it_lies_in_with_its_footnote_allocations()
    {
        // Berlin.
        var result = await spectrum.RunAsync("query", "3.4-3.6GHz", "--point", "52.52,13.40", "--edition", "RR-2012");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Countries the area covers: DE", result.Text, StringComparison.Ordinal);
        Assert.True(Regex.IsMatch(result.Text, @"DE 3\.4-3\.475 GHz Amateur by 5\.431"), result.Text);
    }

    [Fact]
    public async Task Footnote_5_430A_lists_its_countries_as_ISO_codes_the_Netherlands_and_Germany_among_them()
    {
        var result = await spectrum.RunAsync("footnotes", "5.430A", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rule = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray(), r => r.GetProperty("kind").GetString() == "different-category");
        var countries = rule.GetProperty("countries").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("NL", countries);
        Assert.Contains("DE", countries);
        Assert.All(countries, c => Assert.Matches("^[A-Z]{2}$", c));
        var table = await spectrum.RunAsync("footnotes", "5.430A");
        Assert.True(Regex.IsMatch(table.Text, @"5\.430A different-category 3\.4-3\.6 GHz MOBILE except aeronautical mobile .*\bNL\b"), table.Text);
    }

    [Fact]
    public async Task The_unparsed_footnotes_are_listed_each_with_its_reason()
    {
        var result = await spectrum.RunAsync("footnotes", "--unparsed", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith(r.GetProperty("footnote").GetString() + ": ", r.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.Contains(rows, r => r.GetProperty("reason").GetString()!.EndsWith("the footnote's text is not known", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.GetProperty("footnote").GetString() == "5.430A");
    }

    [Fact]
    public async Task Footnotes_in_a_range_that_hold_in_a_country_are_filtered_by_kind()
    {
        var result = await spectrum.RunAsync("footnotes", "--country", "DE", "--range", "3.4-3.6GHz", "--kind", "additional-allocation", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("footnote").GetString() == "5.431");
        Assert.All(rows, r => Assert.Equal("additional-allocation", r.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_bad_kind_or_an_unknown_footnote_is_refused_with_what_was_expected()
    {
        var kind = await spectrum.RunAsync("footnotes", "--kind", "allocation");
        Assert.Equal(2, kind.ExitCode);
        Assert.Contains("additional-allocation", kind.Error, StringComparison.Ordinal);

        var unknown = await spectrum.RunAsync("footnotes", "5.999Z");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown footnote 5.999Z", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_for_a_country_draws_its_Region_and_the_Table_as_it_applies_there()
    {
        var file = Path.Combine(spectrum.Home, "nl.svg");

        var result = await spectrum.RunAsync("chart", "3.3-3.8GHz", "--country", "NL", "--edition", "RR-2012", "--out", file);

        Assert.Equal(0, result.ExitCode);
        // Region 1, its Table as it applies in the Netherlands, and the Netherlands' own national table.
        Assert.Contains("3 rows", result.Text, StringComparison.Ordinal);
        var svg = await File.ReadAllTextAsync(file);
        Assert.Contains("NL (footnotes applied)", svg, StringComparison.Ordinal);
        Assert.Contains("ITU Region 1", svg, StringComparison.Ordinal);
        Assert.Contains(">Netherlands<", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("applications", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_with_applications_draws_what_the_national_table_uses_the_band_for_under_it()
    {
        var file = Path.Combine(spectrum.Home, "de-applications.svg");

        var result = await spectrum.RunAsync("chart", "3.3-3.8GHz", "--country", "DE", "--applications", "--out", file);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var svg = await File.ReadAllTextAsync(file);
        Assert.Contains(">Germany<", svg, StringComparison.Ordinal);
        Assert.Contains(">Germany · applications<", svg, StringComparison.Ordinal);
        // Germany's table lists PMR/PAMR in 3.4-3.6 GHz (query 3.4-3.8GHz --country DE --applications).
        Assert.Contains(">PMR/PAMR<", svg, StringComparison.Ordinal);
        Assert.Contains("application (national table)", svg, StringComparison.Ordinal);
    }
}
