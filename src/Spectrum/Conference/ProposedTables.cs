namespace Spectrum.Conference;

/// <summary>
/// The table "as a position proposes" for an agenda item (data/README.md): the base edition plus the agenda item's
/// band rows that a supporting position covers (same area, range within the position's), applied in order with the
/// amendment semantics. Studies, protections and an allocation added without status change no table; bands under
/// <c>oppose</c>, <c>no-change</c> or <c>no-objection</c> are not applied.
/// </summary>
public static class ProposedTables
{
    /// <summary>The edition the proposals start from: the table WRC-23 started from.</summary>
    public const string BaseEditionName = "RR-2020";

    /// <summary>The edition name of the table proposed for an agenda item: <c>EU-1.2</c>, <c>EU-9.1b</c>.</summary>
    public static string EditionName(string agendaItem) => "EU-" + agendaItem.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The changes the positions support, by agenda item, as amendments (in band file order).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Amendment>> Amendments(
        IReadOnlyList<AgendaBand> bands, IReadOnlyList<Position> positions)
    {
        var supported = positions.Where(p => p.Stance is Stance.Support or Stance.SupportWithConditions).ToList();
        var byItem = new Dictionary<string, IReadOnlyList<Amendment>>(StringComparer.Ordinal);
        foreach (var item in bands.Select(b => b.AgendaItem).Distinct())
        {
            var amendments = new List<Amendment>();
            foreach (var band in bands.Where(b => b.AgendaItem == item))
            {
                var position = supported.FirstOrDefault(p => p.AgendaItem == item && Covers(p, band));
                if (position is null || band.AsAmendment is not { } action
                    || (action == AmendmentAction.AddAllocation && band.Status is null))
                {
                    continue;
                }

                var confidence = (Confidence)Math.Max((int)position.Provenance.Confidence, (int)band.Provenance.Confidence);
                amendments.Add(new Amendment(
                    "EU position", item, band.Area, band.Range, band.Service, action, band.Status, null, band.Identifies,
                    new Provenance($"{position.Provenance.Source}; band: {band.Provenance.Source}", confidence),
                    "eu-positions", 0));
            }

            if (amendments.Count > 0)
            {
                byItem[item] = amendments;
            }
        }

        return byItem;
    }

    /// <summary>
    /// The proposed tables of every agenda item whose supported changes alter the table: for each, only the tables of
    /// the Regions those changes act on, built from <paramref name="baseEdition"/>'s tables.
    /// </summary>
    /// <exception cref="ImportException">A supported change that cannot be applied to the base tables.</exception>
    public static IReadOnlyList<Edition> Build(Edition baseEdition, IReadOnlyList<AgendaBand> bands, IReadOnlyList<Position> positions)
    {
        var editions = new List<Edition>();
        var errors = new List<ImportError>();
        foreach (var (item, amendments) in Amendments(bands, positions))
        {
            var name = EditionName(item);
            var regions = amendments.SelectMany(a => a.Area.Regions).ToHashSet();
            var tables = new List<AllocationTable>();
            foreach (var table in baseEdition.Tables.Where(t => regions.Contains(t.Area)))
            {
                try
                {
                    tables.Add(AmendmentEngine.Apply(table, amendments, name));
                }
                catch (ImportException e)
                {
                    errors.AddRange(e.Errors);
                }
            }

            editions.Add(new Edition(
                new EditionDefinition(name, baseEdition.Name, [], [], $"{baseEdition.Name} as the EU position on agenda item {item} proposes",
                    new Provenance("derived from wrc23/agenda-bands.csv and wrc23/eu-positions.csv", amendments.Max(a => a.Provenance.Confidence)))
                {
                    ProposalFor = item,
                },
                tables));
        }

        if (errors.Count > 0)
        {
            throw new ImportException(errors);
        }

        return editions;
    }

    private static bool Covers(Position position, AgendaBand band) =>
        position.Area.ToString() == band.Area.ToString()
        && position.Range.Lower <= band.Range.Lower && band.Range.Upper <= position.Range.Upper;
}
