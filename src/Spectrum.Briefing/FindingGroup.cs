using System.Text.RegularExpressions;
using Spectrum.Conflicts;

namespace Spectrum.Briefing;

/// <summary>
/// The same finding in several areas, printed once: findings of one kind and severity, in one band, against the same
/// service at the same status, with the same direction and the same ask, that differ only in the area screened (and
/// the table, Region or neighbour, the incumbent stands in). A briefing per Region would otherwise print most findings
/// three times, word for word but for the Region's number.
/// </summary>
public sealed partial record FindingGroup(
    Severity Severity,
    FindingKind Kind,
    FrequencyRange Band,
    string Incumbent,
    string? Direction,
    string Ask,
    IReadOnlyList<Finding> Members)
{
    public int Count => Members.Count;

    /// <summary>Where the proposal was screened and, where it differs, the table the incumbent stands in: <c>Region 1, Region 2</c>.</summary>
    public string Where => string.Join(", ", Members.Select(m =>
        Normalised(m.Incumbent.Table) == Normalised(m.Proposal.AreaLabel) ? m.Proposal.AreaLabel : $"{m.Proposal.AreaLabel} (table {m.Incumbent.Table})").Distinct());

    /// <summary>
    /// Every provision the members rest on, once; the Table of several areas cited once with them all:
    /// <c>RR Article 5 (Table, Region 1, Region 2)</c>.
    /// </summary>
    public IReadOnlyList<string> Provisions
    {
        get
        {
            var all = Members.SelectMany(m => m.Provisions).Distinct().ToList();
            var tables = all.Select(p => TableProvision().Match(p)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
            if (tables.Count < 2)
            {
                return all;
            }

            var first = all.FindIndex(p => TableProvision().IsMatch(p));
            var merged = all.Where(p => !TableProvision().IsMatch(p)).ToList();
            merged.Insert(Math.Min(first, merged.Count), $"RR Article 5 (Table, {string.Join(", ", tables)})");
            return merged;
        }
    }

    /// <summary>
    /// The members' reason, said once: when the reasons differ only in the area and table named, the one sentence with
    /// all of them; otherwise the first's, with how many other areas have the like.
    /// </summary>
    public string Reason
    {
        get
        {
            var first = Members[0];
            if (Members.Count == 1)
            {
                return first.Reason;
            }

            var shapes = Members.Select(m => Shape(m)).Distinct().ToList();
            return shapes.Count == 1
                ? Named(Named(shapes[0], TableMark, [.. Members.Select(m => m.Incumbent.Table).Distinct()]),
                    AreaMark, [.. Members.Select(m => m.Proposal.AreaLabel).Distinct()])
                : $"{first.Reason} Likewise in {string.Join(", ", Members.Skip(1).Select(m => m.Proposal.AreaLabel).Distinct())}.";
        }
    }

    // The mark replaced by the names; several names that are the subject take the plural verb ("Region 1, Region 2 have").
    private static string Named(string shape, string mark, IReadOnlyList<string> names)
    {
        var text = names.Count < 2 ? shape : shape
            .Replace(mark + " has ", mark + " have ", StringComparison.Ordinal)
            .Replace(mark + " is ", mark + " are ", StringComparison.Ordinal);
        return text.Replace(mark, string.Join(", ", names), StringComparison.Ordinal);
    }

    private const string TableMark = "\u0001table\u0001", AreaMark = "\u0001area\u0001";

    /// <summary>The groups of the findings, in the order of their first member (the findings' own order).</summary>
    public static IReadOnlyList<FindingGroup> Of(IEnumerable<Finding> findings) =>
    [
        .. findings
            .GroupBy(f => (f.Severity, f.Kind, f.Band, Incumbent: IncumbentOf(f), f.Direction, f.Ask))
            .Select(g => new FindingGroup(g.Key.Severity, g.Key.Kind, g.Key.Band, g.Key.Incumbent, g.Key.Direction, g.Key.Ask, [.. g])),
    ];

    /// <summary>What a kind of finding means, in one sentence, for the head of its table.</summary>
    public static string Meaning(FindingKind kind) => kind switch
    {
        FindingKind.PassiveBand => "The proposal would transmit in a band where RR No. 5.340 prohibits all emissions.",
        FindingKind.AdjacentPassive => "A 5.340 band or a primary passive allocation lies within the proposal's out-of-band domain, or Resolution 750 names the pair: unwanted-emission limits decide.",
        FindingKind.CoPrimary => "A primary allocation to another service in the band, with the direction interference takes.",
        FindingKind.RadioAstronomy => "Radio astronomy in the band (high) or within the out-of-band domain (medium): allocated, or protected by No. 5.149.",
        FindingKind.FootnoteNotice => "A footnote asks administrations to bear a service in mind in the band (No. 5.458).",
        FindingKind.Identification => "What the identification rests on: the allocation it needs and the conditions that come with it.",
        FindingKind.SecondaryStatus => "A secondary proposal over a primary incumbent: it must protect it and cannot claim protection (RR Nos. 5.28-5.31).",
        FindingKind.SecondaryAffected => "A secondary allocation to another service in the band of a primary proposal (RR Nos. 5.28-5.31).",
        FindingKind.AdjacentBand => "A primary space service whose receivers lie within the proposal's out-of-band domain.",
        FindingKind.Threat => "Something that transmits in or next to the band to be protected.",
        FindingKind.CrossBorder => "A neighbour's allocation, or a footnote allocation in a neighbour, that the area's own tables do not have.",
        FindingKind.FootnoteAllocation => "An additional or alternative allocation, or a different category of service, by footnote, in countries the area holds.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // "FIXED-SATELLITE (Earth-to-space), primary", or the provision a band without a service rests on.
    private static string IncumbentOf(Finding finding) =>
        finding.Incumbent.Service is { } service
            ? $"{service.Name}{(finding.Incumbent.Status is { } status ? ", " + Terms.Of(status) : "")}"
            : finding.Provisions.FirstOrDefault() ?? "RR No. 5.340";

    private static string Shape(Finding finding) =>
        finding.Reason.Replace(finding.Incumbent.Table, TableMark, StringComparison.Ordinal).Replace(finding.Proposal.AreaLabel, AreaMark, StringComparison.Ordinal);

    // "ITU Region 1" and "Region 1" name the same area.
    private static string Normalised(string area) => area.StartsWith("ITU ", StringComparison.Ordinal) ? area[4..] : area;

    [GeneratedRegex(@"^RR Article 5 \(Table, (.+)\)$")]
    private static partial Regex TableProvision();
}
