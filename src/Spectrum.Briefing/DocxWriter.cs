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
/// Writes the briefing's outline as a Word document that prints: A4 landscape; heading styles (Word's navigation pane,
/// and the contents with page numbers); a section per page-starting heading with a running header (the item, the
/// editions, the date) and "Page N of M" below; tables whose header row repeats on every page and whose columns are
/// as wide as their content needs; every picture within the page, with its alt text; links from the overview to the
/// items and back; the document's title, subject and date in its properties.
/// Written through <see cref="OutputFile"/>: whole or not at all.
/// </summary>
public static class DocxWriter
{
    public const string FileName = "brief.docx";

    // A4 landscape in twentieths of a point, with 1.5 cm side margins and 2 cm top and bottom for header and footer.
    private const int PageWidth = 16838, PageHeight = 11906, SideMargin = 850, TopMargin = 1134, HeaderDistance = 567;

    private const int ContentWidth = PageWidth - (2 * SideMargin);

    // EMU: 635 per twip. A picture is at most half the page's height less 14 mm (7.1 cm), so that two charts (two
    // decades of the overview) share a page with a heading.
    private const long MaxPictureWidthEmu = ContentWidth * 635L;
    private const long MaxPictureHeightEmu = (((PageHeight - (2 * TopMargin)) / 2) - 800) * 635L;
    private const long MaxCompactPictureHeightEmu = (((PageHeight - (2 * TopMargin)) / 3) - 400) * 635L;

    public static string Write(BriefingPack pack, string folder)
    {
        var path = Path.Combine(folder, FileName);
        OutputFile.Write(path, stream =>
        {
            using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
            document.PackageProperties.Title = Outline.Title;
            document.PackageProperties.Subject = $"Charts of {pack.Edition}; findings against {pack.FindingsEdition}";
            document.PackageProperties.Creator = "Spectrum";
            document.PackageProperties.Keywords = "WRC-23; Radio Regulations; " + string.Join("; ", pack.Items.Select(i => "AI " + i.Item.Number));
            document.PackageProperties.Created = pack.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            new Builder(main, folder, pack).Write(Outline.Of(pack));
        });
        return path;
    }

    /// <summary>Appends the outline's blocks to the body, section by section.</summary>
    private sealed class Builder(MainDocumentPart main, string folder, BriefingPack pack)
    {
        private readonly Body body = main.Document.Body!;
        private readonly Dictionary<string, string> bookmarks = new(StringComparer.Ordinal);
        private string footerId = "";
        private string runningHeader = $"{Outline.Title} · {pack.Date:yyyy-MM-dd}";
        private uint pictures;
        private int bookmarkIds;

        public void Write(IReadOnlyList<Block> blocks)
        {
            Styles.Add(main);
            footerId = main.GetIdOfPart(PageNumberFooter());
            var settings = main.AddNewPart<DocumentSettingsPart>();
            // Word brings the page numbers of the contents up to date when it opens the file.
            settings.Settings = new W.Settings(new UpdateFieldsOnOpen { Val = true });

            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Heading h:
                        if (h.NewPage)
                        {
                            EndSection();
                            runningHeader = $"{h.Text} · charts {pack.Edition} · findings against {pack.FindingsEdition} · {pack.Date:yyyy-MM-dd}";
                        }

                        body.Append(HeadingParagraph(h));
                        break;
                    case Paragraph p:
                        body.Append(new W.Paragraph([.. p.Spans.Select(SpanElement)]));
                        break;
                    case TableBlock t:
                        body.Append(TableOf(t));
                        break;
                    case Picture picture:
                        body.Append(PictureParagraph(Path.Combine(folder, picture.File), picture.Alt, picture.Compact ? MaxCompactPictureHeightEmu : MaxPictureHeightEmu));
                        break;
                    case Contents contents:
                        body.Append(ContentsParagraphs(contents));
                        break;
                }
            }

