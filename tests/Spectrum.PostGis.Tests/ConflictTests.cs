using System.Text.Json;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

/// <summary>Conflict analysis against the shipped tables in the store.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ConflictTests(ImportedStore store) : IClassFixture<ImportedStore>
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
    public async Task The_24_25_GHz_IMT_band_meets_radio_astronomy_in_23_6_to_24_GHz_exactly_250_MHz_away()
    {
        var rows = await JsonAsync("conflicts", "24.25-27.5GHz", "--region", "1", "--service", "MOBILE", "--format", "json");

        var astronomy = Assert.Single(rows, r => r.GetProperty("kind").GetString() == "radio-astronomy"
            && r.GetProperty("lower_hz").GetInt64() == 23_600_000_000 && r.GetProperty("table").GetString() == "ITU Region 1");
        Assert.Equal(250_000_000, astronomy.GetProperty("gap_hz").GetInt64());
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
            .Select(c => r.GetProperty(c).ToString()))).ToList();
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
            Assert.Equal("high", r.GetProperty("severity").GetString());
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

    [Fact]
    public async Task The_store_answers_as_the_in_memory_analysis_over_random_proposals()
    {
        var dataSource = store.Database.DataSource;
        var tables = await new TableQuery(dataSource).LoadAsync("RR-2020", null, CancellationToken.None);
        await using var connection = await dataSource.OpenConnectionAsync();
        var footnotes = await AllocationQuery.FootnotesAsync(connection, await AllFootnoteIdsAsync(connection), CancellationToken.None);
        var query = new ConflictQuery(dataSource);
        var services = new[] { "Mobile", "Fixed", "Fixed-Satellite (space-to-Earth)", "Mobile except aeronautical mobile", "Radiolocation" };
        var random = new Random(23);
        for (var i = 0; i < 60; i++)
        {
            var lower = (long)(1e6 * Math.Pow(275e3 / 1, random.NextDouble()));
            var proposal = new Proposal(
                FrequencyRange.FromHz(lower, lower + 1 + (long)(lower * 0.2 * random.NextDouble())),
                AreaCode.Region(random.Next(1, 4)), "region", RadioService.Parse(services[random.Next(services.Length)]), "identify-imt");
            var guard = random.Next(3) switch { 0 => 0L, 1 => ConflictFinder.DefaultGuardHz, _ => lower / 10 };

            var inMemory = ConflictFinder.Find(proposal,
                [.. tables.Select(t => new CandidateTable(t, t.Area == proposal.Area ? TableRelation.Applies : TableRelation.Neighbour))],
                footnotes, guard);
            var fromStore = await query.FindAsync(proposal, new AreaFilter.Known(proposal.Area!.Value), "RR-2020", guard, CancellationToken.None);

            Assert.Equal(inMemory.Select(Key), fromStore.Select(Key));
        }
    }

    [Fact]
    public async Task The_store_answers_as_the_in_memory_analysis_for_bands_exactly_the_window_away_and_touching()
    {
        // Given proposals whose edge lies exactly the guard from a real allocation's edge, one hertz further, and touching it
        var dataSource = store.Database.DataSource;
        var tables = await new TableQuery(dataSource).LoadAsync("RR-2020", null, CancellationToken.None);
        await using var connection = await dataSource.OpenConnectionAsync();
        var footnotes = await AllocationQuery.FootnotesAsync(connection, await AllFootnoteIdsAsync(connection), CancellationToken.None);
        var query = new ConflictQuery(dataSource);
        var random = new Random(750);
        // Radio astronomy is reported whenever it lies within the window, so the edge shows in the findings themselves.
        var astronomy = tables.Single(t => t.Area == AreaCode.Region(1)).Allocations.Where(a => a.Service.Kind == ServiceKind.RadioAstronomy).ToList();
        for (var i = 0; i < 40; i++)
        {
            var incumbent = astronomy[random.Next(astronomy.Count)].Range;
            var guard = random.Next(2) == 0 ? ConflictFinder.DefaultGuardHz : Math.Max(1, incumbent.WidthHz / 3);
            var width = Math.Max(1, incumbent.WidthHz / 2);
            foreach (var lower in new[] { incumbent.UpperHz + guard, incumbent.UpperHz + guard + 1, incumbent.UpperHz })
            {
                var proposal = new Proposal(FrequencyRange.FromHz(lower, lower + width), AreaCode.Region(1), "Region 1", RadioService.Parse("Mobile"), "add-allocation");

                // When the store and the finder in memory screen it
                var inMemory = ConflictFinder.Find(proposal,
                    [.. tables.Select(t => new CandidateTable(t, t.Area == proposal.Area ? TableRelation.Applies : TableRelation.Neighbour))],
                    footnotes, guard);
                var fromStore = await query.FindAsync(proposal, new AreaFilter.Known(AreaCode.Region(1)), "RR-2020", guard, CancellationToken.None);

                // Then they agree, and the incumbent exactly the guard away is in both
                Assert.Equal(inMemory.Select(Key), fromStore.Select(Key));
                var atTheEdge = inMemory.Where(f => f.Kind == FindingKind.RadioAstronomy && f.Incumbent.Range == incumbent && f.Overlap is null).ToList();
                if (lower == incumbent.UpperHz + guard)
                {
                    Assert.Contains(atTheEdge, f => f.GapHz == guard);
                }
                else if (lower == incumbent.UpperHz + guard + 1)
                {
                    Assert.Empty(atTheEdge);
                }
            }
        }
    }

    private static string Key(Finding f) =>
        $"{f.Severity}|{f.Kind}|{f.Incumbent.Table}|{f.Incumbent.Service}|{f.Incumbent.Status}|{f.Incumbent.Range}|{f.Overlap}|{f.GapHz}|{string.Join(' ', f.Incumbent.Footnotes)}|{f.Reason}";

    private static async Task<string[]> AllFootnoteIdsAsync(Npgsql.NpgsqlConnection connection)
    {
        await using var command = new Npgsql.NpgsqlCommand("SELECT array_agg(id) FROM footnote", connection);
        return (string[])(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<JsonElement>> JsonAsync(params string[] args)
    {
        var result = await spectrum.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return [.. JsonDocument.Parse(result.Output).RootElement.EnumerateArray()];
    }
}
