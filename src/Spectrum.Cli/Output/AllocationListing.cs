using Spectre.Console;
using Spectrum.Answers;
using Spectrum.Cli.Commands;
using Spectrum.Conference;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Output;

/// <summary>How <c>spectrum query</c> draws allocations as a console table with the footnote texts (csv and json: <see cref="QueryAnswer.Allocations"/>).</summary>
internal static class AllocationListing
{
    public static void WriteTable(IAnsiConsole console, FrequencyRange range, string areaLabel, IReadOnlyList<AllocationRow> rows, AllocationAnswer answer, CountryView? view, string edition)
    {
        var asked = range.WidthHz == 1 ? range.Lower.ToString() : range.ToString();
        console.MarkupLineInterpolated($"[bold]{asked}[/] in {areaLabel}, {edition}: {rows.Count} allocation(s)");
        if (rows.Count == 0)
        {
            console.MarkupLine("[grey]Nothing allocated there in the stored tables (is the data imported? spectrum import data)[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("Band");
        table.AddColumn("Service");
        table.AddColumn("Footnotes");
        table.AddColumn("Table");
        foreach (var row in rows)
        {
            var allocation = row.Allocation;
            var name = allocation.Service.Format(allocation.Status) + (view?.By(row) is { } by ? $" by {by}" : "");
            var service = allocation.Status == AllocationStatus.Primary ? $"[bold]{Markup.Escape(name)}[/]" : Markup.Escape(name);
            if (allocation.Provenance.Confidence != Confidence.High)
            {
                service += $" [yellow]({allocation.Provenance.Confidence.ToString().ToLowerInvariant()} confidence)[/]";
            }

            table.AddRow(
                Markup.Escape(allocation.Range.ToString()),
                service,
                Markup.Escape(string.Join(' ', row.AllFootnotes.Where(f => view?.Applies(f) ?? true).Select(f => f.Value).Concat(row.AllMarks.Select(QueryAnswer.Describe)))),
                Markup.Escape($"{row.Table} {row.Edition}"));
        }

        console.Write(table);
        var cited = rows.SelectMany(r => r.AllFootnotes).Where(f => view?.Applies(f) ?? true).Distinct().Order().ToList();
        foreach (var id in cited)
        {
            if (answer.Footnotes.TryGetValue(id, out var footnote))
            {
                var note = footnote.Provenance.Confidence == Confidence.Low ? " [yellow](text may be cut short)[/]" : "";
                console.MarkupLine($"[bold]{Markup.Escape(id.Value)}[/] {Markup.Escape(footnote.Text)}{note}");
            }
            else
            {
                console.MarkupLine($"[bold]{Markup.Escape(id.Value)}[/] [grey](no text in the stored footnotes)[/]");
            }
        }

        view?.Write(console, answer.Footnotes);
    }
}
