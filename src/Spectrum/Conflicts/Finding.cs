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
/// A proposal: a band, the area it is for, the service, and what is done (<c>identify-imt</c>, <c>allocate</c>,
/// <c>upgrade</c>), with a label for the area as the user named it.
/// </summary>
public sealed record Proposal(FrequencyRange Range, AreaCode? Area, string AreaLabel, RadioService Service, string Action)
{
    /// <summary>The agenda item the proposal is taken from, if any.</summary>
    public string? AgendaItem { get; init; }
}

/// <summary>
/// One conflict found: its severity and kind, the counterpart (the table, its area, the allocation or passive band
/// met), the part of the proposal it concerns (the overlap; for an adjacent finding the counterpart's band and the
/// gap), and one sentence that says why.
/// </summary>
public sealed record Finding(
    Severity Severity,
    FindingKind Kind,
    Proposal Proposal,
    string Table,
    string Edition,
    AreaCode Area,
    RadioService? Service,
    AllocationStatus? Status,
    FrequencyRange CounterpartRange,
    FrequencyRange? Overlap,
    long GapHz,
    IReadOnlyList<FootnoteId> Footnotes,
    Confidence Confidence,
    string Reason);
