using Npgsql;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;

namespace Spectrum.Briefing;

/// <summary>A proposal and the area it is screened in.</summary>
public sealed record ScreeningRequest(Proposal Proposal, AreaFilter Area);

/// <summary>
/// Screens proposals against the store: each proposal in its area, every finding once, in the one order findings are
/// listed (<see cref="Findings.Ordered"/>). The conflicts command and the briefing screen the same way.
/// </summary>
public sealed class Screening(NpgsqlDataSource dataSource)
{
    private readonly ConflictQuery query = new(dataSource);

    /// <summary>
    /// The proposals an agenda item's bands make (<see cref="AgendaProposals"/>), each resting on the item's Resolution
    /// and screened in its own Region; with an area given, only those in the Regions it lies in, each screened in that
    /// area (a country's own tables and neighbours apply). With a range, only the bands that overlap it.
    /// </summary>
    public async Task<IReadOnlyList<ScreeningRequest>> OfAgendaItemAsync(
        string agendaItem, AreaFilter area, FrequencyRange? range, CancellationToken cancellationToken)
    {
        var bands = await new AgendaBandQuery(dataSource).FindAsync(agendaItem, range, cancellationToken);
        var item = (await new PositionQuery(dataSource).AgendaItemsAsync(cancellationToken)).FirstOrDefault(i => i.Number == agendaItem);
        var proposals = AgendaProposals.Of(bands, item is null ? [] : [$"Resolution {item.Resolution}"]);
        if (area is AreaFilter.Anywhere)
        {
            return [.. proposals.Select(p => new ScreeningRequest(p, new AreaFilter.Known(p.Area!.Value)))];
        }

        var regions = await new AreaQuery(dataSource).RegionsOfAsync(area, cancellationToken);
        return [.. AgendaProposals.Within(proposals, regions).Select(p => new ScreeningRequest(p, area))];
    }

    /// <param name="guardHz">The user's guard band; null lets each proposal's out-of-band domain decide.</param>
    public async Task<IReadOnlyList<Finding>> FindAsync(
        IEnumerable<ScreeningRequest> requests, string edition, long? guardHz, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var request in requests)
        {
            findings.AddRange(await query.FindAsync(request.Proposal, request.Area, edition, guardHz, cancellationToken));
        }

        return Findings.Ordered(findings);
    }
}
