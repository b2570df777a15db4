using System.Security.Cryptography;
using System.Text;
using Spectrum.Charts;
using Spectrum.Conference;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;

namespace Spectrum.Briefing;

/// <summary>What the briefing says about one agenda item: its bands, the positions on them, the chart and the findings.</summary>
public sealed record ItemBrief(
    AgendaItem Item,
    IReadOnlyList<AgendaBand> Bands,
    IReadOnlyList<Position> Positions,
    IReadOnlyList<Finding> Findings,
    string? ChartFile)
{
    /// <summary>The methods of the CPM-23 Report to satisfy the item.</summary>
    public IReadOnlyList<CpmMethod> Methods { get; init; } = [];

    /// <summary>The regional organisations' views on the item.</summary>
    public IReadOnlyList<RegionalPosition> Regional { get; init; } = [];

    /// <summary>What the administration and its neighbours use the item's bands for, by their national tables; empty per Region.</summary>
    public IReadOnlyList<NationalUse> NationalUse { get; init; } = [];

    /// <summary>The anchor and file stem of the item: <c>ai-9.1b</c>.</summary>
    public string Slug => SlugOf(Item.Number);

    /// <summary>The first of the findings, which are in <see cref="Findings.Ordered"/> order: the most severe.</summary>
    public Finding? Worst => Findings.Count == 0 ? null : Findings[0];

    /// <summary>The stances on the item, with how many bands each covers: <c>support-with-conditions (4)</c>.</summary>
    public string StanceSummary => Positions.Count == 0
        ? "no position"
        : string.Join(", ", Positions.GroupBy(p => p.Stance).Select(g => $"{Terms.Of(g.Key)} ({g.Count()})"));

    public string OutcomeSummary => Positions.Count == 0
        ? "not recorded"
        : string.Join("; ", Positions.Select(p => p.Outcome).Where(o => o.Length > 0).Distinct());

    /// <summary>
    /// <c>ai-</c> and the number without spaces. A store may be shared, so a number need not be one the data files allow:
    /// any character but a letter, digit, <c>.</c> or <c>-</c> becomes <c>_</c>, and such a stem (or a long one) ends
    /// with a hash of the number to keep it apart from others. No number can lead a chart out of the charts folder or
    /// out of an HTML attribute.
    /// </summary>
    internal static string SlugOf(string number)
    {
        const int MaxLength = 64;
        var compact = number.Replace(" ", "", StringComparison.Ordinal);
        var safe = string.Concat(compact.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        if (safe == compact && safe.Length <= MaxLength)
        {
            return "ai-" + safe;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(number)))[..8];
        return $"ai-{safe[..Math.Min(safe.Length, MaxLength)]}-{hash}";
    }
}

/// <summary>
/// The whole pack: the edition its charts show, the one its findings use, the overview of the Table (one chart per
/// decade, each fitting a page), every agenda item's brief, and the administration the findings were screened for
/// (null: each Region).
/// </summary>
public sealed record BriefingPack(string Edition, string FindingsEdition, DateOnly Date, IReadOnlyList<OverviewStrip> Overview, IReadOnlyList<ItemBrief> Items)
{
    public AreaCode? ScreenedFor { get; init; }
}

/// <summary>
/// What one country's tables list as applications in one band of an agenda item (MFCN, PMSE, radars…), with the
/// table they come from; <see cref="Neighbour"/> when the country borders the administration screened for.
/// </summary>
public sealed record NationalUse(AreaCode Country, bool Neighbour, FrequencyRange Band, IReadOnlyList<ApplicationRow> Applications);

/// <summary>One decade of the overview: its range and its chart file, relative to the briefing's folder.</summary>
public sealed record OverviewStrip(FrequencyRange Range, string File);

/// <summary>The credit every chart and document of the briefing gives its data, in one place.</summary>
public static class DataCredit
{
    public const string Text =
        "ITU Radio Regulations Article 5 (2012 edition via EarthFrequencies, CC BY-SA 4.0) with WRC-15/19/23 amendments and EU positions as shipped in data/";

    /// <summary>The options of a chart of the briefing, or of <c>spectrum chart</c>.</summary>
    public static ChartOptions ChartOptions(DateOnly date, string title, string edition) => new(date)
    {
        Title = title,
        Edition = edition,
        DataSource = Text,
    };
}
