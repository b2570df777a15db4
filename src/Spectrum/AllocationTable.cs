namespace Spectrum;

/// <summary>
/// A table of frequency allocations for one area in one edition: the ITU Region 1 column of the 2012 Radio
/// Regulations, or a national table. Allocations are kept in frequency order.
/// </summary>
public sealed class AllocationTable
{
    public AllocationTable(
        string name,
        string edition,
        AreaCode area,
        IEnumerable<Allocation> allocations,
        IEnumerable<BandFootnotes>? bandFootnotes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        Name = name;
        Edition = edition;
        Area = area;
        Allocations = allocations.OrderBy(a => a.Range).ToArray();
        BandFootnotes = (bandFootnotes ?? []).OrderBy(b => b.Range).ToArray();
    }

    public string Name { get; }

    public string Edition { get; }

    public AreaCode Area { get; }

    public IReadOnlyList<Allocation> Allocations { get; }

    public IReadOnlyList<BandFootnotes> BandFootnotes { get; }

    /// <summary>Every allocation that shares at least one hertz with <paramref name="range"/>.</summary>
    public IEnumerable<Allocation> AllocationsIn(FrequencyRange range) =>
        Allocations.TakeWhile(a => a.Range.Lower < range.Upper).Where(a => a.Range.Overlaps(range));

    public override string ToString() => $"{Name} ({Edition}, {Area})";
}
