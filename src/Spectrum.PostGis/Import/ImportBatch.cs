using Spectrum.Areas;

namespace Spectrum.PostGis.Import;

/// <summary>Everything one <c>spectrum import</c> call writes, in one transaction.</summary>
public sealed record ImportBatch(AreaCatalog? Areas, IReadOnlyList<Footnote> Footnotes, IReadOnlyList<AllocationTable> Tables);

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(int Areas, int Tables, long Allocations, long BandFootnoteRows, int Footnotes);
