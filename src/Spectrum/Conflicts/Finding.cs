namespace Spectrum.Conflicts;

/// <summary>How badly a proposal meets an incumbent, in the order findings are listed.</summary>
public enum Severity
{
    Critical,
    High,
    Medium,
    Info,
}

/// <summary>What a finding is about, by the regulatory relation it rests on.</summary>
public enum FindingKind
{
    /// <summary>The proposal would transmit in a band where RR No. 5.340 prohibits all emissions.</summary>
    PassiveBand,

    /// <summary>A 5.340 band or a primary passive allocation within the proposal's out-of-band domain, or a pair Resolution 750 names.</summary>
    AdjacentPassive,

    /// <summary>A primary allocation to another service in the overlap, with the direction interference takes.</summary>
    CoPrimary,

    /// <summary>Radio astronomy in the overlap (high) or within the out-of-band domain (medium): allocated, or protected by No. 5.149.</summary>
    RadioAstronomy,

    /// <summary>A footnote that asks administrations to bear a service in mind in the band (No. 5.458).</summary>
    FootnoteNotice,

    /// <summary>What an identification rests on: the allocation it needs and the conditions that come with it.</summary>
    Identification,

    /// <summary>A secondary proposal over a primary incumbent: it must protect it and cannot claim protection (RR Nos. 5.28-5.31).</summary>
    SecondaryStatus,

    /// <summary>A secondary allocation to another service in the overlap of a primary proposal: information (RR Nos. 5.28-5.31).</summary>
    SecondaryAffected,

    /// <summary>A primary space service whose receivers lie within the proposal's out-of-band domain.</summary>
    AdjacentBand,

    /// <summary>Something that transmits in or next to a band to be protected, or to a passive proposal's band.</summary>
    Threat,

    /// <summary>A neighbour's allocation, or a footnote allocation in a neighbour, that the area's own tables do not have.</summary>
    CrossBorder,

    /// <summary>An additional or alternative allocation, or a different category of service, by footnote, in countries the area holds.</summary>
    FootnoteAllocation,
}

/// <summary>
/// What a proposal meets: an allocation of a table (its service and status), or a band a provision protects (no
/// service: RR No. 5.340), with the table it stands in and the footnotes it cites.
/// </summary>
public sealed record Incumbent(
    string Table,
    string Edition,
    AreaCode Area,
    RadioService? Service,
    AllocationStatus? Status,
    FrequencyRange Range,
    IReadOnlyList<FootnoteId> Footnotes,
    Confidence Confidence);

/// <summary>
/// One conflict found: its severity and kind, the proposal, the incumbent met, the part of the proposal it concerns
/// (<see cref="Overlap"/>; for an adjacent finding none, and the <see cref="GapHz"/> instead), one sentence that says
/// why, the direction interference takes, the provisions it rests on and what a delegation would ask for. Two
/// findings are the same finding when <see cref="Key"/> is the same.
/// </summary>
public sealed record Finding(Severity Severity, FindingKind Kind, Proposal Proposal, Incumbent Incumbent, string Reason)
{
    /// <summary>The band shared with the proposal; null for an adjacent finding.</summary>
    public FrequencyRange? Overlap { get; init; }

    /// <summary>The hertz between the proposal and the incumbent: 0 when they overlap or touch.</summary>
    public long GapHz { get; init; }

    /// <summary>Who may interfere with whom, and how (<c>proposal → incumbent: …</c>); null where the finding is not about interference.</summary>
    public string? Direction { get; init; }

    /// <summary>The RR numbers, footnotes, Resolutions and Tables the finding rests on; never empty.</summary>
    public IReadOnlyList<string> Provisions { get; init; } = [];

    /// <summary>What the delegation would ask for: coordination under No. 9.21, a pfd limit, unwanted-emission limits, a footnote.</summary>
    public string Ask { get; init; } = "";

    /// <summary>The band a finding is listed at: the overlap, or the incumbent's band when adjacent.</summary>
    public FrequencyRange Band => Overlap ?? Incumbent.Range;

    /// <summary>
    /// What makes a finding the one it is: its kind, the incumbent, the band, the provision it rests on first, and the
    /// area and agenda item of the proposal. Two proposals of one agenda item in one area that meet the same incumbent
    /// in the same band make one finding, not two.
    /// </summary>
    public (FindingKind, string, string, AreaCode, string?, AllocationStatus?, FrequencyRange, FrequencyRange, string?, string, string?) Key =>
        (Kind, Incumbent.Table, Incumbent.Edition, Incumbent.Area, Incumbent.Service?.Name, Incumbent.Status, Incumbent.Range, Band,
            Provisions.FirstOrDefault(), Proposal.AreaLabel, Proposal.AgendaItem);
}

/// <summary>The order findings are listed in everywhere, the removal of repeats, and the counts by kind.</summary>
public static class Findings
{
    /// <summary>How many findings of each kind, in the order of <see cref="FindingKind"/>.</summary>
    public static IReadOnlyList<(FindingKind Kind, int Count)> ByKind(IEnumerable<Finding> findings) =>
        [.. findings.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];

    /// <summary>
    /// By severity, then the band's lower edge, then table, kind and service; each finding once (the first of those
    /// with the same <see cref="Finding.Key"/>, in this order).
    /// </summary>
    public static IReadOnlyList<Finding> Ordered(IEnumerable<Finding> findings) =>
    [
        .. findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Band.LowerHz)
            .ThenBy(f => f.Incumbent.Table, StringComparer.Ordinal)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Incumbent.Service?.Name, StringComparer.Ordinal)
            .DistinctBy(f => f.Key),
    ];
}
