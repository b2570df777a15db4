using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Spectrum.Briefing;

/// <summary>
/// Writes the briefing's outline as a Word document: headings, tables and the charts as pictures, landscape A4.
/// Written through <see cref="OutputFile"/>: whole or not at all.
/// </summary>
public static class DocxWriter
{
    public const string FileName = "brief.docx";

    // A4 landscape with 1.5 cm margins leaves about 26.7 cm of width; EMU: 360 000 per cm.
    private const long PictureWidthEmu = 26_700L * 360;

    public static string Write(BriefingPack pack, string folder)
    {
        var path = Path.Combine(folder, FileName);
        OutputFile.Write(path, stream =>
        {
            using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            var pictures = 0u;
            foreach (var block in Outline.Of(pack))
            {
                switch (block)
                {
                    case Heading h:
                        if (h.NewPage)
                        {
                            body.Append(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        }

                        body.Append(Heading(h.Text, h.Level));
                        break;
                    case Paragraph p:
                        body.Append(Text(string.Concat(p.Spans.Select(span => span.Text))));
                        break;
                    case TableBlock t:
                        body.Append(Table([.. t.Header], t.Rows.Select(row => row.Select(cell => string.Concat(cell.Select(span => span.Text))).ToArray())));
                        break;
                    case Picture picture:
                        body.Append(Picture(main, Path.Combine(folder, picture.File), ++pictures));
                        break;
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 850, Bottom = 850, Left = 850, Right = 850 }));
        });
        return path;
    }

    private static W.Paragraph Heading(string text, int level) =>
        new(new Run(new RunProperties(new Bold(), new FontSize { Val = level switch { 1 => "40", 2 => "32", _ => "26" } }), new Text(text)))
        {
            ParagraphProperties = new ParagraphProperties(new KeepNext()),
        };

    private static W.Paragraph Text(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(string[] header, IEnumerable<string[]> rows)
    {
        // The schema fixes the order of children: width before borders; top, left, bottom, right, inside; then the grid.
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(header.Select(_ => new GridColumn())));
        table.Append(Row(header, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        return table;
    }

    private static TableRow Row(string[] cells, bool bold) =>
        new(cells.Select(text => new TableCell(new W.Paragraph(new Run(
            bold ? new RunProperties(new Bold(), new FontSize { Val = "18" }) : new RunProperties(new FontSize { Val = "18" }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve })))));

    // A PNG as an inline picture scaled to the page width.
    private static W.Paragraph Picture(MainDocumentPart main, string pngPath, uint id)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = File.OpenRead(pngPath))
        {
            part.FeedData(stream);
        }

        using var bitmap = SKBitmap.Decode(pngPath);
        var height = PictureWidthEmu * bitmap.Height / bitmap.Width;
        var name = Path.GetFileName(pngPath);
        var inline = new DW.Inline(
            new DW.Extent { Cx = PictureWidthEmu, Cy = height },
            new DW.DocProperties { Id = id, Name = name },
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = PictureWidthEmu, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        };
        return new W.Paragraph(new Run(new Drawing(inline)));
    }
}
