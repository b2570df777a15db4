using System.Text.Json;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary><c>spectrum conflicts</c> against the shipped tables in the store.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ConflictsCommandTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private readonly CommandLine spectrum = store.Spectrum;

    [Fact]
    public async Task The_24_25_GHz_IMT_band_in_Region_1_reports_23_6_to_24_GHz_as_adjacent_passive()
    {
        var rows = await JsonAsync("conflicts", "24.25-27.5GHz", "--region", "1", "--service", "MOBILE", "--format", "json");

        var adjacent = Assert.Single(rows, r => r.GetProperty("kind").GetString() == "adjacent-passive"
            && r.GetProperty("lower_hz").GetInt64() == 23_600_000_000 && r.GetProperty("table").GetString() == "ITU Region 1");
        Assert.Equal("high", adjacent.GetProperty("severity").GetString());
        Assert.Equal(24_000_000_000, adjacent.GetProperty("upper_hz").GetInt64());
        Assert.Equal(250_000_000, adjacent.GetProperty("gap_hz").GetInt64());
        Assert.Contains("5.340", adjacent.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_24_25_GHz_IMT_band_cites_5_340_and_Resolution_750_for_23_6_to_24_GHz()
    {
        var rows = await JsonAsync("conflicts", "24.25-27.5GHz", "--region", "1", "--service", "MOBILE", "--format", "json");

        var adjacent = Assert.Single(rows, r => r.GetProperty("kind").GetString() == "adjacent-passive" && r.GetProperty("lower_hz").GetInt64() == 23_600_000_000);
        Assert.Equal(["RR No. 5.340", "Resolution 750 (Rev.WRC-19)"], adjacent.GetProperty("provisions").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("−33 dBW", adjacent.GetProperty("ask").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_40_MHz_no_adjacent_finding_lies_below_30_MHz()
    {
        var rows = await JsonAsync("conflicts", "40-40.5MHz", "--region", "1", "--service", "MOBILE", "--format", "json");

        Assert.DoesNotContain(rows, r => r.GetProperty("upper_hz").GetInt64() <= 30_000_000);
    }

    [Fact]
    public async Task Agenda_item_1_2_for_the_Netherlands_finds_fixed_and_both_satellite_directions_5_149_and_5_458_and_nothing_of_Regions_2_and_3()
    {
        var rows = await JsonAsync("conflicts", "--agenda-item", "1.2", "--country", "NL", "--format", "json");

        Assert.InRange(rows.Count, 1, 40);
        var coPrimary = rows.Where(r => r.GetProperty("kind").GetString() == "co-primary" && r.GetProperty("table").GetString() == "ITU Region 1")
            .Select(r => r.GetProperty("service").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Fixed", "Fixed-Satellite (Earth-to-space)", "Fixed-Satellite (space-to-Earth)" }, coPrimary);
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "radio-astronomy" && r.GetProperty("lower_hz").GetInt64() == 6_650_000_000
            && r.GetProperty("provisions").EnumerateArray().Any(p => p.GetString() == "RR No. 5.149"));
        Assert.Contains(rows, r => r.GetProperty("provisions").EnumerateArray().Any(p => p.GetString() == "RR No. 5.458"));
        Assert.DoesNotContain(rows, r => r.GetProperty("table").GetString() is "ITU Region 2" or "ITU Region 3");
    }

    [Fact]
    public async Task The_EESS_passive_proposal_of_1_14_is_never_an_interferer()
    {
        var rows = await JsonAsync("conflicts", "--agenda-item", "1.14", "--format", "json");

        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => (r.GetProperty("direction").GetString() ?? "").StartsWith("proposal →", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("9.1 b")]
    [InlineData("9.1 d")]
    public async Task A_protection_item_screens_what_threatens_the_band(string item)
    {
        var rows = await JsonAsync("conflicts", "--agenda-item", item, "--format", "json");

        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "threat");
        Assert.All(rows, r => Assert.NotEmpty(r.GetProperty("provisions").EnumerateArray()));
    }

    [Fact]
    public async Task An_agenda_item_with_a_Region_screens_only_that_Regions_proposals()
    {
        var rows = await JsonAsync("conflicts", "--agenda-item", "1.2", "--region", "1", "--format", "json");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Region 1", r.GetProperty("proposal_area").GetString()));
        Assert.DoesNotContain(rows, r => r.GetProperty("table").GetString() is "ITU Region 2" or "ITU Region 3"
            && r.GetProperty("kind").GetString() != "cross-border");
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.3")]
    [InlineData("1.4")]
    public async Task No_agenda_item_lists_a_finding_twice(string item)
    {
        var rows = await JsonAsync("conflicts", "--agenda-item", item, "--format", "json");

        var keys = rows.Select(r => string.Join('|', new[] { "kind", "table", "service", "status", "lower_hz", "upper_hz", "proposal_area" }
            .Select(c => r.GetProperty(c).ToString()).Append(string.Join(",", r.GetProperty("provisions").EnumerateArray())))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task Agenda_item_1_2_finds_co_primary_fixed_and_fixed_satellite_in_6425_to_7125_MHz_in_Region_1()
    {
        var rows = await JsonAsync("conflicts", "--agenda-item", "1.2", "--format", "json");

        var sixGigahertz = rows.Where(r => r.GetProperty("kind").GetString() == "co-primary"
            && r.GetProperty("table").GetString() == "ITU Region 1"
            && r.GetProperty("lower_hz").GetInt64() >= 6_425_000_000 && r.GetProperty("upper_hz").GetInt64() <= 7_125_000_000).ToList();
        var services = sixGigahertz.Select(r => r.GetProperty("service").GetString()).ToHashSet();
        Assert.Contains("Fixed", services);
        Assert.Contains("Fixed-Satellite (Earth-to-space)", services);
        Assert.All(sixGigahertz, r =>
        {
            Assert.Equal("medium", r.GetProperty("severity").GetString());
            Assert.Equal("1.2", r.GetProperty("agenda_item").GetString());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString()));
        });
    }

    [Fact]
    public async Task A_proposal_overlapping_1400_to_1427_MHz_is_critical_and_listed_first()
    {
        var rows = await JsonAsync("conflicts", "1.42-1.43GHz", "--region", "2", "--format", "json");

        Assert.Equal("critical", rows[0].GetProperty("severity").GetString());
        Assert.Equal("passive-band", rows[0].GetProperty("kind").GetString());
        Assert.Equal(1_420_000_000, rows[0].GetProperty("lower_hz").GetInt64());
        Assert.Equal(1_427_000_000, rows[0].GetProperty("upper_hz").GetInt64());
    }

    [Fact]
    public async Task Bad_input_exits_2_and_findings_exit_0()
    {
        Assert.Equal(2, (await spectrum.RunAsync("conflicts", "7125-6425 MHz")).ExitCode);
        Assert.Equal(2, (await spectrum.RunAsync("conflicts", "--agenda-item", "7.7")).ExitCode);
        Assert.Equal(2, (await spectrum.RunAsync("conflicts", "3.4-3.6GHz", "--guard", "wide")).ExitCode);
        Assert.Equal(0, (await spectrum.RunAsync("conflicts", "1.42-1.43GHz", "--region", "1")).ExitCode);
    }

    private async Task<List<JsonElement>> JsonAsync(params string[] args)
    {
        var result = await spectrum.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return [.. JsonDocument.Parse(result.Output).RootElement.EnumerateArray()];
    }
}
