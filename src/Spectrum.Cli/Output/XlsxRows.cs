using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Spectrum.Cli.Output;

/// <summary>
/// Writes rows as a one-sheet workbook (Office Open XML, read by Excel and LibreOffice Calc). Cells are typed: a
/// string, a list or a map is text (so footnote <c>5.340</c> and agenda item <c>1.10</c> stay as written), an integer
/// is a number shown in full (23 600 000 000 Hz, not 2.36E+10), a fraction a number, a boolean a boolean. The header
/// row is bold and frozen, with a filter, and columns are as wide as their content (up to 60 characters).
/// </summary>
internal static class XlsxRows
{
    // Excel refuses a cell of more than 32 767 characters.
    private const int MaxCellText = 32_767;
    private const double MaxColumnWidth = 60;

    private const uint HeaderStyle = 1;
    private const uint IntegerStyle = 2;

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = sheetName;
        document.PackageProperties.Creator = "Spectrum";
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var strings = new SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());

        var widths = columns.Select(c => (double)c.Length).ToArray();
        var data = new SheetData();
        data.Append(Row(1, columns.Select((c, i) => TextCell(Reference(i, 1), c, strings, HeaderStyle))));
        uint rowIndex = 1;
        foreach (var values in rows)
        {
            rowIndex++;
            var cells = new List<Cell>(values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    continue;
                }

                var cell = Typed(Reference(i, rowIndex), values[i]!, strings);
                cells.Add(cell);
                widths[i] = Math.Max(widths[i], DisplayWidth(values[i]!));
            }

            data.Append(Row(rowIndex, cells));
        }

        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var lastColumn = ColumnName(columns.Count - 1);
        worksheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = Math.Min(w, MaxColumnWidth) + 2,
                CustomWidth = true,
            })),
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{rowIndex}" });
        strings.Save();

        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheetName });
        // Excel keeps a filter's range in this hidden name; without it Excel repairs the file.
        workbookPart.Workbook.Append(new DefinedNames(new DefinedName($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${lastColumn}${rowIndex}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = 0,
            Hidden = true,
        }));
        workbookPart.Workbook.Save();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        row.Append(cells);
        return row;
    }

    private static Cell Typed(string reference, object value, SharedStrings strings) => value switch
    {
        bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        int or long or short or uint or ulong => new Cell
        {
            CellReference = reference,
            CellValue = new CellValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
            StyleIndex = IntegerStyle,
        },
        double or float or decimal => new Cell
        {
            CellReference = reference,
            CellValue = new CellValue(((IFormattable)value).ToString("R", CultureInfo.InvariantCulture)),
        },
        _ => TextCell(reference, RowWriter.Cell(value), strings, null),
    };

    private static Cell TextCell(string reference, string text, SharedStrings strings, uint? style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.IndexOf(text.Length > MaxCellText ? text[..MaxCellText] : text)),
        StyleIndex = style,
    };

    // The width a column needs for the first line of a value, in characters.
    private static double DisplayWidth(object value) => RowWriter.Cell(value).Split('\n')[0].Length;

    private static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    // Fonts: regular, bold. Formats: 0 general, 1 the bold header, 2 an integer in full ("0").
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true }) { Count = 3 });

    /// <summary>The shared string table: each distinct text stored once.</summary>
    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly SharedStringTable table = new();

        public int IndexOf(string text)
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = indexes.Count;
                indexes.Add(text, index);
                // Keep leading and trailing spaces as written.
                table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return index;
        }

        public void Save()
        {
            table.Count = (uint)indexes.Count;
            table.UniqueCount = (uint)indexes.Count;
            part.SharedStringTable = table;
        }
    }
}
