using Spectrum.Conference;

namespace Spectrum.Conflicts;

/// <summary>What a proposal does to the Table in its band (derived from an agenda item's bands and positions).</summary>
public enum ProposalAction
{
    /// <summary>A new allocation of the service, at <see cref="Proposal.Status"/>.</summary>
    Allocate,

    /// <summary>A service already allocated as secondary becomes primary (RR No. 5.33 style change of category).</summary>
    Upgrade,

    /// <summary>A use within an existing allocation: a band identified for IMT, HIBS or HAPS, or conditions for a kind of station (ESIM).</summary>
    Identify,

    /// <summary>An allocation taken out of the Table: it transmits nothing and is never screened as an interferer.</summary>
    Remove,

    /// <summary>The band's incumbent is to be protected: it is the victim, and what transmits in and next to it is screened.</summary>
    Protect,
}

/// <summary>
/// A proposal: a band, the area it is for (with a label as the user named it), the service, what is done
/// (<see cref="Action"/>) and at which status. A passive service (EESS (passive), SRS (passive), radio astronomy)
/// only receives: its proposal is screened as a victim, as a protection is.
/// </summary>
public sealed record Proposal(FrequencyRange Range, AreaCode? Area, string AreaLabel, RadioService Service, ProposalAction Action)
{
    /// <summary>The agenda item the proposal is taken from, if any.</summary>
    public string? AgendaItem { get; init; }

    /// <summary>The status the proposal asks for (an identification or a protection keeps the Table's).</summary>
    public AllocationStatus Status { get; init; } = AllocationStatus.Primary;

    /// <summary>What an identification identifies the band for (IMT, HIBS, HAPS).</summary>
    public Identification? Identifies { get; init; }

    /// <summary>True when the proposal holds only in the countries a footnote lists (<c>R1-listed</c>).</summary>
    public bool ListedCountriesOnly { get; init; }

    /// <summary>The provisions the proposal rests on: the agenda item's Resolution (<c>Resolution 245 (WRC-19)</c>).</summary>
    public IReadOnlyList<string> Provisions { get; init; } = [];

    /// <summary>The necessary bandwidth of the proposal's emission, in hertz, when the user gives one (<c>--bandwidth</c>).</summary>
    public long? NecessaryBandwidthHz { get; init; }

    /// <summary>True when the proposal's stations transmit: not a removal, a protection or a passive service.</summary>
    public bool Transmits => Action is not (ProposalAction.Remove or ProposalAction.Protect) && Stations.Of(Service).Transmit != Side.None;

    /// <summary>True when the proposal is screened as the victim: a protection, or a service that only receives.</summary>
    public bool IsVictim => Action == ProposalAction.Protect || (Action != ProposalAction.Remove && Stations.Of(Service).Transmit == Side.None);

    /// <summary>The action as the program writes it: <c>identify-imt</c>, <c>allocate-primary</c>, <c>upgrade</c>, <c>protect</c>.</summary>
    public string ActionLabel => Action switch
    {
        ProposalAction.Identify => Identifies is { } what ? $"identify-{Terms.Of(what).ToLowerInvariant()}" : "identify",
        ProposalAction.Allocate => $"allocate-{Terms.Of(Status)}",
        ProposalAction.Upgrade => "upgrade",
        ProposalAction.Remove => "remove",
        _ => "protect",
    };
}
