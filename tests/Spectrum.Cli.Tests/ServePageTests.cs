using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>
/// The page of a real <c>spectrum serve</c>, opened in the system's Chromium (Debian package, from .ci/install) driven
/// by Playwright: nothing is downloaded, and the page must work with no address outside the server.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class ServePageTests(ServedStore served) : IClassFixture<ServedStore>, IAsyncLifetime
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private IPage page = null!;
    private readonly List<string> problems = [];
    private readonly List<string> elsewhere = [];

    public async Task InitializeAsync()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed: run bash .ci/install (Debian package chromium)");
        playwright = await Playwright.CreateAsync();
        // An answer waits for the store, which on a shared machine can take longer than Playwright's default of 5 s for
        // an expectation; allow what an action is allowed.
        Assertions.SetDefaultExpectTimeout(30_000);
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1400 } });
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(served.Address.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        await page.GotoAsync(served.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    // What a delegate does first: a range, an area if any, and the search button.
    private async Task SearchAsync(string range, string? area)
    {
        await page.FillAsync("#range", range);
        if (area is not null)
        {
            await page.FillAsync("#area", area);
        }

        await page.ClickAsync("#search-form button");
    }

    [Fact]
    public async Task The_page_loads_its_chart_with_no_console_error_and_nothing_from_elsewhere()
    {
        var chart = page.Locator("#chart");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the band chart did not load");
        Assert.Empty(problems);
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task A_search_shows_the_bands_the_API_answers()
    {
        await SearchAsync("3.4-3.8GHz", "NL");
        await Assertions.Expect(page.Locator("#search-summary")).ToContainTextAsync("3.4-3.8GHz in NL");

        var expected = (await served.Http.GetFromJsonAsync<JsonArray>("api/query?range=3.4-3.8GHz&country=NL"))!;
        var rows = page.Locator("#bands tbody tr");
        Assert.Equal(expected.Count, await rows.CountAsync());
        var bands = await page.Locator("#bands tbody tr td:first-child").AllTextContentsAsync();
        Assert.Equal(expected.Select(r => (string)r!["band"]!), bands);
        // The Netherlands' effective Table: MOBILE except aeronautical mobile by RR No. 5.430A.
        Assert.Contains("MOBILE EXCEPT AERONAUTICAL MOBILE by 5.430A", await page.Locator("#bands tbody").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_click_on_a_band_shows_its_footnote_rules_and_the_footnotes_that_do_not_apply()
    {
        await SearchAsync("3.4-3.8GHz", "NL");
        await Assertions.Expect(page.Locator("#bands tbody tr").First).ToBeVisibleAsync();

        await page.Locator("#bands tbody tr[data-band='3.4-3.6 GHz']").Filter(new LocatorFilterOptions { HasText = "5.430A" }).ClickAsync();

        var footnote = page.Locator("#band-footnotes [data-footnote='5.430A']");
        await Assertions.Expect(footnote).ToBeVisibleAsync();
        await Assertions.Expect(footnote).ToContainTextAsync("different-category");
        await Assertions.Expect(footnote).ToContainTextAsync("NL");
        await Assertions.Expect(page.Locator("#band-footnotes")).ToContainTextAsync("5.431 (DE IL GB)");
        await Assertions.Expect(page.Locator("#band-title")).ToContainTextAsync("3.4-3.6 GHz");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_proposal_lists_its_findings()
    {
        await page.FillAsync("#proposal-range", "24.25-27.5GHz");
        await page.FillAsync("#proposal-service", "MOBILE");
        await page.FillAsync("#proposal-area", "Region 1");
        await page.ClickAsync("#proposal-form button");
        await Assertions.Expect(page.Locator("#findings")).ToBeVisibleAsync();

        using var answer = await served.Http.PostAsJsonAsync("api/conflicts", new { range = "24.25-27.5GHz", region = 1, service = "MOBILE" });
        var expected = (await answer.Content.ReadFromJsonAsync<JsonArray>())!;
        var rows = await page.Locator("#findings tbody tr").AllInnerTextsAsync();
        Assert.Equal(expected.Count, rows.Count);
        // The 23.6-24 GHz passive band of RR No. 5.340 beside the band, as the command line finds it.
        Assert.Contains(rows, r => r.Contains("adjacent-passive", StringComparison.Ordinal) && r.Contains("23.6-24 GHz", StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_bad_range_shows_the_command_lines_message()
    {
        await SearchAsync("3.8-3.4GHz", null);

        var error = page.Locator("#search-error");
        await Assertions.Expect(error).ToBeVisibleAsync();
        var printed = await served.Spectrum.RunAsync("query", "3.8-3.4GHz");
        Assert.Equal(printed.Error.Trim(), $"error: {await error.TextContentAsync()}");
    }
}
