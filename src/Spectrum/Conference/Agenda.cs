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

/// <summary>A WRC-23 agenda item (Resolution 811 (WRC-19)): <c>1.2</c>, <c>9.1 b</c>.</summary>
public sealed record AgendaItem(string Number, string Resolution, string Title, AgendaScope Scope, Provenance Provenance);

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
    Provenance Provenance);
