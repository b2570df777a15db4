namespace Spectrum.Conflicts;

/// <summary>How badly a proposal meets an incumbent, in the order findings are listed.</summary>
public enum Severity
{
    Critical,
    High,
    Medium,
    Info,
}

/// <summary>What a finding is about.</summary>
public enum FindingKind
{
    /// <summary>The proposal overlaps a band where RR No. 5.340 prohibits all emissions.</summary>
    PassiveBand,

    /// <summary>A 5.340 band, or a primary EESS (passive) allocation, within the guard band.</summary>
    AdjacentPassive,

    /// <summary>A primary allocation to another service in the overlap.</summary>
    CoPrimary,

    /// <summary>Radio astronomy in the overlap (high) or within the guard band (medium).</summary>
    RadioAstronomy,

    /// <summary>A secondary allocation to another service in the overlap.</summary>
    SecondaryAffected,

    /// <summary>A primary allocation to another service in the overlap, in a neighbouring area's table.</summary>
    CrossBorder,

    /// <summary>An additional or alternative allocation, or a different category of service, by footnote.</summary>
    FootnoteAllocation,
}

/// <summary>
/// A proposal: a band, the area it is for, the service, and what is done (<c>identify-imt</c>, <c>add-allocation</c>,
/// <c>change-status</c>), with a label for the area as the user named it.
/// </summary>
public sealed record Proposal(FrequencyRange Range, AreaCode? Area, string AreaLabel, RadioService Service, string Action)
{
    /// <summary>The agenda item the proposal is taken from, if any.</summary>
    public string? AgendaItem { get; init; }
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
/// (<see cref="Overlap"/>; for an adjacent finding none, and the <see cref="GapHz"/> instead), and one sentence that
/// says why. Two findings are the same finding when <see cref="Key"/> is the same.
/// </summary>
public sealed record Finding(Severity Severity, FindingKind Kind, Proposal Proposal, Incumbent Incumbent, string Reason)
{
    /// <summary>The band shared with the proposal; null for an adjacent finding.</summary>
    public FrequencyRange? Overlap { get; init; }

    /// <summary>The hertz between the proposal and the incumbent: 0 when they overlap or touch.</summary>
    public long GapHz { get; init; }

    /// <summary>The band a finding is listed at: the overlap, or the incumbent's band when adjacent.</summary>
    public FrequencyRange Band => Overlap ?? Incumbent.Range;

    /// <summary>
    /// What makes a finding the one it is: its kind, the incumbent, the band, and the area and agenda item of the
    /// proposal. Two proposals of one agenda item in one area that meet the same incumbent in the same band (an
    /// upgrade written as a removal and an addition) make one finding, not two.
    /// </summary>
    public (FindingKind, string, string, AreaCode, string?, AllocationStatus?, FrequencyRange, FrequencyRange, string, string?) Key =>
        (Kind, Incumbent.Table, Incumbent.Edition, Incumbent.Area, Incumbent.Service?.Name, Incumbent.Status, Incumbent.Range, Band,
            Proposal.AreaLabel, Proposal.AgendaItem);
}

/// <summary>The order findings are listed in everywhere, and the removal of repeats.</summary>
public static class Findings
{
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
