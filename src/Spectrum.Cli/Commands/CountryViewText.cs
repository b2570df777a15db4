using Spectre.Console;
using Spectrum.Answers;
using Spectrum.Footnotes;

namespace Spectrum.Cli.Commands;

/// <summary>How the console shows a <see cref="CountryView"/> after the rows of <c>query</c>.</summary>
internal static class CountryViewText
{
    /// <summary>
    /// After the rows: for a country, the footnotes of the range that do not hold there (with their countries and texts)
    /// and those not read into rules; for a point or drawn area, the countries it covers and their footnote allocations.
    /// </summary>
    public static void Write(this CountryView view, IAnsiConsole console, IReadOnlyDictionary<FootnoteId, Footnote> texts)
    {
        if (view.Country is { } country)
        {
            var notApplying = view.NotApplying;
            if (notApplying.Count > 0)
            {
                console.MarkupLine($"[bold]Not applying in {country}[/] (their rules name other countries or Regions):");
                foreach (var footnote in notApplying)
                {
                    var text = texts.TryGetValue(footnote.Footnote, out var t) ? " " + t.Text : "";
                    console.MarkupLine($"  [grey]{Markup.Escape(CountryView.Describe(footnote))}{Markup.Escape(text)}[/]");
                }
            }

            var notRead = view.Tables.SelectMany(t => t.Footnotes).Where(f => f.Applicability == FootnoteApplicability.NotRead).Select(f => f.Footnote).Distinct().ToList();
            if (notRead.Count > 0)
            {
                console.MarkupLine($"[yellow]Not read into rules, so whether they hold in {country} is not known:[/] {Markup.Escape(string.Join(' ', notRead))}");
            }

            return;
        }

        console.MarkupLine($"[bold]Countries the area covers:[/] {Markup.Escape(view.Tables.Count == 0 ? "none" : string.Join(' ', view.Tables.Select(t => t.Country)))}");
        var rows = view.Tables.SelectMany(t => t.Allocations.Where(a => a.By is not null).Select(a => (t.Country, a))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("Country");
        table.AddColumn("Band");
        table.AddColumn("Service by footnote");
        foreach (var (covered, a) in rows)
        {
            table.AddRow(Markup.Escape(covered.Value), Markup.Escape(a.Allocation.Range.ToString()),
                Markup.Escape($"{a.Allocation.Service.Format(a.Allocation.Status)} by {a.By}"));
        }

        console.Write(table);
    }
}
