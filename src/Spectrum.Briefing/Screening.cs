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
    /// <summary>
    /// The proposals an agenda item's bands make (<see cref="AgendaProposals"/>), each in its own Region; with an area
    /// given, only those in the Regions it lies in, each screened in that area (a country's own tables apply). With a
    /// range, only the bands that overlap it.
    /// </summary>
    public async Task<IReadOnlyList<ScreeningRequest>> OfAgendaItemAsync(
        string agendaItem, AreaFilter area, FrequencyRange? range, CancellationToken cancellationToken)
    {
        var bands = await new AgendaBandQuery(dataSource).FindAsync(agendaItem, range, cancellationToken);
        var proposals = AgendaProposals.Of(bands);
        if (area is AreaFilter.Anywhere)
        {
            return [.. proposals.Select(p => new ScreeningRequest(p, new AreaFilter.Known(p.Area!.Value)))];
        }

        var regions = await new AreaQuery(dataSource).RegionsOfAsync(area, cancellationToken);
        return [.. AgendaProposals.Within(proposals, regions).Select(p => new ScreeningRequest(p, area))];
    }

    public async Task<IReadOnlyList<Finding>> FindAsync(
        IEnumerable<ScreeningRequest> requests, string edition, long guardHz, CancellationToken cancellationToken)
    {
        var query = new ConflictQuery(dataSource);
        var findings = new List<Finding>();
        foreach (var request in requests)
        {
            findings.AddRange(await query.FindAsync(request.Proposal, request.Area, edition, guardHz, cancellationToken));
        }

        return Findings.Ordered(findings);
    }
}
