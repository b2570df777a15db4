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

/// <summary>
/// The briefing as the three writers print it: one outline, so HTML, Markdown and Word say the same things in the
/// same order, and a writer only decides how a block looks.
/// </summary>
public static class Outline
{
    public const string Title = "WRC-23 briefing";

    public static IReadOnlyList<Block> Of(BriefingPack pack)
    {
        var blocks = new List<Block>
        {
            new Heading(1, Title),
            new Paragraph($"Charts show {pack.Edition}; the findings are against {pack.FindingsEdition}, screened {(pack.ScreenedFor is { } country ? $"for {country}: its Region's proposals, its tables and its neighbours" : "per ITU Region")}. {pack.Date:yyyy-MM-dd} · Source: {DataCredit.Text} (each row with its confidence)."),
            new Heading(2, "Overview"),
            new TableBlock(["Agenda item", "Bands", "EU stance", "WRC-23 outcome", "Worst finding"],
                [.. pack.Items.Select(item => Row(
                    [new Span(item.Item.Number) { LinkTo = item.Slug }], [Bands(item)], [item.StanceSummary], [item.OutcomeSummary], Worst(item)))]),
            new Picture(pack.OverviewChart, "The whole Table, 9 kHz to 275 GHz, with every agenda item marked"),
        };
        foreach (var item in pack.Items)
        {
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
        yield return new Heading(2, $"Agenda item {item.Item.Number}", item.Slug, NewPage: true);
        yield return new Paragraph(item.Item.Title + " ",
            new Span($"(Resolution {item.Item.Resolution}; {Terms.Of(item.Item.Provenance.Confidence)} confidence)") { Emphasis = true });
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

    private static IReadOnlyList<IReadOnlyList<Span>> Row(params IReadOnlyList<Span>[] cells) => cells;

    private static Span Confidence(Confidence confidence) => new($"({Terms.Of(confidence)} confidence)") { Class = Terms.Of(confidence) };

    // "high: co-primary (Fixed, 6.425-6.7 GHz)", or "none".
    private static IReadOnlyList<Span> Worst(ItemBrief item) =>
        item.Worst is not { } w ? ["none"]
        : [new Span(Terms.Of(w.Severity)) { Class = Terms.Of(w.Severity) }, $": {Terms.Of(w.Kind)} ({w.Incumbent.Service?.Name ?? "RR No. 5.340"}, {w.Band})"];
}
