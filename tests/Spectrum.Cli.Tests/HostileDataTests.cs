using System.Net;
using System.Text.Json;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>
/// The shipped data in a store of its own, then a copy of it with a hostile string in every text field, imported by a
/// brief of the hostile agenda item written as HTML.
/// </summary>
public sealed class HostileStore(PostGisFixture fixture) : IAsyncLifetime
{
    /// <summary>SQL, dollar quotes, backslashes and COPY's null marker, quotes, wildcards, a comma, markup and non-ASCII text.</summary>
    public const string Hostile = "x'); DROP TABLE allocation; -- $$ $q$ \\ \\N \\. \" ' % _ * , <b>ü 日本 🛰</b>";

    public const string TableName = "National '); DROP TABLE allocation_table; -- %_ 🛰";

    public CommandLine Spectrum { get; } = new() { HangGuard = TimeSpan.FromMinutes(5) };

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The store with the shipped data, and with the hostile copy on top.</summary>
    public StoreSnapshot Shipped { get; private set; } = null!;

    public StoreSnapshot Imported { get; private set; } = null!;

    public string Data => Path.Combine(Spectrum.Home, "data");

    public string Brief => Path.Combine(Spectrum.Home, "brief");

    public async Task InitializeAsync()
    {
        Database = await fixture.CreateDatabaseAsync();
        Spectrum.Configure(Database.ConnectionString);
        Folders.Copy(ImportedStore.Data, Data);
        await WriteHostileDataAsync();

        var shipped = await Spectrum.RunAsync("import", ImportedStore.Data);
        Assert.True(shipped.ExitCode == 0, shipped.Output + shipped.Error);
        Shipped = await StoreSnapshot.TakeAsync(Database.DataSource);
        var brief = await Spectrum.RunAsync("brief", "--data", Data, "--agenda-item", "99.1", "--format", "html", "--out", Brief, "--date", "2026-11-28");
        Assert.True(brief.ExitCode == 0, brief.Output + brief.Error);
        Imported = await StoreSnapshot.TakeAsync(Database.DataSource);
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        await Spectrum.DisposeAsync();
    }

    // The shipped data, with the hostile string in each free-text field and a row or file of its own where a field
    // only exists on new rows.
    private async Task WriteHostileDataAsync()
    {
        var h = Csv(Hostile);
        await ReplaceLineAsync("areas/countries.csv", "NL,", line => "NL," + h + line[line.IndexOf(",1,", StringComparison.Ordinal)..]);
        await File.AppendAllTextAsync(Path.Combine(Data, "areas", "groups.csv"), $"XHOSTILE,{h},NL,{h},high\n");
        await ReplaceLineAsync("editions.csv", "RR-2024,", _ => $"RR-2024,RR-2020,amendments/wrc-23.csv,{h},{h}");
        await File.AppendAllTextAsync(Path.Combine(Data, "wrc23", "agenda-items.csv"), $"99.1,{h},{h},other,not-known,{h},high\n");
        await File.AppendAllTextAsync(Path.Combine(Data, "wrc23", "agenda-bands.csv"), $"99.1,R1,3400000000,3800000000,Mobile,identify,,IMT,imt,{h},high\n");
        await File.AppendAllTextAsync(Path.Combine(Data, "wrc23", "eu-positions.csv"), $"99.1,R1,3400000000,3800000000,no-change,{h},{h},medium,,{h},medium\n");
        await File.AppendAllTextAsync(Path.Combine(Data, "wrc23", "cpm-methods.csv"), $"99.1,Z,{h},{h},low\n");
        await File.AppendAllTextAsync(Path.Combine(Data, "wrc23", "regional-positions.csv"), $"99.1,CEPT,,{h},{h},low\n");
        Directory.CreateDirectory(Path.Combine(Data, "hostile"));
        await File.WriteAllTextAsync(Path.Combine(Data, "hostile", "footnotes.csv"), $"id,text,source,confidence\nNL99,{h},{h},high\n");
        await File.WriteAllTextAsync(Path.Combine(Data, "hostile", "table.csv"),
            "table,edition,area,lower_hz,upper_hz,service,status,footnotes,source,confidence\n"
            + $"{Csv(TableName)},RR-2024,NL,3400000000,3800000000,Mobile,primary,NL99,{h},high\n");
    }

