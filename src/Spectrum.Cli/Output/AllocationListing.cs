using Spectrum.Cli.Commands;
using Spectre.Console;
using Spectrum.Conference;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Output;

/// <summary>How <c>spectrum query</c> prints allocations: the columns of csv and json, and the console table with the footnote texts.</summary>
internal static class AllocationListing
{
    public static readonly string[] Columns =
        ["table", "edition", "area", "lower_hz", "upper_hz", "band", "service", "status", "footnotes", "footnote_texts", "identifications", "source", "confidence", "by", "footnotes_not_applying"];

    public static object?[] ToRecord(AllocationRow row, AllocationAnswer answer, CountryView? view)
    {
        var applying = row.AllFootnotes.Where(f => view?.Applies(f) ?? true).ToList();
        var footnotes = applying.Select(f => f.Value).ToList();
        var texts = applying
            .Where(answer.Footnotes.ContainsKey)
            .ToDictionary(f => f.Value, f => answer.Footnotes[f].Text);
        var allocation = row.Allocation;
        return
        [
            row.Table, row.Edition, row.Area.Value, allocation.Range.LowerHz, allocation.Range.UpperHz,
            allocation.Range.ToString(), allocation.Service.Name, allocation.Status == AllocationStatus.Primary ? "primary" : "secondary",
            footnotes, texts, row.AllMarks.Where(m => m.Identifies is not null).Select(Describe).ToList(), allocation.Provenance.Source, allocation.Provenance.Confidence.ToString().ToLowerInvariant(),
            view?.By(row)?.Value, view?.NotApplying.Where(f => row.AllFootnotes.Contains(f.Footnote)).Select(CountryView.Describe).ToList() ?? [],
        ];
    }

    // "IMT (WRC-23 1.2, listed countries)", or "footnote without number (WRC-23 9.1 b)".
    private static string Describe(ChangeMark mark)
    {
        var what = mark.Identifies is { } identifies ? Terms.Of(identifies) : "footnote without number";
        var where = mark.AgendaItem is null ? mark.Conference : $"{mark.Conference} {mark.AgendaItem}";
        var footnote = mark.Footnote is { } id && mark.Identifies is not null ? $" {id}" : "";
        return $"{what}{footnote} ({where}{(mark.ListedCountriesOnly ? ", listed countries" : "")})";
    }

    public static void WriteTable(IAnsiConsole console, FrequencyRange range, string areaLabel, List<AllocationRow> rows, AllocationAnswer answer, CountryView? view, string edition)
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
                Markup.Escape(string.Join(' ', row.AllFootnotes.Where(f => view?.Applies(f) ?? true).Select(f => f.Value).Concat(row.AllMarks.Select(Describe)))),
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
