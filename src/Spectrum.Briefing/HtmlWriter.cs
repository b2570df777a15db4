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

    private const string Style =
        """
        body{font-family:DejaVu Sans,Arial,sans-serif;margin:2em;color:#111;max-width:1700px}
        table{border-collapse:collapse;margin:.5em 0 1.5em}
        td,th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top;font-size:.9em}
        th{background:#eee;text-align:left}
        img{max-width:100%;border:1px solid #ddd}
        .critical{color:#a00;font-weight:bold}.high{color:#c33}.medium{color:#a60}.info{color:#666}.low{color:#a60}
        section{page-break-before:always}
        """;

    public static string Write(BriefingPack pack, string folder)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append($"<title>{E(Outline.Title)}</title>\n<style>\n{Style}\n</style></head><body>\n");
        var inSection = false;
        foreach (var block in Outline.Of(pack))
        {
            switch (block)
            {
                case Heading { NewPage: true } h:
                    html.Append(inSection ? "</section>\n" : "").Append($"<section id=\"{E(h.Anchor ?? "")}\">");
                    inSection = true;
                    html.Append($"<h{h.Level}>{E(h.Text)}</h{h.Level}>\n");
                    break;
                case Heading h:
                    html.Append($"<h{h.Level}>{E(h.Text)}</h{h.Level}>\n");
                    break;
                case Paragraph p:
                    html.Append("<p>").Append(Spans(p.Spans)).Append("</p>\n");
                    break;
                case TableBlock t:
                    Table(html, t);
                    break;
                case Picture picture:
                    var uri = "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(folder, picture.File)));
                    html.Append($"<p><img src=\"{uri}\" alt=\"{E(picture.Alt)}\"></p>\n");
                    break;
            }
        }

        html.Append(inSection ? "</section>\n" : "").Append("</body></html>\n");
        return OutputFile.WriteText(Path.Combine(folder, FileName), html.ToString());
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<table><tr>");
        foreach (var header in table.Header)
        {
            html.Append($"<th>{E(header)}</th>");
        }

        html.Append("</tr>\n");
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
}
