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
        var sorted = allocations.OrderBy(a => a.Range).ToArray();
        Allocations = sorted;
        BandFootnotes = (bandFootnotes ?? []).OrderBy(b => b.Range).ToArray();
        _highestUpperSoFar = new long[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            _highestUpperSoFar[i] = Math.Max(i == 0 ? 0 : _highestUpperSoFar[i - 1], sorted[i].Range.UpperHz);
        }
    }

    // The highest upper edge up to each allocation. It never decreases, nor do the lower edges in frequency order, so
    // the allocations that can overlap a range are found by two binary searches, whatever the size of the table.
    private readonly long[] _highestUpperSoFar;

    public string Name { get; }

    public string Edition { get; }

    public AreaCode Area { get; }

    public IReadOnlyList<Allocation> Allocations { get; }

    public IReadOnlyList<BandFootnotes> BandFootnotes { get; }

    /// <summary>Every allocation that shares at least one hertz with <paramref name="range"/>.</summary>
    public IEnumerable<Allocation> AllocationsIn(FrequencyRange range)
    {
        // Before `first` every allocation ends at or below the range's lower edge; from `end` on, each starts at or above its upper edge.
        var first = FirstAbove(i => _highestUpperSoFar[i], range.LowerHz);
        var end = FirstAbove(i => Allocations[i].Range.LowerHz, range.UpperHz - 1);
        for (var i = first; i < end; i++)
        {
            if (Allocations[i].Range.Overlaps(range))
            {
                yield return Allocations[i];
            }
        }
    }

    public override string ToString() => $"{Name} ({Edition}, {Area})";

    // The first allocation index whose key is above `value`, for a key that never decreases; the count when there is none.
    private int FirstAbove(Func<int, long> key, long value)
    {
        int low = 0, high = Allocations.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (key(middle) > value)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