    private async Task ReplaceLineAsync(string file, string start, Func<string, string> replace)
    {
        var path = Path.Combine(Data, file);
        var lines = await File.ReadAllLinesAsync(path);
        var at = Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(at > 0, $"{file} has no line starting {start}");
        lines[at] = replace(lines[at]);
        await File.WriteAllLinesAsync(path, lines);
    }

    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// Values never reach SQL as text: hostile strings in every text field a data file has (table name, source, footnote
/// text, country and group names, agenda item resolution and title, position conditions and outcome, edition
/// description) are imported, read back verbatim by the commands, and leave the schema whole.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class HostileDataTests(HostileStore store) : IClassFixture<HostileStore>
{
    private const string Hostile = HostileStore.Hostile;

    private const string TableName = HostileStore.TableName;

    private readonly CommandLine spectrum = store.Spectrum;

    [Fact]
    public void Every_table_keeps_its_columns_and_holds_one_row_more_where_the_hostile_files_add_one()
    {
        Assert.Equal(store.Shipped.Tables.Keys, store.Imported.Tables.Keys);
        Assert.All(store.Shipped.Tables, t => Assert.EndsWith(Columns(t.Value.Hash), store.Imported.Tables[t.Key].Hash, StringComparison.Ordinal));
        foreach (var (table, added) in new Dictionary<string, int>
        {
            ["area"] = 1, ["area_member"] = 1, ["footnote"] = 1, ["allocation_table"] = 1, ["allocation"] = 1, ["band_footnote"] = 0,
            ["edition"] = 0, ["agenda_item"] = 1, ["agenda_band"] = 1, ["position"] = 1, ["cpm_method"] = 1, ["regional_position"] = 1, ["import_state"] = 1,
        })
        {
            Assert.True(store.Shipped.Rows(table) + added == store.Imported.Rows(table),
                $"{table}: {store.Shipped.Rows(table)} rows before, {store.Imported.Rows(table)} after");
        }
    }

    [Fact]
    public async Task Hostile_text_reads_back_verbatim_through_query_positions_editions_and_the_areas_export()
    {
        // The table's name, source and footnote text
        var row = Assert.Single(await JsonAsync("query", "3.5GHz", "--country", "NL", "--format", "json"), r => r.GetProperty("table").GetString() == TableName);
        Assert.Equal(Hostile, row.GetProperty("source").GetString());
        Assert.Equal(Hostile, row.GetProperty("footnote_texts").GetProperty("NL99").GetString());

        // The agenda item's title, and the position's conditions, outcome and source
        var position = Assert.Single(await JsonAsync("positions", "--agenda-item", "99.1", "--format", "json"));
        foreach (var field in new[] { "title", "conditions", "outcome", "source" })
        {
            Assert.Equal(Hostile, position.GetProperty(field).GetString());
        }

        // The item's CPM method and regional position, with their sources
        Assert.Equal($"Z: {Hostile} [{Hostile}]", position.GetProperty("cpm_methods").GetString());
        Assert.Equal($"CEPT: {Hostile} [{Hostile}]", position.GetProperty("regional_positions").GetString());

        // The edition's description, and the names of a country and a group
        var edition = Assert.Single(await JsonAsync("editions", "--format", "json"), e => e.GetProperty("edition").GetString() == "RR-2024");
        Assert.Equal(Hostile, edition.GetProperty("description").GetString());
        var areas = await spectrum.RunAsync("areas", "export");
        using var geoJson = JsonDocument.Parse(areas.Output);
        var names = geoJson.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("properties").GetProperty("code").GetString()!, f => f.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(Hostile, names["NL"]);
        Assert.Equal(Hostile, names["XHOSTILE"]);
    }

    [Fact]
    public async Task A_hostile_name_given_as_an_argument_matches_exactly_that_name()
    {
        var exact = await JsonAsync("query", "3.5GHz", "--table", TableName, "--format", "json");
        var prefix = await spectrum.RunAsync("query", "3.5GHz", "--table", "National %");

        Assert.Equal(TableName, Assert.Single(exact).GetProperty("table").GetString());
        Assert.Equal(2, prefix.ExitCode);
        Assert.Contains("unknown table 'National %'", prefix.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_HTML_brief_shows_hostile_text_as_text_not_markup()
    {
        var html = await File.ReadAllTextAsync(Path.Combine(store.Brief, "index.html"));

        Assert.Contains(WebUtility.HtmlEncode(Hostile), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>ü", html, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> JsonAsync(params string[] args)
    {
        var result = await spectrum.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var document = JsonDocument.Parse(result.Output);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    // The column list a snapshot ends each table's hash with.
    private static string Columns(string hash) => hash[hash.IndexOf(" (", StringComparison.Ordinal)..];
}
