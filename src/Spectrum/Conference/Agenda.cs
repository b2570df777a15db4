namespace Spectrum.Conference;

/// <summary>Which of the planner's two concerns an agenda item touches.</summary>
public enum AgendaScope
{
    /// <summary>5G/IMT: identifications, mobile upgrades, HIBS.</summary>
    Imt,

    /// <summary>Earth observation: EESS, SRS, RAS allocations and their protection.</summary>
    EarthObservation,

    Other,
}

/// <summary>How a chart marks a band: as a 5G/IMT extension band or as an Earth-observation protection.</summary>
public enum Highlight
{
    None,
    Imt,
    EarthObservation,
}

/// <summary>What an agenda item asks for in one band: a change to the Table, a study, or protection.</summary>
public enum AgendaBandAction
{
    AddAllocation,
    RemoveAllocation,
    ChangeStatus,
    AddFootnote,
    RemoveFootnote,
    Identify,
    Study,
    Protect,
}

/// <summary>
/// Whether an agenda item asks for a change to the Article 5 Table in bands a cited source names: <see cref="Yes"/>
/// (such an item has band and position rows), <see cref="No"/> (it cannot change the Table, as the agenda of the next
/// conference), or <see cref="NotKnown"/> (no source found names a band or a Table change).
/// </summary>
public enum Article5Consequence
{
    NotKnown,
    Yes,
    No,
}

/// <summary>A WRC-23 agenda item (Resolution 811 (WRC-19)): <c>1.2</c>, <c>9.1 b</c>.</summary>
public sealed record AgendaItem(string Number, string Resolution, string Title, AgendaScope Scope, Provenance Provenance)
{
    /// <summary>Whether the item asks for a change to the Article 5 Table; not known unless a file says.</summary>
    public Article5Consequence Article5 { get; init; }
}

/// <summary>One band of an agenda item, in one Region, with what is asked there.</summary>
public sealed record AgendaBand(
    string AgendaItem,
    ChangeArea Area,
    FrequencyRange Range,
    RadioService? Service,
    AgendaBandAction Action,
    AllocationStatus? Status,
    Identification? Identifies,
    Highlight Highlight,
    Provenance Provenance)
{
    /// <summary>The change to the Table this band asks for, or null for a study or protection.</summary>
    public AmendmentAction? AsAmendment => Action switch
    {
        AgendaBandAction.Study or AgendaBandAction.Protect => null,
        _ => (AmendmentAction)(int)Action,
    };
}

/// <summary>A delegation's stance on an agenda item.</summary>
public enum Stance
{
    Support,
    SupportWithConditions,
    Oppose,
    NoChange,
    NoObjection,

    /// <summary>No stance is recorded: the sources found give none (never read as support or opposition).</summary>
    NotRecorded,
}

/// <summary>
/// A common position (the EU's) on one band of an agenda item, with its conditions, and the conference's outcome
/// beside it with its own confidence.
/// </summary>
public sealed record Position(
    string AgendaItem,
    ChangeArea Area,
    FrequencyRange Range,
    Stance Stance,
    string Conditions,
    string Outcome,
    Confidence OutcomeConfidence,
    Provenance Provenance)
{
    /// <summary>What the conference did with what the item asked in this band, where the source says; null if not known.</summary>
    public OutcomeKind? OutcomeKind { get; init; }
}

/// <summary>What a conference did with what an agenda item asked, in one band.</summary>
public enum OutcomeKind
{
    /// <summary>The change asked for was made.</summary>
    Adopted,

    /// <summary>Part of it was made (in some countries only, by footnote, or a weaker measure than the one asked).</summary>
    AdoptedInPart,

    /// <summary>A change was considered and not made.</summary>
    NotAdopted,

    /// <summary>The Table was left as it was (no change, NOC).</summary>
    NoChange,
}

/// <summary>The regional telecommunication organisations that prepare common positions for a conference.</summary>
public enum RegionalOrganisation
{
    /// <summary>Asia-Pacific Telecommunity.</summary>
    Apt,

    /// <summary>Arab Spectrum Management Group.</summary>
    Asmg,

    /// <summary>African Telecommunications Union.</summary>
    Atu,

    /// <summary>European Conference of Postal and Telecommunications Administrations.</summary>
    Cept,

    /// <summary>Inter-American Telecommunication Commission.</summary>
    Citel,

    /// <summary>Regional Commonwealth in the Field of Communications.</summary>
    Rcc,
}

/// <summary>A method of the CPM Report to satisfy an agenda item: its letter (<c>A</c>, <c>D</c>) and what it does.</summary>
public sealed record CpmMethod(string AgendaItem, string Method, string Summary, Provenance Provenance);

/// <summary>
/// A regional organisation's view on an agenda item, with the CPM method it supports where the source names one
/// (empty otherwise).
/// </summary>
public sealed record RegionalPosition(string AgendaItem, RegionalOrganisation Organisation, string Method, string View, Provenance Provenance);
