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
/// </summary>
public static class TableApplicability
{
    /// <summary>True when a table for <paramref name="table"/>'s area applies in the area <paramref name="asked"/>.</summary>
    public static bool AppliesIn(AreaFacts table, AreaFacts asked) =>
        table.Code == asked.Code
        || asked.Groups.Contains(table.Code)
        || (table.Code.Kind == AreaKind.Region && asked.Code.Kind == AreaKind.Country && asked.Region == RegionOf(table.Code))
        || (asked.Code.Kind == AreaKind.Region && table.Code.Kind != AreaKind.Region && table.Region == RegionOf(asked.Code));

    private static ItuRegion? RegionOf(AreaCode region) => region.RegionNumber is { } n ? (ItuRegion)n : null;
}
