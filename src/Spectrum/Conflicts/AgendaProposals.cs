using Spectrum.Conference;

namespace Spectrum.Conflicts;

/// <summary>
/// The proposals an agenda item's bands make: each band in each Region it names, studies included, with the service
/// it names (MOBILE when it names none: IMT runs in the mobile service). A band that only protects proposes nothing
/// to transmit and makes no proposal.
/// </summary>
public static class AgendaProposals
{
    public static IReadOnlyList<Proposal> Of(IEnumerable<AgendaBand> bands) =>
    [
        .. bands
            .Where(b => b.Action != AgendaBandAction.Protect)
            .OrderBy(b => b.Range)
            .ThenBy(b => b.Area.ToString(), StringComparer.Ordinal)
            .SelectMany(band => band.Area.Regions.Select(region => new Proposal(
                band.Range, region, $"Region {region.RegionNumber}", band.Service ?? Mobile, ActionOf(band))
            {
                AgendaItem = band.AgendaItem,
            })),
    ];

    /// <summary>The proposals that lie in one of <paramref name="regions"/>: an area filter given with an agenda item.</summary>
    public static IReadOnlyList<Proposal> Within(IEnumerable<Proposal> proposals, IReadOnlySet<AreaCode> regions) =>
        [.. proposals.Where(p => p.Area is { } area && regions.Contains(area))];

    private static readonly RadioService Mobile = RadioService.Parse("Mobile");

    // "identify-imt", "add-allocation", "change-status": the action, and what it identifies.
    private static string ActionOf(AgendaBand band) =>
        Terms.Of(band.Action) + (band.Identifies is { } identifies ? "-" + Terms.Of(identifies).ToLowerInvariant() : "");
}
