using Npgsql;
using Spectrum.Conference;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>
/// "What are the EU positions": per WRC-23 agenda item (one, or all), band and Region, with the outcome, whether the EU
/// objective was met (<see cref="ObjectiveAssessment"/>), and the item's CPM methods and regional positions.
/// <c>spectrum positions</c> and <c>GET /api/positions</c> ask it.
/// </summary>
public sealed record PositionQuestion(string? AgendaItem = null)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "agenda_item", "title", "area", "lower_hz", "upper_hz", "band", "stance", "conditions", "outcome", "outcome_confidence", "outcome_kind",
        "objective_met", "objective_reason", "objective_confidence", "cpm_methods", "regional_positions", "source", "confidence",
    ];

    public async Task<PositionAnswer> AskAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var query = new PositionQuery(dataSource);
        if (AgendaItem is not null && !await query.HasAgendaItemAsync(AgendaItem, cancellationToken))
        {
            throw new InputException($"unknown agenda item '{AgendaItem}' (spectrum positions lists those imported; spectrum import data loads them)");
        }

        var positions = await query.FindAsync(AgendaItem, cancellationToken);
        var methods = (await query.CpmMethodsAsync(cancellationToken)).ToLookup(m => m.AgendaItem);
        var regional = (await query.RegionalPositionsAsync(cancellationToken)).ToLookup(r => r.AgendaItem);
        return new PositionAnswer(positions, methods, regional, new Listing(Columns, [.. positions.Select(p =>
        {
            var objective = ObjectiveAssessment.Of(p.Position);
            return new object?[]
            {
                p.Position.AgendaItem, p.Title, p.Position.Area.ToString(), p.Position.Range.LowerHz, p.Position.Range.UpperHz,
                p.Position.Range.ToString(), Terms.Of(p.Position.Stance), p.Position.Conditions, p.Position.Outcome,
                Terms.Of(p.Position.OutcomeConfidence), p.Position.OutcomeKind is { } kind ? Terms.Of(kind) : null,
                Terms.Of(objective.Met), objective.Reason, Terms.Of(objective.Confidence),
                MethodsOf(methods[p.Position.AgendaItem]), RegionalOf(regional[p.Position.AgendaItem]),
                p.Position.Provenance.Source, Terms.Of(p.Position.Provenance.Confidence),
            };
        })]));
    }

    /// <summary>"A: no change…; B: …", or null when none is stored.</summary>
    public static string? MethodsOf(IEnumerable<CpmMethod> methods) =>
        methods.Any() ? string.Join("; ", methods.Select(m => $"{m.Method}: {m.Summary} [{m.Provenance.Source}]")) : null;

    /// <summary>"CEPT (Method D): …; ASMG: no change", or null when none is stored.</summary>
    public static string? RegionalOf(IEnumerable<RegionalPosition> positions) =>
        positions.Any()
            ? string.Join("; ", positions.Select(r => $"{Terms.Of(r.Organisation)}{(r.Method.Length > 0 ? $" (Method {r.Method})" : "")}: {r.View} [{r.Provenance.Source}]"))
            : null;
}

/// <summary>The positions found, the CPM methods and regional positions of every agenda item, and the positions as csv
/// and json list them.</summary>
public sealed record PositionAnswer(
    IReadOnlyList<StoredPosition> Positions, ILookup<string, CpmMethod> Methods, ILookup<string, RegionalPosition> Regional, Listing Listing);
