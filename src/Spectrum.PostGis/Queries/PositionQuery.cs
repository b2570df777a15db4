using Npgsql;
using NpgsqlTypes;
using Spectrum.Conference;
using Spectrum.PostGis.Import;

namespace Spectrum.PostGis.Queries;

/// <summary>A stored position with the title of its agenda item.</summary>
public sealed record StoredPosition(Position Position, string Title);

/// <summary>Reads the positions the store holds, by agenda item.</summary>
public sealed class PositionQuery(NpgsqlDataSource dataSource)
{
    /// <param name="agendaItem">One agenda item (<c>1.2</c>), or null for all.</param>
    public async Task<IReadOnlyList<StoredPosition>> FindAsync(string? agendaItem, CancellationToken cancellationToken)
    {
        // In numbering order (1.2 before 1.10) by the digit groups of the number, whatever else a stored number holds.
        await using var command = dataSource.CreateCommand(
            """
            SELECT p.agenda_item, i.title, p.area, p.regions, p.listed_only, lower(p.range), upper(p.range), p.stance,
                   p.conditions, p.outcome, p.outcome_confidence, p.source, p.confidence, p.outcome_kind
            FROM position p JOIN agenda_item i ON i.number = p.agenda_item
            WHERE $1::text IS NULL OR p.agenda_item = $1
            ORDER BY ARRAY(SELECT n[1]::numeric FROM regexp_matches(p.agenda_item, '[0-9]+', 'g') AS n), p.agenda_item, lower(p.range), p.area
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)agendaItem ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var positions = new List<StoredPosition>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var area = ChangeArea.FromWritten(reader.GetString(2), reader.GetFieldValue<string[]>(3).Select(AreaCode.Parse).ToArray(), reader.GetBoolean(4));
            positions.Add(new StoredPosition(
                new Position(
                    reader.GetString(0),
                    area,
                    FrequencyRange.FromHz(reader.GetInt64(5), reader.GetInt64(6)),
                    Terms.StanceOf(reader.GetString(7)) ?? throw new InvalidOperationException("the store's check allows only known stances"),
                    reader.GetString(8),
                    reader.GetString(9),
                    Terms.ConfidenceOf(reader.GetString(10)),
                    new Provenance(reader.GetString(11), Terms.ConfidenceOf(reader.GetString(12))))
                {
                    OutcomeKind = reader.IsDBNull(13) ? null : Terms.OutcomeKindOf(reader.GetString(13)),
                },
                reader.GetString(1)));
        }

        return positions;
    }

    /// <summary>The agenda items stored, in their numbering order.</summary>
    public async Task<IReadOnlyList<AgendaItem>> AgendaItemsAsync(CancellationToken cancellationToken)
    {
        // As in FindAsync: by the digit groups of the number, which need not all be digits.
        await using var command = dataSource.CreateCommand(
            """
            SELECT number, resolution, title, scope, source, confidence, article5 FROM agenda_item
            ORDER BY ARRAY(SELECT n[1]::numeric FROM regexp_matches(number, '[0-9]+', 'g') AS n), number
            """);
        var items = new List<AgendaItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var scope = Terms.AgendaScopeOf(reader.GetString(3)) ?? throw new InvalidOperationException("the store's check allows only known scopes");
            items.Add(new AgendaItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), scope,
                new Provenance(reader.GetString(4), Terms.ConfidenceOf(reader.GetString(5))))
            {
                Article5 = Terms.Article5ConsequenceOf(reader.GetString(6)) ?? throw new InvalidOperationException("the store's check allows only known values"),
            });
        }

        return items;
    }

    /// <summary>The CPM methods stored, by agenda item and method letter.</summary>
    public async Task<IReadOnlyList<CpmMethod>> CpmMethodsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT agenda_item, method, summary, source, confidence FROM cpm_method ORDER BY agenda_item, method");
        var methods = new List<CpmMethod>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            methods.Add(new CpmMethod(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                new Provenance(reader.GetString(3), Terms.ConfidenceOf(reader.GetString(4)))));
        }

        return methods;
    }

    /// <summary>The regional positions stored, by agenda item and organisation, in file order within them.</summary>
    public async Task<IReadOnlyList<RegionalPosition>> RegionalPositionsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT agenda_item, organisation, method, view, source, confidence FROM regional_position ORDER BY agenda_item, organisation, ctid");
        var positions = new List<RegionalPosition>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var organisation = Terms.RegionalOrganisationOf(reader.GetString(1)) ?? throw new InvalidOperationException("the store's check allows only known organisations");
            positions.Add(new RegionalPosition(reader.GetString(0), organisation, reader.IsDBNull(2) ? "" : reader.GetString(2), reader.GetString(3),
                new Provenance(reader.GetString(4), Terms.ConfidenceOf(reader.GetString(5)))));
        }

        return positions;
    }

    /// <summary>True when the store has this agenda item.</summary>
    public async Task<bool> HasAgendaItemAsync(string agendaItem, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM agenda_item WHERE number = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = agendaItem });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }
}
