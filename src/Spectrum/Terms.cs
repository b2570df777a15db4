using System.Text.Json;
using System.Text.Json.Serialization;
using Spectrum.Conference;

namespace Spectrum;

/// <summary>
/// The words the data files, the store and the program's output use for domain values (<c>primary</c>,
/// <c>support-with-conditions</c>, <c>IMT</c>), and the way back.
/// </summary>
public static class Terms
{
    public static string Of(AllocationStatus status) => status == AllocationStatus.Primary ? "primary" : "secondary";

    public static string Of(Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        _ => "low",
    };

    /// <summary>The status a stored word names (<c>primary</c>, <c>secondary</c>); any other word is a format error.</summary>
    public static AllocationStatus StatusOf(string text) => text switch
    {
        "primary" => AllocationStatus.Primary,
        "secondary" => AllocationStatus.Secondary,
        _ => throw new FormatException($"'{text}' is not a status: expected primary or secondary"),
    };

    /// <summary>The confidence a stored word names (<c>high</c>, <c>medium</c>, <c>low</c>); any other word is a format error.</summary>
    public static Confidence ConfidenceOf(string text) => text switch
    {
        "high" => Confidence.High,
        "medium" => Confidence.Medium,
        "low" => Confidence.Low,
        _ => throw new FormatException($"'{text}' is not a confidence: expected high, medium or low"),
    };

    public static string[] Of(IReadOnlyList<FootnoteId> footnotes)
    {
        var ids = new string[footnotes.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = footnotes[i].Value;
        }

        return ids;
    }

    public static FootnoteId[] FootnotesOf(string[] ids) => Array.ConvertAll(ids, FootnoteId.Parse);

    public static string Of(Stance stance) => stance switch
    {
        Stance.Support => "support",
        Stance.SupportWithConditions => "support-with-conditions",
        Stance.Oppose => "oppose",
        Stance.NoChange => "no-change",
        Stance.NoObjection => "no-objection",
        _ => "not-recorded",
    };

    /// <summary>The stance a word names, in any letter case, or null for a word that names none.</summary>
    public static Stance? StanceOf(string text) => text.ToLowerInvariant() switch
    {
        "support" => Stance.Support,
        "support-with-conditions" => Stance.SupportWithConditions,
        "oppose" => Stance.Oppose,
        "no-change" => Stance.NoChange,
        "no-objection" => Stance.NoObjection,
        "not-recorded" => Stance.NotRecorded,
        _ => null,
    };

    /// <summary>The organisation's abbreviation as files write it: <c>APT</c>, <c>CEPT</c>.</summary>
    public static string Of(RegionalOrganisation organisation) => organisation.ToString().ToUpperInvariant();

    /// <summary>The organisation an abbreviation names (<c>APT</c>, <c>ASMG</c>, <c>ATU</c>, <c>CEPT</c>, <c>CITEL</c>, <c>RCC</c>), in any case, or null.</summary>
    public static RegionalOrganisation? RegionalOrganisationOf(string text) =>
        Enum.GetValues<RegionalOrganisation>().Cast<RegionalOrganisation?>().FirstOrDefault(o => Of(o!.Value) == text.ToUpperInvariant());

    public static string Of(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Adopted => "adopted",
        OutcomeKind.AdoptedInPart => "adopted-in-part",
        OutcomeKind.NotAdopted => "not-adopted",
        _ => "no-change",
    };

    /// <summary>The outcome kind a word names (<c>adopted</c>, <c>adopted-in-part</c>, <c>not-adopted</c>, <c>no-change</c>), or null.</summary>
    public static OutcomeKind? OutcomeKindOf(string text) =>
        Enum.GetValues<OutcomeKind>().Cast<OutcomeKind?>().FirstOrDefault(k => Of(k!.Value) == text.ToLowerInvariant());

    public static string Of(ObjectiveMet met) => met switch
    {
        ObjectiveMet.Met => "met",
        ObjectiveMet.PartlyMet => "partly-met",
        ObjectiveMet.NotMet => "not-met",
        _ => "not-assessed",
    };

    public static string Of(Article5Consequence consequence) => consequence switch
    {
        Article5Consequence.Yes => "yes",
        Article5Consequence.No => "no",
        _ => "not-known",
    };

    /// <summary>The Article 5 consequence a word names (<c>yes</c>, <c>no</c>, <c>not-known</c>), in any case, or null.</summary>
    public static Article5Consequence? Article5ConsequenceOf(string text) =>
        Enum.GetValues<Article5Consequence>().Cast<Article5Consequence?>().FirstOrDefault(c => Of(c!.Value) == text.ToLowerInvariant());

    public static string Of(AgendaScope scope) => scope switch
    {
        AgendaScope.Imt => "imt",
        AgendaScope.EarthObservation => "earth-observation",
        _ => "other",
    };

