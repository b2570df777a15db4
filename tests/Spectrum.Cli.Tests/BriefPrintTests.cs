using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>
/// The whole briefing as a delegation prints it: the Word file through LibreOffice, and <c>brief --format pdf</c>
/// (Chromium's print of the HTML), each read page by page with poppler's <c>pdftohtml -xml</c>.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class BriefPrintTests(BriefPrintTests.PrintedBrief brief) : IClassFixture<BriefPrintTests.PrintedBrief>
{
    /// <summary>LibreOffice printed the briefing of 1,562 findings in 272 pages: it now takes at most a quarter of that.</summary>
    private const int MaxPages = 272 / 4;

    [Fact]
    public void The_Word_file_is_valid_Open_XML()
    {
        using var document = WordprocessingDocument.Open(brief.Docx, false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void The_Word_file_has_heading_styles_with_outline_levels_and_its_properties()
    {
        using var document = WordprocessingDocument.Open(brief.Docx, false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        foreach (var level in new[] { 1, 2, 3 })
        {
            Assert.Equal(level - 1, styles[$"Heading{level}"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
            Assert.Equal($"heading {level}", styles[$"Heading{level}"].StyleName!.Val!.Value);
        }

        var body = document.MainDocumentPart.Document.Body!;
        var items = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").Select(p => p.InnerText).ToList();
        Assert.Contains("Agenda item 1.2", items);
        Assert.Contains("Agenda item 9.1 b", items);
        Assert.Equal("WRC-23 briefing", document.PackageProperties.Title);
        Assert.Contains("RR-2020", document.PackageProperties.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Word_page_has_a_running_header_and_its_number_and_every_table_repeats_its_header_row()
    {
        using var document = WordprocessingDocument.Open(brief.Docx, false);
        var main = document.MainDocumentPart!;
        var sections = main.Document.Body!.Descendants<SectionProperties>().ToList();

        // A section per item, each with a header naming it, all with the page-number footer.
        Assert.True(sections.Count > 14, $"{sections.Count} sections");
        var headers = sections.Select(s => ((HeaderPart)main.GetPartById(s.Elements<HeaderReference>().Single().Id!)).Header!.InnerText).ToList();
        Assert.Contains(headers, h => h.StartsWith("Agenda item 1.2 · charts RR-2024", StringComparison.Ordinal) && h.Contains("findings against RR-2020", StringComparison.Ordinal));
        var footers = sections.Select(s => s.Elements<FooterReference>().Single().Id!.Value).Distinct().ToList();
        var footer = ((FooterPart)main.GetPartById(Assert.Single(footers)!)).Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<FieldCode>().Select(f => f.Text));

        var tables = main.Document.Body.Descendants<Table>().ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public void Every_Word_picture_has_alt_text_and_the_contents_link_to_every_item_with_its_page()
    {
        using var document = WordprocessingDocument.Open(brief.Docx, false);
        var body = document.MainDocumentPart!.Document.Body!;

        var pictures = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().ToList();
        Assert.Equal(8 + brief.Items, pictures.Count);
        Assert.All(pictures, p => Assert.False(string.IsNullOrWhiteSpace(p.Description?.Value)));

        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        var contents = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TOC2").ToList();
        // The Table, every item's page, the annex.
        Assert.Equal(1 + brief.Items + 1, contents.Count);
        Assert.All(contents, entry =>
        {
            var link = entry.Descendants<Hyperlink>().Single();
            Assert.Contains(link.Anchor!.Value, bookmarks);
            Assert.Equal($" PAGEREF {link.Anchor.Value} \\h ", link.Descendants<FieldCode>().Single().Text);
        });
    }

    [Fact]
    public void LibreOffice_prints_the_Word_file_in_a_quarter_of_the_pages_with_the_overview_first_and_no_blank_page()
    {
        var pages = brief.WordPages;

        Assert.InRange(pages.Count, 15, MaxPages);
        Assert.Contains("WRC-23 briefing", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Overview", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("9.1 d", pages[0].Text, StringComparison.Ordinal);
        Assert.All(pages, page => Assert.True(page.Text.Trim().Length > 0 || page.Images.Count > 0, $"page {page.Number} is blank"));
        Assert.Contains($"Page {pages.Count} of {pages.Count}", pages[^1].Text, StringComparison.Ordinal);
        // Every item's summary is one page: the running header names each item on exactly one page, the annex follows.
        var items = pages.Select(p => p.Text.Split('\n')[0]).Where(h => h.StartsWith("Agenda item ", StringComparison.Ordinal)).ToList();
        Assert.Equal(brief.Items, items.Count);
        Assert.Equal(brief.Items, items.Distinct().Count());
        var lastItem = pages.Last(p => p.Text.StartsWith("Agenda item ", StringComparison.Ordinal)).Number;
        Assert.StartsWith("Annex", pages.Single(p => p.Number == lastItem + 1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_picture_printed_from_the_Word_file_reaches_past_its_page()
    {
        var pages = brief.WordPages;

        Assert.Equal(8 + brief.Items, pages.Sum(p => p.Images.Count));
        Assert.All(pages, page => Assert.All(page.Images, image => Assert.True(
            image.Left >= 0 && image.Top >= 0 && image.Left + image.Width <= page.Width && image.Top + image.Height <= page.Height,
            $"page {page.Number}: image at ({image.Left}, {image.Top}) of {image.Width} x {image.Height} on a {page.Width} x {page.Height} page")));
    }

    [Fact]
    public void The_PDF_briefing_is_A4_landscape_with_numbered_pages_and_every_picture_on_its_page()
    {
        var pages = brief.PdfPages;

        Assert.InRange(pages.Count, 15, MaxPages);
        // A4 landscape: 297 x 210 mm, 1.414 : 1.
        Assert.All(pages, page => Assert.InRange((double)page.Width / page.Height, 1.40, 1.43));
        Assert.Contains("WRC-23 briefing", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", pages[0].Text, StringComparison.Ordinal);
        Assert.All(pages, page => Assert.True(page.Text.Trim().Length > 0, $"page {page.Number} is blank"));
        Assert.Equal(8 + brief.Items, pages.Sum(p => p.Images.Count));
        Assert.All(pages, page => Assert.All(page.Images, image =>
            Assert.True(image.Top + image.Height <= page.Height && image.Left + image.Width <= page.Width, $"page {page.Number}: a picture runs off the page")));
    }

    /// <summary>The briefing of every item written once as Word, HTML and PDF, and the Word file printed by LibreOffice.</summary>
    public sealed class PrintedBrief(PostGisFixture fixture) : IAsyncLifetime
    {
        private readonly ImportedStore store = new(fixture);

        public string Docx { get; private set; } = "";

        /// <summary>How many agenda items the briefing holds, as <c>brief</c> reports it.</summary>
        public int Items { get; private set; }

        public IReadOnlyList<PrintedPage> WordPages { get; private set; } = [];

        public IReadOnlyList<PrintedPage> PdfPages { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await store.InitializeAsync();
            var folder = Path.Combine(store.Spectrum.Home, "brief-print");
            var result = await store.Spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--format", "docx,pdf,html", "--out", folder, "--date", "2026-12-02");
            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            Docx = Path.Combine(folder, "brief.docx");
            Items = int.Parse(System.Text.RegularExpressions.Regex.Match(result.Output, @"Briefing on (\d+) agenda items").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(Items >= 14, result.Output);

            var printed = Path.Combine(folder, "libreoffice");
            await RunAsync("soffice", "--headless", $"-env:UserInstallation={new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri}",
                "--convert-to", "pdf", "--outdir", printed, Docx);
            WordPages = await PagesAsync(Path.Combine(printed, "brief.pdf"));
            PdfPages = await PagesAsync(Path.Combine(folder, "brief.pdf"));
        }

        public Task DisposeAsync() => store.DisposeAsync();

        // pdftohtml -xml: a <page> per page with its size, and an <image> and <text> per element with its box, in points.
        private static async Task<IReadOnlyList<PrintedPage>> PagesAsync(string pdf)
        {
            Assert.True(File.Exists(pdf), $"{pdf} was not written");
            var folder = Directory.CreateTempSubdirectory("spectrum-pdfxml-").FullName;
            try
            {
                var xml = Path.Combine(folder, "pages");
                await RunAsync("pdftohtml", "-xml", "-q", "-nodrm", pdf, xml);
                var document = XDocument.Load(xml + ".xml", LoadOptions.None);
                return [.. document.Root!.Elements("page").Select(page => new PrintedPage(
                    Number(page, "number"), Number(page, "width"), Number(page, "height"),
                    Unligatured(string.Concat(page.Elements("text").Select(t => t.Value + "\n"))),
                    [.. page.Elements("image").Select(i => new PrintedImage(Number(i, "left"), Number(i, "top"), Number(i, "width"), Number(i, "height")))]))];
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        // A printer's ligature (U+FB00-FB04, as Chromium sets "fi") reads as the letters it joins; the invariant
        // globalization mode the program runs in normalises ASCII only, so the five are spelt out.
        private static string Unligatured(string text) => text
            .Replace("\uFB00", "ff", StringComparison.Ordinal).Replace("\uFB01", "fi", StringComparison.Ordinal).Replace("\uFB02", "fl", StringComparison.Ordinal)
            .Replace("\uFB03", "ffi", StringComparison.Ordinal).Replace("\uFB04", "ffl", StringComparison.Ordinal);

        private static int Number(XElement element, string attribute) => int.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

        private static async Task RunAsync(string program, params string[] args)
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await output} {await error}");
        }
    }

    public sealed record PrintedPage(int Number, int Width, int Height, string Text, IReadOnlyList<PrintedImage> Images);

    public sealed record PrintedImage(int Left, int Top, int Width, int Height);
}
