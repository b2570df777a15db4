namespace Spectrum;

/// <summary>Primary or secondary (RR Nos. 5.23-5.31): a secondary service may not cause harmful interference to,
/// nor claim protection from, primary services.</summary>
public enum AllocationStatus
{
    Primary,
    Secondary,
}

/// <summary>How sure the source of a row is: high (consistent, primary or widely reported), medium (one secondary
/// source, or corrected by judgement), low (inferred or visibly incomplete).</summary>
public enum Confidence
{
    High,
    Medium,
    Low,
}

/// <summary>Where a row comes from and how far it can be trusted. Every shipped row has one.</summary>
public sealed record Provenance(string Source, Confidence Confidence)
{
    public static Provenance Unstated { get; } = new("not stated", Confidence.Low);
}

/// <summary>One service allocated in one band of a table, with the footnotes that qualify it.</summary>
public sealed record Allocation(
    FrequencyRange Range,
    RadioService Service,
    AllocationStatus Status,
    IReadOnlyList<FootnoteId> Footnotes,
    Provenance Provenance)
{
    /// <summary>Identifications and footnotes without number that amendments left on this allocation.</summary>
    public IReadOnlyList<Conference.ChangeMark> Marks { get; init; } = [];

    /// <summary>The allocation as the Table writes it: <c>FIXED-SATELLITE (Earth-to-space) 5.457</c>.</summary>
    public override string ToString() =>
        Footnotes.Count == 0
            ? $"{Range} {Service.Format(Status)}"
            : $"{Range} {Service.Format(Status)} {string.Join(' ', Footnotes)}";
}

/// <summary>Footnotes that the Table prints under a whole band rather than beside one service.</summary>
public sealed record BandFootnotes(FrequencyRange Range, IReadOnlyList<FootnoteId> Footnotes, Provenance Provenance)
{
    /// <summary>Identifications and footnotes without number that amendments left on the whole band.</summary>
    public IReadOnlyList<Conference.ChangeMark> Marks { get; init; } = [];
}
