using Npgsql;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>"What are the EU positions": per WRC-23 agenda item (one, or all), band and Region, with the outcome.
/// <c>spectrum positions</c> and <c>GET /api/positions</c> ask it.</summary>
public sealed record PositionQuestion(string? AgendaItem = null)
{
    public static readonly IReadOnlyList<string> Columns =
        ["agenda_item", "title", "area", "lower_hz", "upper_hz", "band", "stance", "conditions", "outcome", "outcome_confidence", "source", "confidence"];

    public async Task<PositionAnswer> AskAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var query = new PositionQuery(dataSource);
        if (AgendaItem is not null && !await query.HasAgendaItemAsync(AgendaItem, cancellationToken))
        {
            throw new InputException($"unknown agenda item '{AgendaItem}' (spectrum positions lists those imported; spectrum import data loads them)");
        }

        var positions = await query.FindAsync(AgendaItem, cancellationToken);
        return new PositionAnswer(positions, new Listing(Columns, [.. positions.Select(p => new object?[]
        {
            p.Position.AgendaItem, p.Title, p.Position.Area.ToString(), p.Position.Range.LowerHz, p.Position.Range.UpperHz,
            p.Position.Range.ToString(), Terms.Of(p.Position.Stance), p.Position.Conditions, p.Position.Outcome,
            Terms.Of(p.Position.OutcomeConfidence), p.Position.Provenance.Source, Terms.Of(p.Position.Provenance.Confidence),
        })]));
    }
}

/// <summary>The positions found, and as csv and json list them.</summary>
public sealed record PositionAnswer(IReadOnlyList<StoredPosition> Positions, Listing Listing);
