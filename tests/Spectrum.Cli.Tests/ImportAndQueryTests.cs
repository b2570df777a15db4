using System.Text.Json;
using Npgsql;
using Spectrum.Conference;
using Spectrum.Csv;
using Spectrum.PostGis.Queries;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>The shipped data in the store, asked the questions a regulator asks.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ImportAndQueryTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private static readonly string Data = ImportedStore.Data;

    private const string AllocationsOf2012 =
        "SELECT count(*) FROM allocation a JOIN allocation_table t ON t.id = a.table_id WHERE t.edition = 'RR-2012'";

    private readonly CommandLine spectrum = store.Spectrum;
    private readonly TestDatabase database = store.Database;

    [Fact]
    public async Task Import_of_the_shipped_data_stores_every_table_row()
    {
        Assert.Equal(1326 + 1357 + 1360, await CountAsync(AllocationsOf2012));
        Assert.Equal(361 + 342 + 348, await CountAsync(
            "SELECT count(*) FROM band_footnote b JOIN allocation_table t ON t.id = b.table_id WHERE t.edition = 'RR-2012'"));
        Assert.Equal(9, await CountAsync("SELECT count(*) FROM allocation_table WHERE edition IN ('RR-2012', 'RR-2020', 'RR-2024')"));
        Assert.Equal(506, await CountAsync("SELECT count(*) FROM footnote"));
        Assert.Equal(27, await CountAsync("SELECT count(*) FROM area_member WHERE group_code = 'EU27'"));
    }

    [Fact]
    public async Task Importing_again_replaces_tables_without_duplicates()
    {
        var again = await spectrum.RunAsync("import", Path.Combine(Data, "itu"));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(1326 + 1357 + 1360, await CountAsync(AllocationsOf2012));
        Assert.Equal(3, await CountAsync("SELECT count(*) FROM allocation_table WHERE edition = 'RR-2012'"));
    }

    [Fact]
    public async Task A_failed_import_leaves_the_store_as_it_was()
    {
        var bad = Path.Combine(spectrum.Home, "bad.csv");
        await File.WriteAllTextAsync(bad, "table,area,lower_hz,upper_hz,service,status\nX,R1,100,200,Fixed,primary\nX,R1,300,200,Fixed,primary\n");
        var before = await CountAsync("SELECT count(*) FROM allocation");

        var import = await spectrum.RunAsync("import", Path.Combine(Data, "itu"), bad);

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("bad.csv:3", import.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM allocation"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM allocation_table WHERE name = 'X'"));
    }

    [Fact]
    public async Task The_23_6_GHz_passive_band_in_Region_1_lists_EESS_RAS_and_SRS_passive_primary_with_5_340()
    {
        var result = await spectrum.RunAsync("query", "23.6-24GHz", "--region", "1", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray()
            .Where(r => r.GetProperty("table").GetString() == "ITU Region 1")
            .ToList();
        Assert.Equal(
            ["Earth Exploration-Satellite (passive)", "Radio Astronomy", "Space Research (passive)"],
            rows.Select(r => r.GetProperty("service").GetString()).Order());
        Assert.All(rows, r =>
        {
            Assert.Equal("primary", r.GetProperty("status").GetString());
            Assert.Equal(23_600_000_000, r.GetProperty("lower_hz").GetInt64());
            Assert.Contains("5.340", r.GetProperty("footnotes").EnumerateArray().Select(f => f.GetString()));
        });
    }

    [Theory]
    [InlineData("NL", "ITU Region 1|Netherlands")]
    [InlineData("US", "ITU Region 2")]
    [InlineData("JP", "ITU Region 3")]
    [InlineData("IR", "ITU Region 3")]
    [InlineData("RU", "ITU Region 1")]
    public async Task A_country_is_answered_from_the_table_of_its_region(string country, string tables)
    {
        // A country with a shipped national table (the Netherlands) is answered from it too.
        var result = await spectrum.RunAsync("query", "3.4-3.6GHz", "--country", country, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var answered = JsonDocument.Parse(result.Output).RootElement.EnumerateArray()
            .Select(r => r.GetProperty("table").GetString()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(tables.Split('|'), answered);
    }

    [Theory]
    [InlineData("52.37,4.90", "ITU Region 1")]
    [InlineData("40.71,-74.01", "ITU Region 2")]
    [InlineData("-33.87,151.21", "ITU Region 3")]
    public async Task A_point_is_answered_from_the_region_it_lies_in(string point, string table)
    {
        var result = await spectrum.RunAsync("query", "10.5GHz", "--point", point, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var tables = JsonDocument.Parse(result.Output).RootElement.EnumerateArray()
            .Select(r => r.GetProperty("table").GetString()).Distinct().ToList();
        Assert.Equal([table], tables);
    }

    [Theory]
    [InlineData("--country", "XX", "unknown country 'XX'")]
    [InlineData("--group", "NOPE", "unknown group 'NOPE'")]
    [InlineData("--region", "4", "an ITU Region is 1, 2 or 3")]
    public async Task An_unknown_area_is_a_clear_error(string option, string value, string message)
    {
        var result = await spectrum.RunAsync("query", "3.4-3.6GHz", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_that_does_not_parse_is_a_clear_error()
    {
        var result = await spectrum.RunAsync("query", "7125-6425 MHz");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("runs backwards", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_goes_to_standard_error_and_leaves_the_csv_output_empty()
    {
        var result = await spectrum.RunAsync("query", "3.4-3.8", "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("has no unit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_lists_the_formats_in_words()
    {
        var result = await spectrum.RunAsync("query", "3.4-3.8GHz", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format 'xml': expected one of table, csv, csv-spreadsheet, json, xlsx", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("OutputFormat", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_version_is_printed()
    {
        var result = await spectrum.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output.Trim());
    }

    [Fact]
    public async Task Areas_export_as_GeoJSON_with_every_region_country_and_group()
    {
        var file = Path.Combine(spectrum.Home, "areas.geojson");
        var export = await spectrum.RunAsync("areas", "export", "--format", "geojson", "--out", file);
        Assert.Equal(0, export.ExitCode);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(await CountAsync("SELECT count(*) FROM area"), features.Count);
        var codes = features.Select(f => f.GetProperty("properties").GetProperty("code").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "R1", "R2", "R3", "NL", "US", "EU27", "CEPT" }, codes);
        var netherlands = features.Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "NL");
        Assert.Equal(1, netherlands.GetProperty("properties").GetProperty("itu_region").GetInt32());
        Assert.Equal("MultiPolygon", netherlands.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("high", netherlands.GetProperty("properties").GetProperty("confidence").GetString());
        Assert.False(string.IsNullOrEmpty(netherlands.GetProperty("properties").GetProperty("source").GetString()));

        // As QGIS reads it: GDAL sees every area, with where it comes from.
        var layer = await OgrInfo.RunAsync("-ro", "-so", file, "areas");
        Assert.Contains($"Feature Count: {features.Count}", layer, StringComparison.Ordinal);
        Assert.Contains("source: String", layer, StringComparison.Ordinal);
        Assert.Contains("confidence: String", layer, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4326]", layer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Positions_on_agenda_item_1_2_list_every_band_with_the_EU_stance()
    {
        var result = await spectrum.RunAsync("positions", "--agenda-item", "1.2", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();

        var expected = WrcFiles(
            Path.Combine(Data, "wrc23", "agenda-items.csv"), Path.Combine(Data, "wrc23", "agenda-bands.csv"), Path.Combine(Data, "wrc23", "eu-positions.csv"))
            .Positions.Where(p => p.AgendaItem == "1.2").ToList();
        Assert.Equal(expected.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("1.2", r.GetProperty("agenda_item").GetString()));
        var sixGigahertz = Assert.Single(rows, r => r.GetProperty("lower_hz").GetInt64() == 6_425_000_000 && r.GetProperty("area").GetString() == "R1");
        Assert.Equal("support-with-conditions", sixGigahertz.GetProperty("stance").GetString());
        Assert.Equal(7_025_000_000, sixGigahertz.GetProperty("upper_hz").GetInt64());
        Assert.False(string.IsNullOrEmpty(sixGigahertz.GetProperty("conditions").GetString()));
    }

    [Fact]
    public async Task Positions_cover_every_agenda_item_with_Article_5_consequences_with_sources_objective_CPM_methods_and_regional_positions()
    {
        var result = await spectrum.RunAsync("positions", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();

        var asking = AgendaItemReader.Read(Path.Combine(Data, "wrc23", "agenda-items.csv"))
            .Where(i => i.Article5 == Article5Consequence.Yes).Select(i => i.Number).ToArray();
        Assert.Equal(18, asking.Length);
        Assert.All(asking, item => Assert.Contains(rows, r => r.GetProperty("agenda_item").GetString() == item));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetString())));

        JsonElement Row(string item, string area, long lower) =>
            Assert.Single(rows, r => r.GetProperty("agenda_item").GetString() == item && r.GetProperty("area").GetString() == area && r.GetProperty("lower_hz").GetInt64() == lower);
        Assert.Equal("partly-met", Row("1.5", "R1", 470_000_000).GetProperty("objective_met").GetString());
        Assert.Equal("met", Row("1.2", "R1", 6_425_000_000).GetProperty("objective_met").GetString());
        Assert.Equal("not-recorded", Row("1.7", "R1", 117_975_000).GetProperty("stance").GetString());
        Assert.Equal("not-assessed", Row("1.7", "R1", 117_975_000).GetProperty("objective_met").GetString());
        var pfd = Row("1.1", "R1", 4_800_000_000);
        Assert.Contains("D: modification of the existing pfd criterion", pfd.GetProperty("cpm_methods").GetString(), StringComparison.Ordinal);
        Assert.Contains("CEPT (Method D): revise the pfd criterion", pfd.GetProperty("regional_positions").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_position_is_stored_with_the_territory_of_its_area()
    {
        // Amsterdam lies in the territory of the Region 1 position on 6 425-7 025 MHz, New York does not.
        Assert.Equal(1, await CountAsync(
            "SELECT count(*) FROM position WHERE agenda_item = '1.2' AND area = 'R1' AND lower(range) = 6425000000 AND ST_Intersects(geom, ST_SetSRID(ST_MakePoint(4.90, 52.37), 4326))"));
        Assert.Equal(0, await CountAsync(
            "SELECT count(*) FROM position WHERE agenda_item = '1.2' AND area = 'R1' AND lower(range) = 6425000000 AND ST_Intersects(geom, ST_SetSRID(ST_MakePoint(-74.01, 40.71), 4326))"));
    }

    [Fact]
    public async Task An_unknown_agenda_item_is_a_clear_error()
    {
        var result = await spectrum.RunAsync("positions", "--agenda-item", "7.7");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown agenda item '7.7'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RR-2012", "Mobile", "secondary")]
    [InlineData("RR-2020", "Mobile except aeronautical mobile", "primary")]
    public async Task Region_1_mobile_at_3_4_GHz_is_secondary_in_2012_and_primary_from_2020(string edition, string service, string status)
    {
        var result = await spectrum.RunAsync("query", "3.4-3.6GHz", "--region", "1", "--edition", edition, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var mobile = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray(),
            r => r.GetProperty("service").GetString()!.StartsWith("Mobile", StringComparison.Ordinal));
        Assert.Equal(service, mobile.GetProperty("service").GetString());
        Assert.Equal(status, mobile.GetProperty("status").GetString());
        Assert.Equal(edition, mobile.GetProperty("edition").GetString());
    }

    [Fact]
    public async Task The_editions_are_listed_oldest_first_and_the_newest_is_the_default()
    {
        var editions = await spectrum.RunAsync("editions", "--format", "json");
        Assert.Equal(0, editions.ExitCode);
        Assert.Equal(["RR-2012", "RR-2020", "RR-2024"],
            JsonDocument.Parse(editions.Output).RootElement.EnumerateArray()
                .Where(e => e.GetProperty("proposal_for").ValueKind == JsonValueKind.Null)
                .Select(e => e.GetProperty("edition").GetString()));

        var query = await spectrum.RunAsync("query", "6.5GHz", "--region", "1", "--format", "json");
        Assert.All(JsonDocument.Parse(query.Output).RootElement.EnumerateArray(), r => Assert.Equal("RR-2024", r.GetProperty("edition").GetString()));
    }

    [Fact]
    public async Task The_diff_from_RR_2020_to_RR_2024_shows_the_IMT_identification_of_6425_to_7125_MHz_in_Region_1()
    {
        var result = await spectrum.RunAsync("diff", "RR-2020", "RR-2024", "6-7.2GHz", "--region", "1", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        var imt = rows.Where(r => r.GetProperty("change").GetString() == "identification-added" && r.GetProperty("identifies").GetString() == "IMT").ToList();

        Assert.Equal(6_425_000_000, imt.Min(r => r.GetProperty("lower_hz").GetInt64()));
        Assert.Equal(7_125_000_000, imt.Max(r => r.GetProperty("upper_hz").GetInt64()));
        Assert.Equal(7_125_000_000 - 6_425_000_000, imt.Sum(r => r.GetProperty("upper_hz").GetInt64() - r.GetProperty("lower_hz").GetInt64()));
        Assert.All(imt, r => Assert.Equal("Mobile", r.GetProperty("service").GetString()));
    }

    [Fact]
    public async Task The_table_as_the_EU_position_on_1_2_proposes_identifies_6425_to_7125_MHz_for_IMT_in_Region_1()
    {
        var result = await spectrum.RunAsync("diff", "RR-2020", "EU-1.2", "--region", "1", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();

        Assert.All(rows, r => Assert.Equal("identification-added", r.GetProperty("change").GetString()));
        Assert.Equal(6_425_000_000, rows.Min(r => r.GetProperty("lower_hz").GetInt64()));
        Assert.Equal(7_125_000_000, rows.Max(r => r.GetProperty("upper_hz").GetInt64()));
    }

    [Fact]
    public async Task An_agenda_item_the_EU_does_not_support_changing_has_no_proposed_table()
    {
        // 1.5: "keep BROADCASTING the only primary service" (no-change).
        var editions = await spectrum.RunAsync("editions", "--format", "json");
        var names = JsonDocument.Parse(editions.Output).RootElement.EnumerateArray().Select(e => e.GetProperty("edition").GetString()).ToList();
        Assert.Contains("EU-1.2", names);
        Assert.Contains("EU-1.3", names);
        Assert.DoesNotContain("EU-1.5", names);
    }

    [Fact]
    public async Task An_amendment_that_cannot_be_applied_fails_the_import_with_its_line_and_changes_nothing()
    {
        var copy = Path.Combine(spectrum.Home, "data-copy");
        CopyFolder(Data, copy);
        await File.AppendAllTextAsync(Path.Combine(copy, "amendments", "wrc-15.csv"),
            "WRC-15,,R1,3400000000,3600000000,Amateur,remove-allocation,,,,test,high\n");
        var before = await CountAsync("SELECT count(*) FROM allocation");

        var result = await spectrum.RunAsync("import", copy);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("wrc-15.csv:61", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM allocation"));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql);
        command.Connection = await database.DataSource.OpenConnectionAsync();
        await using var connection = command.Connection;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    // The agenda files read together, as an import reads them.
    private static ImportBatch WrcFiles(params string[] paths) => ImportPlan.Read(paths).Build();
}
