using Spectrum.Conference;

namespace Spectrum.Conflicts;

/// <summary>
/// The proposals an agenda item's bands make, each band in each Region it names, with what it does
/// (<see cref="ProposalAction"/>): an added allocation allocates, a change of status or an addition beside the removal
/// of the same service's secondary allocation upgrades, an identification, a study of an identification or a footnote
/// on an existing allocation (ESIM) identifies, a removal removes, a protection protects. The service is MOBILE when
/// the band names none (IMT runs in the mobile service). Bands of one item, Region, service and action that touch
/// make one proposal.
/// </summary>
public static class AgendaProposals
{
    public static IReadOnlyList<Proposal> Of(IEnumerable<AgendaBand> bands, IReadOnlyList<string>? provisions = null)
    {
        var all = bands.ToList();
        var proposals = new List<Proposal>();
        foreach (var band in all.OrderBy(b => b.Range).ThenBy(b => b.Area.ToString(), StringComparer.Ordinal))
        {
            var service = band.Service ?? Mobile;
            var action = ActionOf(band, all);
            if (action is null)
            {
                continue;
            }

            foreach (var region in band.Area.Regions)
            {
                proposals.Add(new Proposal(band.Range, region, $"Region {region.RegionNumber}", service, action.Value)
                {
                    AgendaItem = band.AgendaItem,
                    Status = action == ProposalAction.Allocate ? band.Status ?? AllocationStatus.Primary : AllocationStatus.Primary,
                    Identifies = band.Identifies,
                    ListedCountriesOnly = band.Area.ListedCountriesOnly,
                    Provisions = provisions ?? [],
                });
            }
        }

        return Joined(proposals);
    }

    /// <summary>The proposals that lie in one of <paramref name="regions"/>: an area filter given with an agenda item.</summary>
    public static IReadOnlyList<Proposal> Within(IEnumerable<Proposal> proposals, IReadOnlySet<AreaCode> regions) =>
        [.. proposals.Where(p => p.Area is { } area && regions.Contains(area))];

    private static readonly RadioService Mobile = RadioService.Parse("Mobile");

    private static ProposalAction? ActionOf(AgendaBand band, IReadOnlyList<AgendaBand> all)
    {
        // An upgrade written as the removal of the secondary allocation and the addition of the primary one.
        bool Paired(AgendaBandAction other) => all.Any(o => o.Action == other && o.AgendaItem == band.AgendaItem && o.Range.Overlaps(band.Range)
            && o.Area.Regions.Intersect(band.Area.Regions).Any() && (o.Service ?? Mobile).IsRelatedTo(band.Service ?? Mobile));
        return band.Action switch
        {
            AgendaBandAction.Protect => ProposalAction.Protect,
            AgendaBandAction.RemoveAllocation when Paired(AgendaBandAction.AddAllocation) => null,
            AgendaBandAction.RemoveAllocation or AgendaBandAction.RemoveFootnote => ProposalAction.Remove,
            AgendaBandAction.AddAllocation when Paired(AgendaBandAction.RemoveAllocation) => ProposalAction.Upgrade,
            AgendaBandAction.AddAllocation => ProposalAction.Allocate,
            AgendaBandAction.ChangeStatus => ProposalAction.Upgrade,
            AgendaBandAction.Identify or AgendaBandAction.AddFootnote => ProposalAction.Identify,
            AgendaBandAction.Study when band.Identifies is not null => ProposalAction.Identify,
            _ => ProposalAction.Allocate,
        };
    }

    // Proposals of one item, area, service, action and status whose bands touch or overlap, as one.
    private static IReadOnlyList<Proposal> Joined(List<Proposal> proposals)
    {
        var joined = new List<Proposal>();
        foreach (var p in proposals.OrderBy(p => p.Area?.Value, StringComparer.Ordinal).ThenBy(p => p.Range))
        {
            var last = joined.FindLastIndex(j => j.Area == p.Area && j.Service == p.Service && j.Action == p.Action && j.Status == p.Status
                && j.Identifies == p.Identifies && j.ListedCountriesOnly == p.ListedCountriesOnly && j.AgendaItem == p.AgendaItem);
            if (last >= 0 && joined[last].Range.UpperHz >= p.Range.LowerHz)
            {
                var j = joined[last];
                joined[last] = j with { Range = FrequencyRange.FromHz(j.Range.LowerHz, Math.Max(j.Range.UpperHz, p.Range.UpperHz)) };
                continue;
            }

            joined.Add(p);
        }

        return [.. joined.OrderBy(p => p.Range).ThenBy(p => p.Area?.Value, StringComparer.Ordinal)];
    }
}
