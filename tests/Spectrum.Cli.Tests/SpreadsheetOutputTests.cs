using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>
/// The rows of every tabular command as the spreadsheets people open them in read them: a workbook (<c>--format
/// xlsx</c>) and CSV for a double-click open (<c>--format csv-spreadsheet</c>), each opened by LibreOffice Calc.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class SpreadsheetOutputTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private readonly CommandLine spectrum = store.Spectrum;

    // What the Text Import dialog takes from a file that starts with the UTF-8 byte order mark (character set 76,
    // UTF-8), with its other defaults: comma separated, double quotes, from line 1. Headless Calc has no dialog to
    // detect the mark, so the test names the character set the dialog would pick.
    private const string DoubleClickImport = "44,34,76,1";

    [Fact]
    public async Task The_23_6_GHz_query_as_a_workbook_reads_5_340_in_the_footnote_cell_in_LibreOffice()
    {
        var file = Path.Combine(spectrum.Home, "q.xlsx");
        var result = await spectrum.RunAsync("query", "23.6-24GHz", "--region", "1", "--format", "xlsx", "--out", file);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);

        var rows = Rows(await DesktopClients.CalcAsCsvAsync(file));
        var header = rows[0];
        Assert.Equal(3, rows.Count - 1);
        Assert.All(rows.Skip(1), row =>
        {
            Assert.Equal("\"5.340\"", row[header.IndexOf("\"footnotes\"")]);
            // A number stays a number, in full: Calc writes it bare.
            Assert.Equal("23600000000", row[header.IndexOf("\"lower_hz\"")]);
        });
    }

    [Fact]
    public async Task The_workbook_is_valid_Open_XML_with_typed_cells_and_a_bold_frozen_header()
    {
        var file = Path.Combine(spectrum.Home, "typed.xlsx");
        var result = await spectrum.RunAsync("query", "23.6-24GHz", "--region", "1", "--format", "xlsx", "--out", file);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);

        using var workbook = SpreadsheetDocument.Open(file, false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
        var cells = sheet.Descendants<Row>().ToList();
        var fonts = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        var formats = workbook.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.All(cells[0].Elements<Cell>(), c => Assert.NotNull(fonts[(int)formats[(int)c.StyleIndex!.Value].FontId!.Value].Bold));
        var first = cells[1].Elements<Cell>().ToList();
        Assert.Equal(CellValues.SharedString, first[8].DataType!.Value);   // footnotes: text
        Assert.Null(first[3].DataType);                                      // lower_hz: a number
        Assert.Equal("23600000000", first[3].CellValue!.Text);
    }

    [Theory]
    [InlineData("editions")]
    [InlineData("positions", "--agenda-item", "1.2")]
    [InlineData("diff", "RR-2020", "RR-2024", "6-7.2GHz", "--region", "1")]
    [InlineData("footnotes", "5.340")]
    [InlineData("query", "3.4-3.8GHz", "--country", "DE", "--applications")]
    [InlineData("conflicts", "24.25-27.5GHz", "--region", "1", "--service", "MOBILE")]
    public async Task Every_tabular_command_writes_a_valid_workbook(params string[] args)
    {
        var file = Path.Combine(spectrum.Home, $"{args[0]}-{Guid.NewGuid():N}.xlsx");
        var result = await spectrum.RunAsync([.. args, "--format", "xlsx", "--out", file]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var workbook = SpreadsheetDocument.Open(file, false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.True(workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Count() > 1, "rows below the header");
    }

    [Fact]
    public async Task The_spreadsheet_CSV_keeps_5_340_and_Cote_d_Ivoire_in_LibreOffice_where_plain_CSV_loses_them()
    {
        var spreadsheet = Path.Combine(spectrum.Home, "footnotes-spreadsheet.csv");
        var plain = Path.Combine(spectrum.Home, "footnotes-plain.csv");
        Assert.Equal(0, (await spectrum.RunAsync("footnotes", "5.340", "5.152", "--format", "csv-spreadsheet", "--out", spreadsheet)).ExitCode);
        Assert.Equal(0, (await spectrum.RunAsync("footnotes", "5.340", "5.152", "--format", "csv", "--out", plain)).ExitCode);

        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(spreadsheet))[..3]);
        var read = await DesktopClients.CalcAsCsvAsync(spreadsheet, DoubleClickImport);
        Assert.Contains("\"5.340\",", read, StringComparison.Ordinal);
        Assert.Contains("Côte d'Ivoire", read, StringComparison.Ordinal);
        Assert.StartsWith("\"footnote\",", read, StringComparison.Ordinal);

        // The same rows as plain CSV: the id becomes the number 5.34.
        var lost = await DesktopClients.CalcAsCsvAsync(plain, DoubleClickImport);
        Assert.DoesNotContain("\"5.340\"", lost, StringComparison.Ordinal);
        Assert.Contains("\n5.34,", lost, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_without_a_file_is_refused_with_exit_code_2()
    {
        var result = await spectrum.RunAsync("editions", "--format", "xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }

    // Calc's CSV is simple: no field holds a comma or a line break in these rows' first columns; split each line.
    private static List<List<string>> Rows(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => SplitQuoted(line))];

    private static List<string> SplitQuoted(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        fields.Add(current.ToString());
        return fields;
    }
}
