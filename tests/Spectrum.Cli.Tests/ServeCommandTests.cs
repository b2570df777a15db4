using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Npgsql;
using Spectrum.PostGis;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>The JSON API of a real <c>spectrum serve</c> on a free loopback port, asked over HTTP as curl would, on the shipped data.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ServeCommandTests(ServedStore served) : IClassFixture<ServedStore>
{
    private readonly HttpClient http = served.Http;

    [Fact]
    public async Task The_API_for_3_4_3_8_GHz_in_NL_returns_the_rows_query_prints()
    {
        var printed = await served.Spectrum.RunAsync("query", "3.4-3.8GHz", "--country", "NL", "--format", "json");
        Assert.True(printed.ExitCode == 0, printed.Error);

        using var response = await http.GetAsync("api/query?range=3.4-3.8GHz&country=NL");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var answered = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var expected = JsonNode.Parse(printed.Output)!.AsArray();
        Assert.True(JsonNode.DeepEquals(expected, answered), $"the API answered\n{answered}\nwhere query printed\n{expected}");
        // The effective Table of the Netherlands: MOBILE except aeronautical mobile by 5.430A, and its national table.
        Assert.Contains(answered, r => (string?)r!["band"] == "3.4-3.6 GHz" && (string?)r["by"] == "5.430A");
        Assert.Contains(answered, r => (string?)r!["table"] == "Netherlands");
    }

    [Theory]
    [InlineData("api/conflicts", """{"range":"24.25-27.5GHz","region":1,"service":"MOBILE"}""", new[] { "conflicts", "24.25-27.5GHz", "--region", "1", "--service", "MOBILE" })]
    [InlineData("api/footnotes?id=5.430A&id=5.431", null, new[] { "footnotes", "5.430A", "5.431" })]
    [InlineData("api/positions?agendaItem=1.2", null, new[] { "positions", "--agenda-item", "1.2" })]
    [InlineData("api/diff?before=RR-2020&after=RR-2024&range=6-7.2GHz&region=1", null, new[] { "diff", "RR-2020", "RR-2024", "6-7.2GHz", "--region", "1" })]
    [InlineData("api/editions", null, new[] { "editions" })]
    [InlineData("api/query?range=3.4-3.8GHz&country=DE&applications=true", null, new[] { "query", "3.4-3.8GHz", "--country", "DE", "--applications" })]
    public async Task Each_endpoint_answers_the_rows_its_command_prints_as_json(string path, string? body, string[] command)
    {
        var printed = await served.Spectrum.RunAsync([.. command, "--format", "json"]);
        Assert.True(printed.ExitCode == 0, printed.Error);

        using var response = body is null ? await http.GetAsync(path)
            : await http.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.NotEmpty(answered);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(printed.Output), answered), $"{path} answered\n{answered}\nwhere spectrum printed\n{printed.Output}");
    }

    [Theory]
    [InlineData("api/query?range=3.4-3.8XHz&country=NL", new[] { "query", "3.4-3.8XHz", "--country", "NL" })]
    [InlineData("api/query?range=3.8-3.4GHz", new[] { "query", "3.8-3.4GHz" })]
    [InlineData("api/query?range=3.4-3.8GHz&country=ZZ", new[] { "query", "3.4-3.8GHz", "--country", "ZZ" })]
    [InlineData("api/query?range=3.4-3.8GHz&edition=RR-1999", new[] { "query", "3.4-3.8GHz", "--edition", "RR-1999" })]
    [InlineData("api/footnotes?id=5.999Z", new[] { "footnotes", "5.999Z" })]
    public async Task A_bad_question_gets_a_400_problem_with_the_message_the_command_line_prints(string path, string[] command)
    {
        var printed = await served.Spectrum.RunAsync(command);
        Assert.Equal(2, printed.ExitCode);

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(400, (int?)problem["status"]);
        Assert.Equal(printed.Error.Trim(), $"error: {problem["detail"]}");
        Assert.DoesNotContain(" at Spectrum.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_with_neither_range_nor_agenda_item_gets_the_command_lines_message()
    {
        using var response = await http.PostAsJsonAsync("api/conflicts", new { region = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("give a range (e.g. 24.25-27.5GHz) or --agenda-item", (string?)problem!["detail"]);
    }

    [Fact]
    public async Task The_OpenAPI_document_validates_and_describes_every_endpoint()
    {
        await using var stream = await http.GetStreamAsync("openapi/v1.json");
        var read = await OpenApiDocument.LoadAsync(stream, "json");

        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var document = read.Document!;
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal(
            ["/api/areas", "/api/chart", "/api/conflicts", "/api/diff", "/api/editions", "/api/footnotes", "/api/positions", "/api/query"],
            document.Paths.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(document.Paths["/api/query"].Operations!.Single().Value.Parameters!, p => p.Name == "range");
    }

    [Fact]
    public async Task The_page_its_assets_the_chart_and_the_areas_come_from_the_server_itself()
    {
        var page = await http.GetStringAsync("");
        Assert.Contains("<script src=\"/app.js\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", (await http.GetStringAsync("app.js")).Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);

        using var chart = await http.GetAsync("api/chart?range=3.4-3.8GHz&country=NL");
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await chart.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var areas = await http.GetAsync("api/areas");
        Assert.Equal("application/geo+json", areas.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"NL\"", await areas.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_briefing_is_served_once_brief_has_written_it()
    {
        using var before = await http.GetAsync("briefing");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal("application/problem+json", before.Content.Headers.ContentType?.MediaType);

        var brief = await served.Spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "1.2", "--format", "html",
            "--out", Path.Combine(served.Spectrum.Home, "brief"), "--date", "2026-11-28");
        Assert.True(brief.ExitCode == 0, brief.Output + brief.Error);

        using var after = await http.GetAsync("briefing");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("<section id=\"ai-1.2\">", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.0.2.10:5080")]
    public async Task Listening_beyond_loopback_needs_allow_remote(string urls)
    {
        var refused = await served.Spectrum.RunAsync("serve", "--urls", urls);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"error: --urls '{urls}' listens beyond this machine's loopback interface: add --allow-remote to serve other machines (the service is read-only and has no login)",
            refused.Error.Trim());
    }

    [Fact]
    public async Task The_service_s_store_refuses_every_write()
    {
        await using var store = await SpectrumStore.OpenAsync(served.Store.Database.ConnectionString, readOnly: true);
        await using var command = store.CreateCommand("CREATE TABLE written_by_the_service (id int)");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
    }
}
