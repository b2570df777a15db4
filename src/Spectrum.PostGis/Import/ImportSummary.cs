namespace Spectrum.PostGis.Import;

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(int Areas, int Tables, long Allocations, long BandFootnoteRows, int Footnotes);
