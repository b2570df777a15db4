using Spectrum.Conflicts;

namespace Spectrum.Briefing;

/// <summary>A piece of text in the briefing, with how it is marked: a severity or confidence class, emphasis, a link.</summary>
public sealed record Span(string Text)
{
    /// <summary>A class the writers style (<c>critical</c>, <c>high</c>, <c>medium</c>, <c>info</c>, <c>low</c>), or null.</summary>
    public string? Class { get; init; }

    public bool Emphasis { get; init; }

    /// <summary>The anchor of a heading this span links to, or null.</summary>
    public string? LinkTo { get; init; }

    public static implicit operator Span(string text) => new(text);
}

/// <summary>One block of the briefing's outline, in reading order.</summary>
public abstract record Block;

/// <summary>A heading; <see cref="Anchor"/> names it for links, and a heading with <see cref="NewPage"/> starts a page.</summary>
public sealed record Heading(int Level, string Text, string? Anchor = null, bool NewPage = false) : Block;

public sealed record Paragraph(IReadOnlyList<Span> Spans) : Block
{
    public Paragraph(params Span[] spans)
        : this((IReadOnlyList<Span>)spans)
    {
    }
}

/// <summary>A table with a header row; each cell is a list of spans.</summary>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<IReadOnlyList<Span>>> Rows) : Block;

/// <summary>A chart, by its file relative to the briefing's folder, with the words that stand for it.</summary>
public sealed record Picture(string File, string Alt) : Block;

/// <summary>The table of contents: the headings that start a page, each with its anchor.</summary>
public sealed record Contents(IReadOnlyList<Heading> Entries) : Block;

/// <summary>
/// The briefing as the three writers print it: one outline, so HTML, Markdown and Word say the same things in the
/// same order, and a writer only decides how a block looks.
/// </summary>
public static class Outline
{
    public const string Title = "WRC-23 briefing";

    /// <summary>The anchor of the overview table, which every item links back to.</summary>
    public const string OverviewAnchor = "overview";

    public const string TableAnchor = "the-table";

    public static IReadOnlyList<Block> Of(BriefingPack pack)
    {
        var table = new Heading(2, "The Table, decade by decade", TableAnchor, NewPage: true);
        var items = pack.Items.Select(item => (Item: item, Heading: new Heading(2, $"Agenda item {item.Item.Number}", item.Slug, NewPage: true))).ToList();
        var blocks = new List<Block>
        {
            new Heading(1, Title),
            new Paragraph($"Charts show {pack.Edition}; the findings are against {pack.FindingsEdition}, screened {(pack.ScreenedFor is { } country ? $"for {country}: its Region's proposals, its tables and its neighbours" : "per ITU Region")}. {pack.Date:yyyy-MM-dd} · Source: {DataCredit.Text} (each row with its confidence)."),
            new Heading(2, "Overview", OverviewAnchor),
            new TableBlock(["Agenda item", "Bands", "EU stance", "WRC-23 outcome", "Worst finding"],
                [.. pack.Items.Select(item => Row(
                    [new Span(item.Item.Number) { LinkTo = item.Slug }], Shortened(Bands(item), item.Slug), [item.StanceSummary], Shortened(item.OutcomeSummary, item.Slug), Worst(item)))]),
            new Heading(2, "Contents", "contents", NewPage: true),
            new Contents([table, .. items.Select(i => i.Heading)]),
            table,
        };
        blocks.AddRange(pack.Overview.Select(strip => new Picture(strip.File, $"The Table from {strip.Range}, with the bands of every agenda item marked")));
        foreach (var (item, heading) in items)
        {
            blocks.Add(heading);
            blocks.AddRange(ItemBlocks(item));
        }

        return blocks;
    }

    /// <summary><c>6.425-7.025 GHz (R1), 7.025-7.125 GHz (R1 R2 R3)</c>, or <c>none listed</c>.</summary>
    public static string Bands(ItemBrief item) =>
        item.Bands.Count == 0 ? "none listed"
        : string.Join(", ", item.Bands.GroupBy(b => b.Range).Select(g => $"{g.Key} ({string.Join(" ", g.Select(b => b.Area.ToString()).Distinct())})"));

    private static IEnumerable<Block> ItemBlocks(ItemBrief item)
    {
        yield return new Paragraph(item.Item.Title + " ",
            new Span($"(Resolution {item.Item.Resolution}; {Terms.Of(item.Item.Provenance.Confidence)} confidence) ") { Emphasis = true },
            new Span("Back to the overview") { LinkTo = OverviewAnchor });
        if (item.ChartFile is not null)
        {
            yield return new Picture(item.ChartFile, $"Band chart of agenda item {item.Item.Number}");
        }

        yield return new Heading(3, "EU position and outcome");
        yield return new TableBlock(["Band", "Area", "EU stance", "Conditions", "WRC-23 outcome"],
            [.. item.Positions.Select(p => Row(
                [p.Range.ToString()], [p.Area.ToString()],
                [Terms.Of(p.Stance) + " ", Confidence(p.Provenance.Confidence)],
                [p.Conditions],
                [p.Outcome + " ", Confidence(p.OutcomeConfidence)]))]);
        yield return new Heading(3, "Findings");
        if (item.Findings.Count == 0)
        {
            yield return new Paragraph("No finding in the bands of this item.");
            yield break;
        }

        var byKind = Findings.ByKind(item.Findings);
        yield return new Paragraph($"{item.Findings.Count} finding(s): {string.Join(", ", byKind.Select(k => $"{Terms.Of(k.Kind)} {k.Count}"))}.");
        foreach (var (kind, count) in byKind)
        {
            yield return new Paragraph(new Span($"{Terms.Of(kind)} ({count})") { Emphasis = true });
            yield return new TableBlock(["Severity", "Band", "Area", "Table", "Why", "Provisions", "Ask"],
                [.. item.Findings.Where(f => f.Kind == kind).Select(f => Row(
                    [new Span(Terms.Of(f.Severity)) { Class = Terms.Of(f.Severity) }], [f.Band.ToString()],
                    [f.Proposal.AreaLabel], [f.Incumbent.Table], [f.Direction is null ? f.Reason : $"{f.Reason} Direction: {f.Direction}."],
                    [string.Join("; ", f.Provisions)], [f.Ask]))]);
        }
    }

    // The overview keeps to a page: an outcome longer than a line or two is cut at a word, and the rest is a link away.
    private static IReadOnlyList<Span> Shortened(string text, string anchor)
    {
        const int Length = 100;
        if (text.Length <= Length)
        {
            return [text];
        }

        var cut = text.LastIndexOf(' ', Length);
        return [text[..(cut > 0 ? cut : Length)].TrimEnd(',', ';', ' ') + " … ", new Span("more") { LinkTo = anchor }];
    }

    private static IReadOnlyList<IReadOnlyList<Span>> Row(params IReadOnlyList<Span>[] cells) => cells;

    private static Span Confidence(Confidence confidence) => new($"({Terms.Of(confidence)} confidence)") { Class = Terms.Of(confidence) };

    // "high: co-primary (Fixed, 6.425-6.7 GHz)", or "none".
    private static IReadOnlyList<Span> Worst(ItemBrief item) =>
        item.Worst is not { } w ? ["none"]
        : [new Span(Terms.Of(w.Severity)) { Class = Terms.Of(w.Severity) }, $": {Terms.Of(w.Kind)} ({w.Incumbent.Service?.Name ?? "RR No. 5.340"}, {w.Band})"];
}
