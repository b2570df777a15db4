using System.Text.RegularExpressions;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary><c>spectrum brief</c> on the shipped data in the store.</summary>
[Collection(PostGisCollection.Name)]
public sealed partial class BriefCommandTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private readonly CommandLine spectrum = store.Spectrum;

    [Fact]
    public async Task A_brief_has_a_summary_page_per_agenda_item_and_its_chart_position_and_findings_in_the_annex()
    {
        var folder = Path.Combine(spectrum.Home, "brief");
        var result = await spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "1.2,1.3", "--out", folder, "--date", "2026-11-28");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
        var annex = Section().Match(html[html.IndexOf("<section id=\"annex\">", StringComparison.Ordinal)..]).Value;
        foreach (var item in new[] { "1.2", "1.3" })
        {
            // The page read first: every question answered, the findings that matter, a link to the detail.
            var summary = Section().Match(html[html.IndexOf($"<section id=\"ai-{item}\">", StringComparison.Ordinal)..]).Value;
            foreach (var fact in new[] { "Proposed: ", "EU stance: ", "WRC-23 outcome: ", "EU objective met?: ", "CPM-23 methods: ", "Regional positions: ", "National use: ", "Findings: " })
            {
                Assert.Contains(fact, summary, StringComparison.Ordinal);
            }

            Assert.Contains("co-primary", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", summary, StringComparison.Ordinal);

            var detail = annex[annex.IndexOf($"id=\"ai-{item}-detail\"", StringComparison.Ordinal)..];
            Assert.Contains("<img src=\"data:image/png;base64,", detail, StringComparison.Ordinal);
            Assert.Contains("EU position and outcome", detail, StringComparison.Ordinal);
            Assert.Contains("co-primary (", detail, StringComparison.Ordinal);
        }

        // The 6 GHz band of 1.2 with its EU stance, and no image that points outside the file.
        Assert.Contains("6.425-7.025 GHz", html, StringComparison.Ordinal);
        Assert.Contains("support-with-conditions", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<img src=\"(?!data:)", html);
    }

    [Fact]
    public async Task A_brief_for_a_country_screens_its_Regions_proposals_and_says_so()
    {
        var folder = Path.Combine(spectrum.Home, "brief-nl");
        var result = await spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "1.2", "--country", "NL", "--format", "md", "--out", folder, "--date", "2026-11-28");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var md = await File.ReadAllTextAsync(Path.Combine(folder, "brief.md"));
        Assert.Contains("screened for NL", md, StringComparison.Ordinal);
        // The national use in the Netherlands and its neighbours (BE, DE, GB), from their national tables.
        Assert.Matches(@"\*National use: \*NL: no application listed in its national table; DE \(neighbour\): [^\n]*Point-to-Point", md);
        Assert.Contains("| DE (neighbour) | 6.425-7.125 GHz |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| ITU Region 2 |", md, StringComparison.Ordinal);
        Assert.Equal(2, (await spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--country", "XX1", "--out", folder)).ExitCode);
    }

    [Fact]
    public async Task The_HTML_brief_opens_in_a_real_headless_browser_with_no_broken_image_and_no_console_message()
    {
        var folder = Path.Combine(spectrum.Home, "brief-browser");
        var result = await spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "1.2,1.3", "--format", "html", "--out", folder, "--date", "2026-11-28");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);

        // A probe that runs after the page has loaded and writes what it saw onto the body, which the browser then dumps.
        var probe = Path.Combine(folder, "probe.html");
        await File.WriteAllTextAsync(probe, (await File.ReadAllTextAsync(Path.Combine(folder, "index.html"))).Replace("</body>",
            "<script>window.addEventListener('load',()=>{const i=[...document.images];document.body.setAttribute('data-images',i.length);" +
            "document.body.setAttribute('data-broken',i.filter(x=>!x.complete||x.naturalWidth===0).length);});</script></body>", StringComparison.Ordinal));
        var (dom, log) = await HeadlessChromeAsync(probe);

        // The eight decades of the overview and a chart per item.
        Assert.Contains("data-images=\"10\"", dom, StringComparison.Ordinal);
        Assert.Contains("data-broken=\"0\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain(":CONSOLE", log, StringComparison.Ordinal);
    }

    private static async Task<(string Dom, string Log)> HeadlessChromeAsync(string file)
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed: run bash .ci/install (Debian package chromium)");
        var profile = Directory.CreateTempSubdirectory("spectrum-chromium-").FullName;
        var start = new System.Diagnostics.ProcessStartInfo(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=5000", "--dump-dom", new Uri(file).AbsoluteUri,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Directory.Delete(profile, recursive: true);
        return (await dom, await log);
    }

    [Fact]
    public async Task The_Markdown_brief_points_at_chart_files_that_exist()
    {
        var folder = Path.Combine(spectrum.Home, "brief-md");
        var result = await spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "1.3", "--format", "md", "--out", folder, "--date", "2026-11-28");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "brief.md"));
        var images = ImageLink().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([.. Enumerable.Range(1, 8).Select(n => $"charts/overview-{n}.png"), "charts/ai-1.3.png"], images);
        Assert.All(images, image => Assert.True(File.Exists(Path.Combine(folder, image)), image));
        Assert.False(File.Exists(Path.Combine(folder, "index.html")));
    }

    [Fact]
    public async Task The_Word_brief_opens_with_the_OpenXml_SDK_and_holds_the_tables_and_charts()
    {
        var folder = Path.Combine(spectrum.Home, "brief-docx");
        var result = await spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "1.2,1.3", "--format", "docx", "--out", folder, "--date", "2026-11-28");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(folder, "brief.docx"), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = document.MainDocumentPart!.Document.Body!;
        // The overview; per item the key findings of its summary; in the annex per item its positions and a table per kind of finding.
        var headers = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>()
            .Select(t => string.Join("|", t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().First().Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText)))
            .ToList();
        Assert.Equal("Item|Bands|EU stance|WRC-23 outcome|Worst finding", headers[0]);
        Assert.Equal(2, headers.Count(h => h == "Severity|Band|Where|Why|Provisions|Ask"));
        Assert.Equal(2, headers.Count(h => h == "Band|Area|EU stance|Conditions|WRC-23 outcome|EU objective met?"));
        var kinds = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Count(p => KindHeading().IsMatch(p.InnerText));
        Assert.InRange(headers.Count(h => h.StartsWith("Severity|Band|", StringComparison.Ordinal)) - 2, 2, kinds);
        // The eight decades of the overview and one chart per item, each an image part.
        Assert.Equal(10, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Drawing>().Count());
        Assert.Equal(10, document.MainDocumentPart.ImageParts.Count());
        Assert.Contains("Agenda item 1.2", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("support-with-conditions", body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_brief_imports_the_data_only_when_its_content_changed()
    {
        var data = Path.Combine(spectrum.Home, "data-hash");
        Folders.Copy(ImportedStore.Data, data);

        string[] Brief() => ["brief", "--data", data, "--agenda-item", "1.3", "--format", "md", "--out", Path.Combine(spectrum.Home, "brief-hash"), "--date", "2026-11-28"];
        var first = await spectrum.RunAsync(Brief());
        var second = await spectrum.RunAsync(Brief());
        await File.AppendAllTextAsync(Path.Combine(data, "areas", "groups.csv"), "EU27,European Union (27 member states),NL,test,high\n");
        var third = await spectrum.RunAsync(Brief());

        Assert.Contains("importing it", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("importing it", second.Text, StringComparison.Ordinal);
        Assert.Contains("importing it", third.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_agenda_item_is_refused()
    {
        var result = await spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "7.7", "--out", Path.Combine(spectrum.Home, "none"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown agenda item '7.7'", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex("^.*?</section>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+)\)")]
    private static partial Regex ImageLink();

    [GeneratedRegex(@"^[a-z-]+ \(\d+\) [A-Z]")]
    private static partial Regex KindHeading();
}
