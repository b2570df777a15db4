using System.Text;

namespace Spectrum.Briefing;

/// <summary>Writes the briefing's outline as Markdown, with the chart files beside it, through <see cref="OutputFile"/>.</summary>
public static class MarkdownWriter
{
    public const string FileName = "brief.md";

    public static string Write(BriefingPack pack, string folder)
    {
        var md = new StringBuilder();
        foreach (var block in Outline.Of(pack))
        {
            switch (block)
            {
                case Heading h:
                    md.Append(h.Anchor is { } anchor ? $"\n<a id=\"{anchor}\"></a>\n" : md.Length > 0 ? "\n" : "")
                        .Append(new string('#', h.Level)).Append(' ').Append(h.Text).Append("\n\n");
                    break;
                case Paragraph p:
                    md.Append(Spans(p.Spans)).Append("\n\n");
                    break;
                case TableBlock t:
                    md.Append("| ").AppendJoin(" | ", t.Header).Append(" |\n|").Append(string.Concat(t.Header.Select(_ => "---|"))).Append('\n');
                    foreach (var row in t.Rows)
                    {
                        md.Append("| ").AppendJoin(" | ", row.Select(Spans)).Append(" |\n");
                    }

                    md.Append('\n');
                    break;
                case Picture picture:
                    md.Append($"![{picture.Alt}]({picture.File})\n\n");
                    break;
                case Contents contents:
                    md.AppendJoin("", contents.Entries.Select(e => $"- [{e.Text}](#{e.Anchor})\n")).Append('\n');
                    break;
            }
        }

        return OutputFile.WriteText(Path.Combine(folder, FileName), md.ToString());
    }

    private static string Spans(IEnumerable<Span> spans) => string.Concat(spans.Select(span =>
    {
        var text = span.Text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        text = span.Emphasis ? $"*{text}*" : text;
        return span.LinkTo is { } anchor ? $"[{text}](#{anchor})" : text;
    }));
}
