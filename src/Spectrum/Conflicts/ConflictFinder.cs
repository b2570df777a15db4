namespace Spectrum.Conflicts;

/// <summary>Where a table stands to a proposal's area: it applies there, or it is a neighbour's.</summary>
public enum TableRelation
{
    /// <summary>The table applies in the proposal's area (its Region, its groups, the country itself).</summary>
    Applies,

    /// <summary>The table is for an area that borders the proposal's and does not apply in it.</summary>
    Neighbour,
}

/// <summary>A table the finder looks at, and how it stands to the proposal's area.</summary>
public sealed record CandidateTable(AllocationTable Table, TableRelation Relation);

/// <summary>
/// The reference semantics of conflict analysis, in memory: what a proposal meets in the tables that apply in its
/// area and in its neighbours' tables. Services related to the proposal's (a kind of it, or it a kind of them: LAND
/// MOBILE under MOBILE) are never a conflict. Findings are sorted by severity, then frequency, then table and service.
/// </summary>
public static class ConflictFinder
{
    /// <summary>
    /// 250 MHz: the separation between the 24.25-27.5 GHz IMT band identified at WRC-19 and the 23.6-24 GHz passive band,
    /// for which Resolution 750 had to set unwanted-emission limits. Adjacent findings are flagged within it.
    /// </summary>
    public const long DefaultGuardHz = 250_000_000;

    public static IReadOnlyList<Finding> Find(
        Proposal proposal,
        IReadOnlyList<CandidateTable> tables,
        IReadOnlyDictionary<FootnoteId, Footnote> footnotes,
        long guardHz = DefaultGuardHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(guardHz);
        var findings = new List<Finding>();
        foreach (var candidate in tables)
        {
            var table = candidate.Table;
            if (candidate.Relation == TableRelation.Applies)
            {
                PassiveFindings(proposal, table, guardHz, findings);
            }

            foreach (var allocation in Near(table, proposal.Range, guardHz))
            {
                Classify(proposal, candidate, allocation, guardHz, findings);
            }

            if (candidate.Relation == TableRelation.Applies)
            {
                FootnoteFindings(proposal, table, footnotes, findings);
            }
        }

        return Findings.Ordered(findings);
    }

    // Allocations overlapping the proposal, or within the guard band of it.
    private static IEnumerable<Allocation> Near(AllocationTable table, FrequencyRange range, long guardHz)
    {
        var window = new AdjacentWindow(range, guardHz);
        return table.AllocationsIn(window.Range).Where(a => window.Includes(a.Range));
    }

    private static void PassiveFindings(Proposal proposal, AllocationTable table, long guardHz, List<Finding> findings)
    {
        var window = new AdjacentWindow(proposal.Range, guardHz);
        foreach (var band in PassiveBands.In(table.Area, table.Area.RegionNumber).Where(b => window.Includes(b.Range)))
        {
            var overlap = band.Range.Intersect(proposal.Range);
            var gap = band.Range.GapTo(proposal.Range);

            var condition = band.Condition is null ? "" : $" ({band.Condition})";
            var incumbent = new Incumbent(table.Name, table.Edition, table.Area, null, null, band.Range, [PassiveBands.Footnote], Confidence.High);
            findings.Add(overlap is { } shared
                ? new Finding(Severity.Critical, FindingKind.PassiveBand, proposal, incumbent,
                    $"RR No. 5.340 prohibits all emissions in {band.Range}{condition}; the proposal overlaps it in {shared}.") { Overlap = shared }
                : new Finding(Severity.High, FindingKind.AdjacentPassive, proposal, incumbent,
                    $"The RR No. 5.340 passive band {band.Range}{condition} lies {Hz(gap)} from the proposal: unwanted emissions need limits (as Resolution 750 set for 24.25-27.5 GHz).")
                {
                    GapHz = gap,
                });
        }
    }

