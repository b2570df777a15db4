using Spectrum.Areas;
using Spectrum.Conference;

namespace Spectrum.PostGis.Import;

/// <summary>Everything one <c>spectrum import</c> call writes, in one transaction.</summary>
public sealed record ImportBatch(AreaCatalog? Areas, IReadOnlyList<Footnote> Footnotes, IReadOnlyList<AllocationTable> Tables)
{
    /// <summary>Edition names in order of age; when given, they replace the stored list.</summary>
    public IReadOnlyList<EditionDefinition> Editions { get; init; } = [];

    /// <summary>When given, agenda items replace the stored ones, with their bands and positions.</summary>
    public IReadOnlyList<AgendaItem> AgendaItems { get; init; } = [];

    public IReadOnlyList<AgendaBand> AgendaBands { get; init; } = [];

    public IReadOnlyList<Position> Positions { get; init; } = [];
}

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(int Areas, int Tables, long Allocations, long BandFootnoteRows, int Footnotes);
