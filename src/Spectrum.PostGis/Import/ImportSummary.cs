namespace Spectrum.PostGis.Import;

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(int Areas, int Tables, long Allocations, long BandFootnoteRows, int Footnotes)
{
    /// <summary>Application rows written (the application layers of the tables).</summary>
    public long Applications { get; init; }
}
