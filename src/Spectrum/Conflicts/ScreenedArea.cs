using Spectrum.Footnotes;

namespace Spectrum.Conflicts;

/// <summary>How a neighbour borders the area: a shared land border, or across the sea within <see cref="ScreenedArea.SeaDistanceMetres"/>.</summary>
public enum NeighbourPath
{
    Land,
    Sea,
}

/// <summary>A country (or, for a Region, another Region) that borders the screened area, how, and at what distance (0 for land).</summary>
public sealed record Neighbour(AreaCode Code, NeighbourPath Path, long DistanceMetres);

/// <summary>
/// The area a proposal is screened in, as the finder needs it: its code, the countries it holds (each with its ITU
/// Region: a footnote rule holds in the area when it holds in one of them), its neighbours, and the countries among
/// area and neighbours that are CEPT members (for the HCM Agreement).
/// </summary>
public sealed record ScreenedArea(AreaCode? Code, IReadOnlyDictionary<AreaCode, AreaCode> Countries, IReadOnlyList<Neighbour> Neighbours)
{
    /// <summary>
    /// 150 km: two countries whose territories (in their own Regions) come this close across the sea (the shortest line
    /// between them mostly over water, not across a third country) are neighbours. A choice of this planner, not an RR figure: it takes the North Sea
    /// crossing from the Netherlands to the United Kingdom (135 km in the shipped polygons) that a delegation coordinates
    /// with, and leaves out countries reached only across a third one.
    /// </summary>
    public const long SeaDistanceMetres = 150_000;

    public static ScreenedArea Unknown { get; } = new(null, new Dictionary<AreaCode, AreaCode>(), []);

    /// <summary>Codes of the CEPT members among the area's countries and its neighbours.</summary>
    public IReadOnlySet<AreaCode> Cept { get; init; } = new HashSet<AreaCode>();

    /// <summary>True when the rule holds wherever its footnote is cited, names the area's Region, or holds in a country the area holds.</summary>
    public bool Holds(FootnoteRule rule) =>
        rule.Where.IsEverywhere
        || (Code is { Kind: AreaKind.Region } region && rule.Where.Areas.Contains(region))
        || Countries.Any(c => rule.Where.Includes(c.Key, c.Value));

    /// <summary>The neighbours a rule names by country (not by Region, nor everywhere) that the area does not hold.</summary>
    public IEnumerable<Neighbour> NamedIn(FootnoteRule rule) =>
        rule.Where.IsEverywhere ? [] : Neighbours.Where(n => n.Code.Kind == AreaKind.Country && rule.Where.Areas.Contains(n.Code) && !Countries.ContainsKey(n.Code));
}

/// <summary>The coordination instrument that applies between two administrations for a service in a band, where this planner knows one.</summary>
public static class CoordinationInstruments
{
    /// <summary>
    /// GE06 (Regional Agreement, Geneva 2006) for broadcasting in 174-230 and 470-862 MHz in Region 1; the HCM Agreement
    /// for fixed and land mobile services between European administrations (29.7 MHz-43.5 GHz), where both are parties;
    /// otherwise null (bilateral coordination).
    /// </summary>
    public static string? For(RadioService service, FrequencyRange band, bool region1, bool bothCept)
    {
        if (region1 && service.Kind == ServiceKind.Broadcasting && (band.Overlaps(Vhf) || band.Overlaps(Uhf)))
        {
            return "the GE06 Agreement";
        }

        return bothCept && band.Overlaps(Hcm) && (service.Kind == ServiceKind.Fixed || service.Kind.IsKindOf(ServiceKind.Mobile))
            ? "the HCM Agreement, where both administrations are parties"
            : null;
    }

    private static readonly FrequencyRange Vhf = FrequencyRange.Parse("174-230 MHz");
    private static readonly FrequencyRange Uhf = FrequencyRange.Parse("470-862 MHz");
    private static readonly FrequencyRange Hcm = FrequencyRange.FromHz(29_700_000, 43_500_000_000);
}
