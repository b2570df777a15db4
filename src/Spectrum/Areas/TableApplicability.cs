namespace Spectrum.Areas;

/// <summary>
/// What the planner knows of an area to tell where a table applies: its code, its ITU Region (a Region's own number;
/// none for a group whose members lie in several), and the groups it belongs to.
/// </summary>
public sealed record AreaFacts(AreaCode Code, ItuRegion? Region, IReadOnlyList<AreaCode> Groups);

/// <summary>
/// Which tables apply where. A country takes the table of its own ITU Region (France answers from Region 1 although
/// French Guiana lies in Region 2), the tables of the groups it belongs to and its own national table; a Region takes
/// its own table and every national or group table inside it; a group takes its own table and its Region's.
/// <para>
/// Editions: a table answers for the edition it belongs to. A national table read as an edition of its own (the
/// EFIS tables are <c>EFIS-2015</c>, which no conference amends and which is no edition of the Table) answers for
/// its own country beside whatever edition of the Radio Regulations is asked, labelled with its own edition: the
/// administration's table is the same whichever RR edition a delegate reads beside it, and its date is what the
/// reader must see. Asked for a Region or a group, only the tables of the edition asked answer.
/// </para>
/// </summary>
public static class TableApplicability
{
    /// <summary>True when a table for <paramref name="table"/>'s area applies in the area <paramref name="asked"/>.</summary>
    public static bool AppliesIn(AreaFacts table, AreaFacts asked) =>
        table.Code == asked.Code
        || asked.Groups.Contains(table.Code)
        || (table.Code.Kind == AreaKind.Region && asked.Code.Kind == AreaKind.Country && asked.Region == RegionOf(table.Code))
        || (asked.Code.Kind == AreaKind.Region && table.Code.Kind != AreaKind.Region && table.Region == RegionOf(asked.Code));

    /// <summary>
    /// True when a table for <paramref name="table"/>'s area, of edition <paramref name="tableEdition"/>, answers in
    /// the area <paramref name="asked"/> for the edition <paramref name="askedEdition"/> (null: any edition).
    /// <paramref name="ownEdition"/> says that the table's edition is its own, not one of the editions of the Table.
    /// </summary>
    public static bool AppliesIn(AreaFacts table, string tableEdition, bool ownEdition, AreaFacts asked, string? askedEdition) =>
        AppliesIn(table, asked)
        && (askedEdition is null || tableEdition == askedEdition
            || (ownEdition && table.Code.Kind == AreaKind.Country && table.Code == asked.Code));

    private static ItuRegion? RegionOf(AreaCode region) => region.RegionNumber is { } n ? (ItuRegion)n : null;
}