            body.Append(SectionProperties());
        }

        // The section so far ends here; the next starts on a new page with a header of its own.
        private void EndSection()
        {
            if (body.LastChild is not W.Paragraph last)
            {
                last = new W.Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }));
                body.Append(last);
            }

            var properties = last.ParagraphProperties ?? last.PrependChild(new ParagraphProperties());
            properties.Append(SectionProperties());
        }

        private SectionProperties SectionProperties()
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new W.Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Header" }),
                new Run(new Text(runningHeader) { Space = SpaceProcessingModeValues.Preserve })));
            return new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
                new SectionType { Val = SectionMarkValues.NextPage },
                new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
                new PageMargin
                {
                    Top = TopMargin, Bottom = TopMargin, Left = SideMargin, Right = SideMargin,
                    Header = HeaderDistance, Footer = HeaderDistance, Gutter = 0,
                });
        }

        private FooterPart PageNumberFooter()
        {
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new W.Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
                Plain("Page "), Field(" PAGE ", "1"), Plain(" of "), Field(" NUMPAGES ", "1")));
            return footer;
        }

        private W.Paragraph HeadingParagraph(Heading heading)
        {
            var paragraph = new W.Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{Math.Clamp(heading.Level, 1, 4)}" }));
            if (heading.Anchor is { } anchor)
            {
                var id = Bookmark(anchor);
                var number = (++bookmarkIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                paragraph.Append(new BookmarkStart { Name = id, Id = number }, Plain(heading.Text), new BookmarkEnd { Id = number });
            }
            else
            {
                paragraph.Append(Plain(heading.Text));
            }

            return paragraph;
        }

        // Word bookmark names are letters, digits and underscores, starting with a letter: an anchor gets the next
        // free one, the same for the heading and for every link to it.
        private string Bookmark(string anchor)
        {
            if (!bookmarks.TryGetValue(anchor, out var name))
            {
                name = $"s{bookmarks.Count + 1}";
                bookmarks[anchor] = name;
            }

            return name;
        }

        private OpenXmlElement SpanElement(Span span)
        {
            var properties = new RunProperties();
            if (span.Emphasis)
            {
                properties.Append(new Italic());
            }

            if (span.Class is { } c && Styles.SeverityColours.TryGetValue(c, out var colour))
            {
                properties.Append(new Color { Val = colour });
            }

            if (span.LinkTo is { } anchor)
            {
                properties.PrependChild(new RunStyle { Val = "Hyperlink" });
                return new Hyperlink(new Run(properties, new Text(span.Text) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    Anchor = Bookmark(anchor),
                    History = true,
                };
            }

            return new Run(properties, new Text(span.Text) { Space = SpaceProcessingModeValues.Preserve });
        }

        // A paragraph per entry: the heading's text linked to it, a dotted tab and its page (a PAGEREF field, which
        // Word and LibreOffice compute when they lay the document out).
        private IEnumerable<W.Paragraph> ContentsParagraphs(Contents contents) =>
            contents.Entries.Where(e => e.Anchor is not null).Select(entry =>
            {
                var name = Bookmark(entry.Anchor!);
                return new W.Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "TOC2" }),
                    new Hyperlink(Plain(entry.Text), new Run(new TabChar()), Field($" PAGEREF {name} \\h ", "")) { Anchor = name, History = true });
            });

        private Table TableOf(TableBlock block)
        {
            var widths = ColumnWidths(block);
            var table = new Table(
                new TableProperties(
                    new TableStyle { Val = "BriefingTable" },
                    new TableWidth { Type = TableWidthUnitValues.Dxa, Width = ContentWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new TableLayout { Type = TableLayoutValues.Fixed }),
                new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
            table.Append(Row([.. block.Header.Select(h => (IReadOnlyList<Span>)[new Span(h)])], widths, header: true));
            foreach (var row in block.Rows)
            {
                table.Append(Row(row, widths, header: false));
            }

            return table;
        }

        private TableRow Row(IReadOnlyList<IReadOnlyList<Span>> cells, int[] widths, bool header)
        {
            var row = new TableRow();
            if (header)
            {
                // Repeated at the top of every page the table runs onto.
                row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
            }

            foreach (var (cell, width) in cells.Zip(widths))
            {
                var paragraph = new W.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = header ? "TableHeading" : "TableText" }));
                paragraph.Append(cell.Select(SpanElement));
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                    paragraph));
            }

            return row;
        }

        // A picture scaled to fit the page's width and height, keeping its proportions.
        private W.Paragraph PictureParagraph(string pngPath, string alt, long maxHeightEmu)
        {
            var part = main.AddImagePart(ImagePartType.Png);
            using (var stream = File.OpenRead(pngPath))
            {
                part.FeedData(stream);
            }

            using var bitmap = SKBitmap.Decode(pngPath);
            var scale = Math.Min((double)MaxPictureWidthEmu / bitmap.Width, (double)maxHeightEmu / bitmap.Height);
            var (cx, cy) = ((long)(bitmap.Width * scale), (long)(bitmap.Height * scale));
            var id = ++pictures;
            var name = Path.GetFileName(pngPath);
            var inline = new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.DocProperties { Id = id, Name = name, Description = alt },
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name, Description = alt }, new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            {
                DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
            };
            return new W.Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
        }

        private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

        // A complex field (PAGE, NUMPAGES, PAGEREF) with the value shown until the reader computes it.
        private static Run Field(string instruction, string shown) => new(
            new FieldChar { FieldCharType = FieldCharValues.Begin },
            new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve },
            new FieldChar { FieldCharType = FieldCharValues.Separate },
            new Text(shown),
            new FieldChar { FieldCharType = FieldCharValues.End });
    }

    /// <summary>
    /// Column widths in twips that add up to the page's width: each column in proportion to the text it holds (its
    /// longer cells, capped so that one long reason does not starve the others), never narrower than its header's
    /// longest word.
    /// </summary>
    internal static int[] ColumnWidths(TableBlock table)
    {
        const int MaxChars = 60, TwipsPerChar = 95, Padding = 3;
        var need = table.Header.Select((header, i) =>
        {
            var lengths = table.Rows.Select(row => i < row.Count ? row[i].Sum(span => span.Text.Length) : 0).Order().ToArray();
            var typical = lengths.Length == 0 ? 0 : lengths[(int)(0.9 * (lengths.Length - 1))];
            var word = header.Split(' ').Max(w => w.Length);
            return (Weight: (double)Math.Max(Math.Min(typical, MaxChars), word) + Padding, Min: (word + Padding) * TwipsPerChar);
        }).ToArray();
        var total = need.Sum(n => n.Weight);
        var widths = need.Select(n => Math.Max(n.Min, (int)(ContentWidth * n.Weight / total))).ToArray();
        // The minimums may overshoot the page: take what is over from the widest column.
        var widest = Array.IndexOf(widths, widths.Max());
        widths[widest] -= widths.Sum() - ContentWidth;
        return widths;
    }

    /// <summary>The styles the document uses: Word's built-in names, so its navigation pane and contents know them.</summary>
    private static class Styles
    {
        public static readonly IReadOnlyDictionary<string, string> SeverityColours = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["critical"] = "AA0000", ["high"] = "CC3333", ["medium"] = "AA6600", ["low"] = "AA6600", ["info"] = "666666",
        };

        public static void Add(MainDocumentPart main)
        {
            var part = main.AddNewPart<StyleDefinitionsPart>();
            part.Styles = new W.Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle(
                        new RunFonts { Ascii = "DejaVu Sans", HighAnsi = "DejaVu Sans", ComplexScript = "DejaVu Sans", EastAsia = "DejaVu Sans" },
                        new FontSize { Val = "19" }, new Languages { Val = "en-GB" })),
                    new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "100", Line = "252", LineRule = LineSpacingRuleValues.Auto }))),
                Paragraph("Normal", "Normal", null, null, isDefault: true),
                Heading(1, "32"), Heading(2, "28"), Heading(3, "23"), Heading(4, "20"),
                Paragraph("Header", "header", new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = ContentWidth })),
                    new StyleRunProperties(new Color { Val = "555555" }, new FontSize { Val = "15" })),
                Paragraph("Footer", "footer", null, new StyleRunProperties(new Color { Val = "555555" }, new FontSize { Val = "15" })),
                Paragraph("TOC2", "toc 2", new ParagraphProperties(
                    new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = ContentWidth }),
                    new SpacingBetweenLines { After = "40" }), null),
                Paragraph("TableText", "Table Text", new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                    new StyleRunProperties(new FontSize { Val = "16" })),
                Paragraph("TableHeading", "Table Heading", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }),
                    new StyleRunProperties(new Bold(), new FontSize { Val = "16" })),
                new Style(new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 },
                    new StyleRunProperties(new Color { Val = "1F4E9A" }, new Underline { Val = UnderlineValues.Single }))
                { Type = StyleValues.Character, StyleId = "Hyperlink" },
                new Style(
                    new StyleName { Val = "Briefing Table" },
                    new StyleTableProperties(
                        new TableBorders(
                            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" }, new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" },
                            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" }, new RightBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" },
                            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" }),
                        new TableCellMarginDefault(new TopMargin { Width = "10", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                            new BottomMargin { Width = "10", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
                { Type = StyleValues.Table, StyleId = "BriefingTable" });
        }

        private static Style Heading(int level, string size) => new(
            new StyleName { Val = $"heading {level}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = level == 1 ? "0" : "240", After = "120" },
                new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = size }))
        {
            Type = StyleValues.Paragraph,
            StyleId = $"Heading{level}",
        };

        private static Style Paragraph(string id, string name, ParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
        {
            var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
            if (isDefault)
            {
                style.Default = true;
            }
            else
            {
                style.Append(new BasedOn { Val = "Normal" });
            }

            if (paragraph is not null)
            {
                style.Append(new StyleParagraphProperties([.. paragraph.ChildElements.Select(e => e.CloneNode(true))]));
            }

            if (run is not null)
            {
                style.Append(run);
            }

            return style;
        }
    }
}
