using Spectrum.Conference;
using Spectrum.Conflicts;

namespace Spectrum.Briefing;

/// <summary>
/// The page of an agenda item a delegate reads first: what is proposed, the EU stance and its conditions, the outcome
/// and whether the EU objective was met, the CPM methods and the regional positions, the few findings that matter
/// with their provisions, and the national use in the administration's country and its neighbours. Long answers are
/// cut at a word with a link to the detail that follows.
/// </summary>
public static class ItemSummary
{
    /// <summary>How many findings the summary lists: the most severe, each said once for all its areas.</summary>
    public const int KeyFindings = 3;

    private const int Short = 240, Long = 420;

    /// <summary>The anchor of the item's detail in the annex: <c>ai-1.2-detail</c>.</summary>
    public static string DetailAnchor(ItemBrief item) => item.Slug + "-detail";

    public static IEnumerable<Block> Of(ItemBrief item, IReadOnlyList<FindingGroup> groups, AreaCode? screenedFor)
    {
        var detail = DetailAnchor(item);
        yield return new Heading(3, "At a glance");
        yield return Fact("Proposed", Proposed(item), detail, Long);
        yield return Fact("EU stance", item.StanceSummary + Conditions(item), detail, Long);
        yield return Fact("WRC-23 outcome", item.OutcomeSummary, detail, Long);
        yield return Fact("EU objective met?", Objective(item), detail, Short);
        yield return Fact("CPM-23 methods", item.Methods.Count == 0 ? "none recorded"
            : string.Join("; ", item.Methods.Select(m => $"{m.Method}: {m.Summary}")), detail, Short);
        yield return Fact("Regional positions", item.Regional.Count == 0 ? "none recorded"
            : string.Join("; ", item.Regional.Select(r => $"{Terms.Of(r.Organisation)}{(r.Method.Length > 0 ? $" (method {r.Method})" : "")}: {r.View}")), detail, Long);
        yield return Fact("National use", NationalUse(item, screenedFor), detail, Long);
        if (groups.Count == 0)
        {
            yield return Fact("Findings", "none in the bands of this item", detail, Short);
            yield break;
        }

        var key = groups.Take(KeyFindings).ToList();
        yield return Fact("Findings", $"{item.Findings.Count}: {string.Join(", ", Findings.ByKind(item.Findings).Select(k => $"{Terms.Of(k.Kind)} {k.Count}"))}; " +
            $"the {key.Count} that matter most:", detail, Long);
        yield return new TableBlock(["Severity", "Band", "Where", "Why", "Provisions", "Ask"],
            [.. key.Select(g => Outline.Row(
                [new Span(Terms.Of(g.Severity)) { Class = Terms.Of(g.Severity) }, $" {Terms.Of(g.Kind)}"], [g.Band.ToString()], [g.Where],
                [g.Reason], [string.Join("; ", g.Provisions)], [g.Ask]))]);
    }

    /// <summary><c>MFCN (ECC/DEC/(11)06); PMSE</c>: the applications a country's tables list in a band, each once.</summary>
    public static string Applications(NationalUse use) =>
        string.Join("; ", use.Applications.GroupBy(a => a.Application.Name).Select(g =>
            g.Select(a => a.Application.Measure).FirstOrDefault(m => m is not null) is { } measure ? $"{g.Key} ({measure})" : g.Key));

    // "Proposed: identify for IMT: 3.3-3.4 GHz (R1); allocate MOBILE, primary: 3.6-3.8 GHz (R2)".
    private static string Proposed(ItemBrief item) =>
        item.Bands.Count == 0 ? "no band listed"
        : string.Join("; ", item.Bands
            .GroupBy(b => $"{Terms.Of(b.Action)}{(b.Identifies is { } id ? " for " + Terms.Of(id) : "")}{(b.Service is { } s ? " " + s.Name : "")}{(b.Status is { } st ? ", " + Terms.Of(st) : "")}")
            .Select(g => $"{g.Key}: {string.Join(", ", g.GroupBy(b => b.Range).Select(r => $"{r.Key} ({string.Join(" ", r.Select(b => b.Area.ToString()).Distinct())})"))}"));

    private static string Conditions(ItemBrief item)
    {
        var conditions = item.Positions.Select(p => p.Conditions).Where(c => c.Length > 0).Distinct().ToList();
        return conditions.Count == 0 ? "" : "; conditions: " + string.Join("; ", conditions);
    }

    // "met (2), not-met (1): the outcome identified the band…", by the reasons of each answer.
    private static string Objective(ItemBrief item)
    {
        if (item.Positions.Count == 0)
        {
            return "not assessed: no position recorded";
        }

        var assessed = item.Positions.Select(ObjectiveAssessment.Of).ToList();
        return string.Join("; ", assessed.GroupBy(a => a.Met).Select(g =>
            $"{Terms.Of(g.Key)} ({g.Count()}): {string.Join(", ", g.Select(a => a.Reason).Distinct())}"));
    }

    private static string NationalUse(ItemBrief item, AreaCode? screenedFor)
    {
        if (screenedFor is null)
        {
            return "screened per ITU Region; brief --country (or the setting Spectrum:Country) adds an administration's national use and its neighbours'";
        }

        if (item.NationalUse.Count == 0)
        {
            return $"no application listed in these bands by the national tables of {screenedFor} or its neighbours";
        }

        var own = item.NationalUse.Any(u => u.Country == screenedFor) ? "" : $"{screenedFor}: no application listed in its national table; ";
        return own + string.Join("; ", item.NationalUse.GroupBy(u => u.Country).Select(g =>
            $"{g.Key}{(g.First().Neighbour ? " (neighbour)" : "")}: {string.Join(", ", g.SelectMany(u => u.Applications).Select(a => a.Application.Name).Distinct())}"));
    }

    private static Paragraph Fact(string label, string text, string detail, int length) =>
        new([new Span(label + ": ") { Emphasis = true }, .. Outline.Shortened(text, detail, length)]);
}
