using System.Net;
using System.Text;
using Spectrum.Charts;
using Spectrum.Conflicts;

namespace Spectrum.Cli.Brief;

/// <summary>
/// Writes a briefing pack as one self-contained, printable HTML file (charts embedded) and as Markdown with the chart
/// files beside it. Each file is written through <see cref="OutputFile"/>, so a reader never sees half of one.
/// </summary>
internal static class BriefWriter
{
    public static string WriteHtml(BriefingPack pack, string folder)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>WRC-23 briefing</title>\n<style>")
            .Append("body{font-family:DejaVu Sans,Arial,sans-serif;margin:2em;color:#111;max-width:1700px}")
            .Append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top;font-size:.9em}")
            .Append("th{background:#eee;text-align:left}img{max-width:100%;border:1px solid #ddd}")
            .Append(".critical{color:#a00;font-weight:bold}.high{color:#c33}.medium{color:#a60}.info{color:#666}.low{color:#a60}")
            .Append("section{page-break-before:always}nav li{margin:.2em 0}")
            .Append("</style></head><body>\n");
        html.Append($"<h1>WRC-23 briefing</h1>\n<p>Tables: {E(pack.Edition)} · {pack.Date:yyyy-MM-dd} · Source: ITU Radio Regulations Article 5 (2012 edition via EarthFrequencies, CC BY-SA 4.0), WRC-15/19/23 amendments, EU positions as shipped in data/ (each row with its confidence).</p>\n");
        html.Append("<h2>Overview</h2>\n<table><tr><th>Agenda item</th><th>Bands</th><th>EU stance</th><th>WRC-23 outcome</th><th>Worst finding</th></tr>\n");
        foreach (var item in pack.Items)
        {
            html.Append($"<tr><td><a href=\"#{item.Slug}\">{E(item.Item.Number)}</a></td><td>{E(Bands(item))}</td><td>{E(item.StanceSummary)}</td>")
                .Append($"<td>{E(item.OutcomeSummary)}</td><td>{Worst(item)}</td></tr>\n");
        }

        html.Append("</table>\n");
        html.Append($"<p><img src=\"{DataUri(Path.Combine(folder, pack.OverviewChart))}\" alt=\"The whole Table, 9 kHz to 275 GHz, with every agenda item marked\"></p>\n");
        foreach (var item in pack.Items)
        {
            html.Append($"<section id=\"{item.Slug}\"><h2>Agenda item {E(item.Item.Number)}</h2>\n")
                .Append($"<p>{E(item.Item.Title)} <i>(Resolution {E(item.Item.Resolution)}; {E(Terms.Of(item.Item.Provenance.Confidence))} confidence)</i></p>\n");
            if (item.ChartFile is not null)
            {
                html.Append($"<p><img src=\"{DataUri(Path.Combine(folder, item.ChartFile))}\" alt=\"Band chart of agenda item {E(item.Item.Number)}\"></p>\n");
            }

            html.Append("<h3>EU position and outcome</h3>\n<table><tr><th>Band</th><th>Area</th><th>EU stance</th><th>Conditions</th><th>WRC-23 outcome</th></tr>\n");
            foreach (var p in item.Positions)
            {
                html.Append($"<tr><td>{E(p.Range.ToString())}</td><td>{E(p.Area.ToString())}</td><td>{E(Terms.Of(p.Stance))} <span class=\"{Terms.Of(p.Provenance.Confidence)}\">({E(Terms.Of(p.Provenance.Confidence))} confidence)</span></td>")
                    .Append($"<td>{E(p.Conditions)}</td><td>{E(p.Outcome)} <span class=\"{Terms.Of(p.OutcomeConfidence)}\">({E(Terms.Of(p.OutcomeConfidence))} confidence)</span></td></tr>\n");
            }

            html.Append("</table>\n<h3>Findings</h3>\n");
            if (item.Findings.Count == 0)
            {
                html.Append("<p>No finding in the bands of this item.</p>\n");
            }
            else
            {
                html.Append("<table><tr><th>Severity</th><th>Kind</th><th>Band</th><th>Region</th><th>Table</th><th>Why</th></tr>\n");
                foreach (var f in item.Findings)
                {
                    html.Append($"<tr><td class=\"{Terms.Of(f.Severity)}\">{Terms.Of(f.Severity)}</td><td>{Terms.Of(f.Kind)}</td><td>{E((f.Overlap ?? f.CounterpartRange).ToString())}</td>")
                        .Append($"<td>{E(f.Proposal.AreaLabel)}</td><td>{E(f.Table)}</td><td>{E(f.Reason)}</td></tr>\n");
                }

                html.Append("</table>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</body></html>\n");
        return OutputFile.WriteText(Path.Combine(folder, "index.html"), html.ToString());
    }

    public static string WriteMarkdown(BriefingPack pack, string folder)
    {
        var md = new StringBuilder();
        md.Append($"# WRC-23 briefing\n\nTables: {pack.Edition} · {pack.Date:yyyy-MM-dd} · Source: ITU Radio Regulations Article 5 (2012 edition via EarthFrequencies, CC BY-SA 4.0), WRC-15/19/23 amendments and EU positions as shipped in data/.\n\n");
        md.Append("## Overview\n\n| Agenda item | Bands | EU stance | WRC-23 outcome | Worst finding |\n|---|---|---|---|---|\n");
        foreach (var item in pack.Items)
        {
            md.Append($"| [{item.Item.Number}](#{item.Slug}) | {Cell(Bands(item))} | {Cell(item.StanceSummary)} | {Cell(item.OutcomeSummary)} | {Cell(WorstText(item))} |\n");
        }

        md.Append($"\n![The whole Table with every agenda item marked]({pack.OverviewChart})\n");
        foreach (var item in pack.Items)
        {
            md.Append($"\n<a id=\"{item.Slug}\"></a>\n## Agenda item {item.Item.Number}\n\n{item.Item.Title} *(Resolution {item.Item.Resolution}; {Terms.Of(item.Item.Provenance.Confidence)} confidence)*\n\n");
            if (item.ChartFile is not null)
            {
                md.Append($"![Band chart of agenda item {item.Item.Number}]({item.ChartFile})\n\n");
            }

            md.Append("### EU position and outcome\n\n| Band | Area | EU stance | Conditions | WRC-23 outcome |\n|---|---|---|---|---|\n");
            foreach (var p in item.Positions)
            {
                md.Append($"| {p.Range} | {p.Area} | {Terms.Of(p.Stance)} ({Terms.Of(p.Provenance.Confidence)} confidence) | {Cell(p.Conditions)} | {Cell(p.Outcome)} ({Terms.Of(p.OutcomeConfidence)} confidence) |\n");
            }

            md.Append("\n### Findings\n\n");
            if (item.Findings.Count == 0)
            {
                md.Append("No finding in the bands of this item.\n");
                continue;
            }

            md.Append("| Severity | Kind | Band | Region | Table | Why |\n|---|---|---|---|---|---|\n");
            foreach (var f in item.Findings)
            {
                md.Append($"| {Terms.Of(f.Severity)} | {Terms.Of(f.Kind)} | {f.Overlap ?? f.CounterpartRange} | {f.Proposal.AreaLabel} | {f.Table} | {Cell(f.Reason)} |\n");
            }
        }

        return OutputFile.WriteText(Path.Combine(folder, "brief.md"), md.ToString());
    }

    internal static string Bands(ItemBrief item) =>
        item.Bands.Count == 0 ? "none listed"
        : string.Join(", ", item.Bands.GroupBy(b => b.Range).Select(g => $"{g.Key} ({string.Join(" ", g.Select(b => b.Area.ToString()).Distinct())})"));

    /// <summary><c>high: co-primary (Fixed, 6.425-6.7 GHz)</c>, or <c>none</c>.</summary>
    internal static string WorstText(ItemBrief item) =>
        item.Worst is { } w ? $"{Terms.Of(w.Severity)}: {Terms.Of(w.Kind)} ({w.Service?.Name ?? "RR No. 5.340"}, {w.Overlap ?? w.CounterpartRange})" : "none";

    private static string Worst(ItemBrief item) =>
        item.Worst is not { } w ? "none"
        : $"<span class=\"{Terms.Of(w.Severity)}\">{Terms.Of(w.Severity)}</span>: {E(Terms.Of(w.Kind))} ({E(w.Service?.Name ?? "RR No. 5.340")}, {E((w.Overlap ?? w.CounterpartRange).ToString())})";

    private static string DataUri(string pngPath) => "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(pngPath));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
