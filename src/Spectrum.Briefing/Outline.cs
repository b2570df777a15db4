using Spectrum.Conference;
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

/// <summary>
/// A chart, by its file relative to the briefing's folder, with the words that stand for it; a <see cref="Compact"/>
/// one (an item's chart in the annex, where text follows) is printed at most a third of the page high, others half.
/// </summary>
public sealed record Picture(string File, string Alt) : Block
{
    public bool Compact { get; init; }
}

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

    public const string AnnexAnchor = "annex";

    // The overview keeps to the first page: a cell of it says at most about two lines, and the rest is a link away.
    private const int OverviewCell = 40;

    public static IReadOnlyList<Block> Of(BriefingPack pack)
    {
        var table = new Heading(2, "The Table, decade by decade", TableAnchor, NewPage: true);
        var items = pack.Items.Select(item => (Item: item, Heading: new Heading(2, $"Agenda item {item.Item.Number}", item.Slug, NewPage: true))).ToList();
        var annex = new Heading(2, "Annex: the detail of each agenda item", AnnexAnchor, NewPage: true);
        var blocks = new List<Block>
        {
            new Heading(1, Title),
            new Paragraph($"Charts show {pack.Edition}; the findings are against {pack.FindingsEdition}, screened {(pack.ScreenedFor is { } country ? $"for {country}: its Region's proposals, its tables and its neighbours" : "per ITU Region")}."),
            new Heading(2, "Overview", OverviewAnchor),
            new TableBlock(["Item", "Bands", "EU stance", "WRC-23 outcome", "Worst finding"],
                [.. pack.Items.Select(item => Row(
                    [new Span(item.Item.Number) { LinkTo = item.Slug }], Shortened(Bands(item), item.Slug, OverviewCell), [item.StanceSummary],
                    Shortened(item.OutcomeSummary, item.Slug, OverviewCell), Worst(item)))]),
            new Heading(2, "Contents", "contents", NewPage: true),
            new Paragraph($"Source: {DataCredit.Text}, each row with its source and confidence. Per agenda item, a page to read first (at a glance), then the detail: the chart, the positions and every finding."),
            new Contents([table, .. items.Select(i => i.Heading), annex]),
            table,
        };
        blocks.AddRange(pack.Overview.Select(strip => new Picture(strip.File, $"The Table from {strip.Range}, with the bands of every agenda item marked")));
        var groups = pack.Items.ToDictionary(i => i, i => FindingGroup.Of(i.Findings));
        foreach (var (item, heading) in items)
        {
            blocks.Add(heading);
            blocks.Add(new Paragraph(item.Item.Title + " ",
                new Span($"(Resolution {item.Item.Resolution}; {Terms.Of(item.Item.Provenance.Confidence)} confidence) ") { Emphasis = true },
                new Span("Back to the overview") { LinkTo = OverviewAnchor }));
            blocks.AddRange(ItemSummary.Of(item, groups[item], pack.ScreenedFor));
        }

        // The detail runs on from item to item, so no item's last rows take a page of their own.
        blocks.Add(annex);
        blocks.Add(new Paragraph("Per agenda item: its chart, the positions band by band, every finding grouped by kind, and the national use."));
        foreach (var item in pack.Items)
        {
            blocks.AddRange(DetailBlocks(item, groups[item]));
        }

        return blocks;
    }

    /// <summary><c>6.425-7.025 GHz (R1), 7.025-7.125 GHz (R1 R2 R3)</c>, or <c>none listed</c>.</summary>
    public static string Bands(ItemBrief item) =>
        item.Bands.Count == 0 ? "none listed"
        : string.Join(", ", item.Bands.GroupBy(b => b.Range).Select(g => $"{g.Key} ({string.Join(" ", g.Select(b => b.Area.ToString()).Distinct())})"));

    private static IEnumerable<Block> DetailBlocks(ItemBrief item, IReadOnlyList<FindingGroup> groups)
    {
        yield return new Heading(3, $"Agenda item {item.Item.Number}: detail", ItemSummary.DetailAnchor(item));
        yield return new Paragraph(new Span("Back to the item's summary") { LinkTo = item.Slug });
        if (item.ChartFile is not null)
        {
            yield return new Picture(item.ChartFile, $"Band chart of agenda item {item.Item.Number}") { Compact = true };
        }

        yield return new Heading(4, "EU position and outcome");
        // A position the same in several Regions is one row, with its Regions.
        yield return new TableBlock(["Band", "Area", "EU stance", "Conditions", "WRC-23 outcome", "EU objective met?"],
            [.. item.Positions.GroupBy(p => (p.Range, p.Stance, p.Conditions, p.Outcome, p.OutcomeKind, p.OutcomeConfidence, p.Provenance.Confidence)).Select(g =>
            {
                var p = g.First();
                var objective = ObjectiveAssessment.Of(p);
                return Row(
                    [p.Range.ToString()], [string.Join(" ", g.Select(x => x.Area.ToString()).Distinct())],
                    [Terms.Of(p.Stance) + " ", Confidence(p.Provenance.Confidence)],
                    [p.Conditions],
                    [p.Outcome + " ", Confidence(p.OutcomeConfidence)],
                    [Terms.Of(objective.Met) + (objective.Met == ObjectiveMet.NotAssessed ? $": {objective.Reason}" : "")]);
            })]);
        yield return new Heading(4, "Findings");
        if (item.Findings.Count == 0)
        {
            yield return new Paragraph("No finding in the bands of this item.");
        }
        else
        {
            yield return new Paragraph($"{item.Findings.Count} finding(s) in {groups.Count} row(s), a finding the same in several areas being one row: " +
                $"{string.Join(", ", Findings.ByKind(item.Findings).Select(k => $"{Terms.Of(k.Kind)} {k.Count}"))}. " +
                "Each finding with its full reason: spectrum conflicts --agenda-item " + item.Item.Number + " --format xlsx.");
            foreach (var kind in groups.Select(g => g.Kind).Distinct().Order())
            {
                var ofKind = groups.Where(g => g.Kind == kind).ToList();
                yield return new Paragraph(new Span($"{Terms.Of(kind)} ({ofKind.Sum(g => g.Count)})") { Emphasis = true }, " " + FindingGroup.Meaning(kind));
                // Information only (a secondary service met by a primary proposal): one line each, in a paragraph.
                if (ofKind.All(g => g.Severity == Severity.Info))
                {
                    yield return new Paragraph(string.Join("; ", ofKind.Select(g => $"{g.Band}: {g.Incumbent} ({g.Where}; {string.Join("; ", g.Provisions)})")) + ".");
                    continue;
                }

                // A column that says the same in every row is said once, above the table.
                var columns = new (string Header, Func<FindingGroup, string> Text)[]
                {
                    ("Incumbent", g => g.Incumbent), ("Direction", g => g.Direction ?? ""), ("Where", g => g.Where),
                    ("Provisions", g => string.Join("; ", g.Provisions)), ("Ask", g => g.Ask),
                };
                var same = columns.Where(c => ofKind.Count > 1 && ofKind.Select(c.Text).Distinct().Count() == 1).ToList();
                foreach (var (header, text) in same.Where(c => c.Text(ofKind[0]).Length > 0))
                {
                    yield return new Paragraph(new Span(header + ", in every row: ") { Emphasis = true }, text(ofKind[0]));
                }

                var shown = columns.Except(same).ToList();
                yield return new TableBlock(["Severity", "Band", .. shown.Select(c => c.Header)],
                    [.. ofKind.Select(g => (IReadOnlyList<IReadOnlyList<Span>>)
                        [[new Span(Terms.Of(g.Severity)) { Class = Terms.Of(g.Severity) }], [g.Band.ToString()], .. shown.Select(c => (IReadOnlyList<Span>)[c.Text(g)])])]);
            }
        }

        if (item.NationalUse.Count > 0)
        {
            yield return new Heading(4, "National use");
            yield return new TableBlock(["Country", "Band", "Applications in its table", "Table"],
                [.. item.NationalUse.Select(u => Row(
                    [u.Country + (u.Neighbour ? " (neighbour)" : "")], [u.Band.ToString()], [ItemSummary.Applications(u)],
                    [string.Join(", ", u.Applications.Select(a => a.Table).Distinct())]))]);
        }
    }

    // The overview keeps to a page: an outcome longer than a line or two is cut at a word, and the rest is a link away.
    internal static IReadOnlyList<Span> Shortened(string text, string anchor, int length = 100)
    {
        if (text.Length <= length)
        {
            return [text];
        }

        var cut = text.LastIndexOf(' ', length);
        return [text[..(cut > 0 ? cut : length)].TrimEnd(',', ';', ' ') + " … ", new Span("more") { LinkTo = anchor }];
    }

    internal static IReadOnlyList<IReadOnlyList<Span>> Row(params IReadOnlyList<Span>[] cells) => cells;

    internal static Span Confidence(Confidence confidence) => new($"({Terms.Of(confidence)} confidence)") { Class = Terms.Of(confidence) };

    // "high co-primary: Fixed, 6.425-6.7 GHz", or "none".
    private static IReadOnlyList<Span> Worst(ItemBrief item) =>
        item.Worst is not { } w ? ["none"]
        : [new Span(Terms.Of(w.Severity)) { Class = Terms.Of(w.Severity) }, $" {Terms.Of(w.Kind)}: {w.Incumbent.Service?.Name ?? "RR No. 5.340"}, {w.Band}"];
}
