using Spectrum.Areas;
using Spectrum.Conference;

namespace Spectrum;

/// <summary>
/// Everything one import writes, in one transaction: areas (when a countries list was read), footnotes, tables (the
/// editions built and the tables read) with the application layers of the tables read, the editions and the
/// conference's agenda.
/// </summary>
public sealed record ImportBatch(AreaCatalog? Areas, IReadOnlyList<Footnote> Footnotes, IReadOnlyList<AllocationTable> Tables)
{
    /// <summary>Edition names in order of age; when given, they replace the stored list.</summary>
    public IReadOnlyList<EditionDefinition> Editions { get; init; } = [];

    /// <summary>The application layer of tables of <see cref="Tables"/> (by name and edition), written with them.</summary>
    public IReadOnlyList<TableApplications> Applications { get; init; } = [];

    /// <summary>When given, agenda items replace the stored ones, with their bands and positions.</summary>
    public IReadOnlyList<AgendaItem> AgendaItems { get; init; } = [];

    public IReadOnlyList<AgendaBand> AgendaBands { get; init; } = [];

    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>The methods of the CPM Report, replaced with the agenda items.</summary>
    public IReadOnlyList<CpmMethod> CpmMethods { get; init; } = [];

    /// <summary>The positions of regional organisations, replaced with the agenda items.</summary>
    public IReadOnlyList<RegionalPosition> RegionalPositions { get; init; } = [];
}
