using System.Net;
using System.Text;

namespace Spectrum.Briefing;

/// <summary>
/// Writes the briefing's outline as one self-contained, printable HTML file (charts embedded as data URIs), through
/// <see cref="OutputFile"/>, so a reader never sees half of it.
/// </summary>
public static class HtmlWriter
{
    public const string FileName = "index.html";

    // On screen a page of its own width; printed (or by brief --format pdf), A4 landscape with the date, the edition
    // and the page number in the margins, every item on a new page, table headers repeated, no picture wider than the page or taller than half of it.
    private const string Style =
        """
        body{font-family:DejaVu Sans,Arial,sans-serif;margin:2em;color:#111;max-width:1700px;font-size:10pt}
        table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}
        td,th{border:1px solid #bbb;padding:.1em .4em;vertical-align:top;font-size:.9em}
        th{background:#eee;text-align:left}
        thead{display:table-header-group}
        tr{break-inside:avoid}
        img{max-width:100%;border:1px solid #ddd}
        h2,h3{break-after:avoid}
        nav ol{columns:2}
        .critical{color:#a00;font-weight:bold}.high{color:#c33}.medium{color:#a60}.info{color:#666}.low{color:#a60}
        section{break-before:page}
        @page{size:A4 landscape;margin:15mm 15mm 18mm;
        @top-left{content:"WRC-23 briefing";font-size:8pt;color:#555}
        @top-right{content:"__RUNNING__";font-size:8pt;color:#555}
        @bottom-center{content:"Page " counter(page) " of " counter(pages);font-size:8pt;color:#555}}
        @media print{body{margin:0;max-width:none}img{max-height:72mm;border:0}img.compact{max-height:52mm}td,th{font-size:8pt}a{color:inherit}}
        """;

    public static string Write(BriefingPack pack, string folder) => OutputFile.WriteText(Path.Combine(folder, FileName), Render(pack, folder));

    /// <summary>The page, with the charts of <paramref name="folder"/> embedded.</summary>
    public static string Render(BriefingPack pack, string folder)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append($"<title>{E(Outline.Title)}</title>\n<style>\n{Style.Replace("__RUNNING__", CssString($"{pack.Date:yyyy-MM-dd} · findings against {pack.FindingsEdition}"), StringComparison.Ordinal)}\n</style></head><body>\n");
        var inSection = false;
        foreach (var block in Outline.Of(pack))
        {
            switch (block)
            {
                case Heading { NewPage: true } h:
                    html.Append(inSection ? "</section>\n" : "").Append($"<section id=\"{E(h.Anchor ?? "")}\">");
                    inSection = true;
                    html.Append($"<h{h.Level} class=\"item\">{E(h.Text)}</h{h.Level}>\n");
                    break;
                case Heading h:
                    html.Append(h.Anchor is { } id ? $"<h{h.Level} id=\"{E(id)}\">" : $"<h{h.Level}>").Append($"{E(h.Text)}</h{h.Level}>\n");
                    break;
                case Contents contents:
                    html.Append("<nav><ol>")
                        .AppendJoin("", contents.Entries.Select(e => $"<li><a href=\"#{E(e.Anchor ?? "")}\">{E(e.Text)}</a></li>"))
                        .Append("</ol></nav>\n");
                    break;
                case Paragraph p:
                    html.Append("<p>").Append(Spans(p.Spans)).Append("</p>\n");
                    break;
                case TableBlock t:
                    Table(html, t);
                    break;
                case Picture picture:
                    var uri = "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(folder, picture.File)));
                    html.Append($"<p><img src=\"{uri}\" alt=\"{E(picture.Alt)}\"{(picture.Compact ? " class=\"compact\"" : "")}></p>\n");
                    break;
            }
        }

        html.Append(inSection ? "</section>\n" : "").Append("</body></html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<table><thead><tr>");
        foreach (var header in table.Header)
        {
            html.Append($"<th>{E(header)}</th>");
        }

        html.Append("</tr></thead>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Spans(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Spans(IEnumerable<Span> spans) => string.Concat(spans.Select(span =>
    {
        var text = E(span.Text);
        text = span.Emphasis ? $"<i>{text}</i>" : text;
        text = span.Class is { } c ? $"<span class=\"{E(c)}\">{text}</span>" : text;
        return span.LinkTo is { } anchor ? $"<a href=\"#{E(anchor)}\">{text}</a>" : text;
    }));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // A CSS string's content: backslash and quote escaped, and < so the text cannot close the style element.
    private static string CssString(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("<", "\\3C ", StringComparison.Ordinal);
}
