using Spectrum.Conference;

namespace Spectrum.Footnotes;

/// <summary>What a footnote rule does (RR Nos. 5.32-5.44 and the texts of Article 5).</summary>
public enum FootnoteRuleKind
{
    /// <summary>"Additional allocation": a service allocated in the listed countries besides the Table's (No. 5.35).</summary>
    AdditionalAllocation,

    /// <summary>"Alternative allocation": the listed countries' allocation replaces the Table's in the band (No. 5.34).</summary>
    AlternativeAllocation,

    /// <summary>"Different category of service": a service of the Table is primary where it is secondary, or the reverse (No. 5.33).</summary>
    DifferentCategory,

    /// <summary>A band identified for IMT, for high-altitude platform stations (HAPS) or for HAPS as IMT base stations (HIBS).</summary>
    Identification,

    /// <summary>All emissions prohibited (No. 5.340).</summary>
    Prohibition,

    /// <summary>Administrations urged to take all practicable steps to protect a service (No. 5.149 for radio astronomy).</summary>
    Protection,

    /// <summary>Administrations asked to bear a service in mind in their planning (No. 5.458 for passive sensing).</summary>
    Notice,

    /// <summary>Stations of a service shall not cause harmful interference to, or claim protection from, others.</summary>
    NonInterference,
}

/// <summary>What kind of condition a footnote attaches to a rule.</summary>
public enum ConditionKind
{
    /// <summary>Subject to agreement obtained under RR No. 9.21 with the administrations concerned.</summary>
    AgreementUnderNo921,

    /// <summary>A power flux-density limit; <see cref="FootnoteCondition.Value"/> is the limit as written.</summary>
    PowerFluxDensityLimit,

    /// <summary>A Resolution that applies; <see cref="FootnoteCondition.Value"/> is its number and revision.</summary>
    Resolution,

    /// <summary>The rule holds from <see cref="FootnoteCondition.Date"/>.</summary>
    EffectiveFrom,

    /// <summary>The rule holds until <see cref="FootnoteCondition.Date"/>.</summary>
    EffectiveUntil,

    /// <summary>Emissions that another footnote provides for are not prohibited; <see cref="FootnoteCondition.Value"/> is its number.</summary>
    ExceptProvision,

    /// <summary>Use limited as written ("for ground-based transmitters only", "from airborne stations").</summary>
    Limitation,
}

/// <summary>A condition attached to a rule, with the words it was read from.</summary>
public sealed record FootnoteCondition(ConditionKind Kind, string Text)
{
    /// <summary>The date of a date condition.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The provision, Resolution or limit the condition names (<c>9.21</c>, <c>224 (Rev.WRC-12)</c>, <c>-154.5 dBW/(m²∙4 kHz)</c>).</summary>
    public string? Value { get; init; }

    public override string ToString() => Text;
}

/// <summary>
/// One rule read from a footnote: what it does (<see cref="Kind"/>) in which bands, for which services and with which
/// category (allocations only), where (<see cref="Where"/>: countries by ISO 3166-1 alpha-2 code or ITU Regions; empty
/// where the footnote is cited), under which conditions, and the words it was read from.
/// </summary>
public sealed record FootnoteRule(
    FootnoteId Footnote,
    FootnoteRuleKind Kind,
    IReadOnlyList<FrequencyRange> Bands,
    IReadOnlyList<RadioService> Services,
    AllocationStatus? Status,
    AreaList Where,
    IReadOnlyList<FootnoteCondition> Conditions,
    string Text)
{
    /// <summary>What an identification identifies the band for.</summary>
    public Identification? Identifies { get; init; }

    /// <summary>For a non-interference rule, the services its stations must not interfere with nor claim protection from.</summary>
    public IReadOnlyList<RadioService> Toward { get; init; } = [];

    /// <summary>True for the rules that allocate (additional, alternative, different category).</summary>
    public bool IsAllocation => Kind is FootnoteRuleKind.AdditionalAllocation or FootnoteRuleKind.AlternativeAllocation or FootnoteRuleKind.DifferentCategory;

    /// <summary>The countries the rule names (ISO codes), without Regions and exceptions.</summary>
    public IEnumerable<AreaCode> Countries => Where.Areas.Where(a => a.Kind == AreaKind.Country);

    public override string ToString()
    {
        var services = string.Join(", ", Services.Select(s => Status is { } status ? s.Format(status) : s.Name));
        return $"{Footnote} {FootnoteTerms.Of(Kind)} {string.Join(", ", Bands)} {services} in {Where}".Replace("  ", " ", StringComparison.Ordinal);
    }
}

/// <summary>Everything read from one footnote: its rules, the sentences no rule was read from, and the conference that last changed it.</summary>
public sealed record FootnoteRules(FootnoteId Footnote, IReadOnlyList<FootnoteRule> Rules, IReadOnlyList<string> Remarks, string? LastChangedBy)
{
    /// <summary>Every country any rule names, by ISO code, in the order first named.</summary>
    public IReadOnlyList<AreaCode> Countries => Rules.SelectMany(r => r.Countries).Distinct().ToArray();
}

/// <summary>
/// A footnote as the grammar read it: its id, its text (source and repaired; null where the text is not known) and
/// the rules read, or the reason none could be.
/// </summary>
public sealed record FootnoteReading(FootnoteId Footnote, RepairedText? Text, Provenance Provenance, ParseResult<FootnoteRules> Result)
{
    /// <summary>The opening that names an allocation rule (<c>Additional allocation</c>, …), or null.</summary>
    public string? Opening { get; init; }
}

/// <summary>The words the store and the program use for rule and condition kinds, and the way back.</summary>
public static class FootnoteTerms
{
    public static string Of(FootnoteRuleKind kind) => kind switch
    {
        FootnoteRuleKind.AdditionalAllocation => "additional-allocation",
        FootnoteRuleKind.AlternativeAllocation => "alternative-allocation",
        FootnoteRuleKind.DifferentCategory => "different-category",
        FootnoteRuleKind.Identification => "identification",
        FootnoteRuleKind.Prohibition => "prohibition",
        FootnoteRuleKind.Protection => "protection",
        FootnoteRuleKind.Notice => "notice",
        _ => "non-interference",
    };

    /// <summary>The kind a word names (<c>additional-allocation</c> … <c>non-interference</c>, any case), or null.</summary>
    public static FootnoteRuleKind? RuleKindOf(string text) =>
        Enum.GetValues<FootnoteRuleKind>().Cast<FootnoteRuleKind?>().FirstOrDefault(k => Of(k!.Value) == text.ToLowerInvariant());

    public static string Of(ConditionKind kind) => kind switch
    {
        ConditionKind.AgreementUnderNo921 => "agreement-9.21",
        ConditionKind.PowerFluxDensityLimit => "pfd-limit",
        ConditionKind.Resolution => "resolution",
        ConditionKind.EffectiveFrom => "from",
        ConditionKind.EffectiveUntil => "until",
        ConditionKind.ExceptProvision => "except",
        _ => "limitation",
    };
}