    /// <summary>The scope a stored word names (<c>imt</c>, <c>earth-observation</c>, <c>other</c>), or null.</summary>
    public static AgendaScope? AgendaScopeOf(string text) =>
        Enum.GetValues<AgendaScope>().Cast<AgendaScope?>().FirstOrDefault(scope => Of(scope!.Value) == text);

    public static string? Of(Highlight highlight) => highlight switch
    {
        Highlight.Imt => "imt",
        Highlight.EarthObservation => "eo",
        _ => null,
    };

    public static string Of(AgendaBandAction action) => action switch
    {
        AgendaBandAction.AddAllocation => "add-allocation",
        AgendaBandAction.RemoveAllocation => "remove-allocation",
        AgendaBandAction.ChangeStatus => "change-status",
        AgendaBandAction.AddFootnote => "add-footnote",
        AgendaBandAction.RemoveFootnote => "remove-footnote",
        AgendaBandAction.Identify => "identify",
        AgendaBandAction.Study => "study",
        _ => "protect",
    };

    public static string Of(Identification identification) => identification switch
    {
        Identification.Imt => "IMT",
        Identification.Haps => "HAPS",
        _ => "HIBS",
    };

    /// <summary>The identification a word names (<c>IMT</c>, <c>HAPS</c>, <c>HIBS</c>, any case), or null.</summary>
    public static Identification? IdentificationOf(string text) => text.ToUpperInvariant() switch
    {
        "IMT" => Identification.Imt,
        "HAPS" => Identification.Haps,
        "HIBS" => Identification.Hibs,
        _ => null,
    };

    public static string Of(AmendmentAction action) => Of((AgendaBandAction)(int)action);

    /// <summary>The action a word names (<c>add-allocation</c> … <c>study</c>, <c>protect</c>, any case), or null.</summary>
    public static AgendaBandAction? AgendaBandActionOf(string text) =>
        Enum.GetValues<AgendaBandAction>().Cast<AgendaBandAction?>().FirstOrDefault(a => Of(a!.Value) == text.ToLowerInvariant());

    /// <summary>The amendment action a word names (an agenda-band action other than study and protect), or null.</summary>
    public static AmendmentAction? AmendmentActionOf(string text) =>
        AgendaBandActionOf(text) is { } action && action is not (AgendaBandAction.Study or AgendaBandAction.Protect)
            ? (AmendmentAction)(int)action
            : null;

    /// <summary>Marks as the JSON array the <c>marks</c> columns hold.</summary>
    public static string MarksJson(IReadOnlyList<ChangeMark> marks) =>
        marks.Count == 0 ? "[]" : JsonSerializer.Serialize(marks.Select(m => new StoredMark(
            m.Conference, m.AgendaItem, m.Identifies is { } i ? Of(i) : null, m.Footnote?.Value, m.ListedCountriesOnly,
            m.Provenance.Source, Of(m.Provenance.Confidence))));

    public static IReadOnlyList<ChangeMark> MarksOf(string json) =>
        json == "[]" ? [] : (JsonSerializer.Deserialize<StoredMark[]>(json) ?? []).Select(m => new ChangeMark(
            m.Conference, m.AgendaItem, m.Identifies is null ? null : IdentificationOf(m.Identifies) ?? throw new FormatException($"'{m.Identifies}' is not an identification"),
            m.Footnote is null ? null : FootnoteId.Parse(m.Footnote), m.ListedCountriesOnly,
            new Provenance(m.Source, ConfidenceOf(m.Confidence)))).ToArray();

    private sealed record StoredMark(
        [property: JsonPropertyName("conference")] string Conference,
        [property: JsonPropertyName("agenda_item")] string? AgendaItem,
        [property: JsonPropertyName("identifies")] string? Identifies,
        [property: JsonPropertyName("footnote")] string? Footnote,
        [property: JsonPropertyName("listed_countries_only")] bool ListedCountriesOnly,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("confidence")] string Confidence);

    public static string Of(Conflicts.Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary><c>passive-band</c>, <c>adjacent-passive</c>, <c>co-primary</c>, …</summary>
    public static string Of(Conflicts.FindingKind kind) => kind switch
    {
        Conflicts.FindingKind.PassiveBand => "passive-band",
        Conflicts.FindingKind.AdjacentPassive => "adjacent-passive",
        Conflicts.FindingKind.CoPrimary => "co-primary",
        Conflicts.FindingKind.RadioAstronomy => "radio-astronomy",
        Conflicts.FindingKind.FootnoteNotice => "footnote-notice",
        Conflicts.FindingKind.Identification => "identification",
        Conflicts.FindingKind.SecondaryStatus => "secondary-status",
        Conflicts.FindingKind.SecondaryAffected => "secondary-affected",
        Conflicts.FindingKind.AdjacentBand => "adjacent-band",
        Conflicts.FindingKind.Threat => "threat",
        Conflicts.FindingKind.CrossBorder => "cross-border",
        _ => "footnote-allocation",
    };
}