    private static void Classify(Proposal proposal, CandidateTable candidate, Allocation allocation, long guardHz, List<Finding> findings)
    {
        if (allocation.Service.IsRelatedTo(proposal.Service))
        {
            return;
        }

        var table = candidate.Table;
        var overlap = allocation.Range.Intersect(proposal.Range);
        var gap = allocation.Range.GapTo(proposal.Range);
        var service = allocation.Service;
        var status = allocation.Status;
        var written = service.Format(status);
        var isRas = service.Kind == ServiceKind.RadioAstronomy;
        var isPassiveEess = service.Kind.IsKindOf(ServiceKind.EarthExplorationSatellite) && service.IsPassive;

        var incumbent = new Incumbent(table.Name, table.Edition, table.Area, service, status, allocation.Range, allocation.Footnotes,
            allocation.Provenance.Confidence);
        Finding Make(Severity severity, FindingKind kind, string reason) =>
            new(severity, kind, proposal, incumbent, reason) { Overlap = overlap, GapHz = overlap is null ? gap : 0 };

        if (candidate.Relation == TableRelation.Neighbour)
        {
            if (overlap is { } shared && status == AllocationStatus.Primary)
            {
                findings.Add(Make(Severity.Medium, FindingKind.CrossBorder,
                    $"Across the border, {table.Name} allocates {shared} to {written}: coordination with the neighbouring administrations is needed."));
            }

            return;
        }

        if (isRas)
        {
            findings.Add(overlap is { } inBand
                ? Make(Severity.High, FindingKind.RadioAstronomy, $"{written} ({Terms.Of(status)}) is allocated in {inBand}, where the proposal would transmit.")
                : Make(Severity.Medium, FindingKind.RadioAstronomy, $"{written} in {allocation.Range} lies {Hz(gap)} from the proposal: radio telescopes need protection from its unwanted emissions."));
            return;
        }

        if (overlap is null)
        {
            // Inside a 5.340 band the band itself is already reported.
            if (isPassiveEess && status == AllocationStatus.Primary
                && !PassiveBands.In(table.Area, table.Area.RegionNumber).Any(b => b.Range.Overlaps(allocation.Range)))
            {
                findings.Add(Make(Severity.High, FindingKind.AdjacentPassive,
                    $"{written} in {allocation.Range} lies {Hz(gap)} from the proposal: passive sensors need limits on its unwanted emissions."));
            }

            return;
        }

        findings.Add(status == AllocationStatus.Primary
            ? Make(Severity.High, FindingKind.CoPrimary, $"{written} is primary in {overlap}: the proposal would share the band with it on an equal footing and must not cause it harmful interference.")
            : Make(Severity.Info, FindingKind.SecondaryAffected, $"{written} is secondary in {overlap}: it may have to give way to a primary allocation (RR Nos. 5.28-5.31)."));
    }

    // Footnotes in the overlap whose text makes an additional or alternative allocation, or changes a category.
    private static void FootnoteFindings(Proposal proposal, AllocationTable table, IReadOnlyDictionary<FootnoteId, Footnote> footnotes, List<Finding> findings)
    {
        var cited = table.AllocationsIn(proposal.Range).SelectMany(a => a.Footnotes.Select(f => (a.Range, Id: f)))
            .Concat(table.BandFootnotes.Where(b => b.Range.Overlaps(proposal.Range)).SelectMany(b => b.Footnotes.Select(f => (b.Range, Id: f))))
            .GroupBy(c => c.Id)
            .Select(g => g.First());
        foreach (var (range, id) in cited)
        {
            if (!footnotes.TryGetValue(id, out var footnote) || AllocationKindOf(footnote.Text) is not { } what)
            {
                continue;
            }

            var overlap = range.Intersect(proposal.Range);
            var excerpt = footnote.Text.Length > 160 ? footnote.Text[..160] + "…" : footnote.Text;
            findings.Add(new Finding(Severity.Medium, FindingKind.FootnoteAllocation, proposal,
                new Incumbent(table.Name, table.Edition, table.Area, null, null, range, [id], footnote.Provenance.Confidence),
                $"No. {id} makes {what} in the countries it lists: {excerpt}") { Overlap = overlap });
        }
    }

    private static string? AllocationKindOf(string text)
    {
        var start = text.TrimStart();
        return start.StartsWith("Additional allocation", StringComparison.OrdinalIgnoreCase) ? "an additional allocation"
            : start.StartsWith("Alternative allocation", StringComparison.OrdinalIgnoreCase) ? "an alternative allocation"
            : start.StartsWith("Different category of service", StringComparison.OrdinalIgnoreCase) ? "a different category of service"
            : null;
    }

    private static string Hz(long hertz) => hertz == 0 ? "0 Hz (it is adjacent)" : Frequency.FromHz(hertz).ToString();
}
