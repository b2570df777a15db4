namespace Spectrum.Conference;

/// <summary>Two amendments of one file that contradict each other, and why; <see cref="First"/> comes first in the file.</summary>
public sealed record AmendmentConflict(Amendment First, Amendment Second, string Reason);

/// <summary>
/// Finds the amendments of one file that contradict each other: two changes to the same service's allocation (added
/// twice, added and removed, removed twice, added and its status changed…), or the same numbered footnote added twice
/// or added and removed on the same allocation or band, in overlapping ranges of the same Region table. Applied in
/// order such rows either fail or undo each other, so a file that holds them says two things at once.
/// </summary>
public static class AmendmentConflicts
{
    /// <summary>
    /// Each amendment that contradicts an earlier one, with the first earlier one it contradicts, in file order: one
    /// conflict per amendment at most, so that a row repeated n times is n - 1 conflicts, not n² / 2. The search takes
    /// time in proportion to n log n, not n², whatever the file holds.
    /// </summary>
    public static IReadOnlyList<AmendmentConflict> Find(IReadOnlyList<Amendment> amendments)
    {
        ArgumentNullException.ThrowIfNull(amendments);

        // Two amendments can only conflict when they change the same thing in the same table: group them so (an
        // amendment on several tables is in several groups), then look for overlapping ranges within each group.
        var groups = new Dictionary<ConflictKey, List<int>>();
        for (var i = 0; i < amendments.Count; i++)
        {
            foreach (var key in Keys(amendments[i]))
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }

                members.Add(i);
            }
        }

        var first = new int[amendments.Count];
        Array.Fill(first, int.MaxValue);
        foreach (var members in groups.Values.Where(m => m.Count > 1))
        {
            FirstOverlaps(amendments, members, first);
        }

        var conflicts = new List<AmendmentConflict>();
        for (var j = 0; j < amendments.Count; j++)
        {
            if (first[j] != int.MaxValue && Reason(amendments[first[j]], amendments[j]) is { } reason)
            {
                conflicts.Add(new AmendmentConflict(amendments[first[j]], amendments[j], reason));
            }
        }

        return conflicts;
    }

    // What an amendment changes, in which table: a service's allocation, or a numbered footnote on a service or on the
    // band; a Region table, or (for countries whose Regions are not known) a country.
    private readonly record struct ConflictKey(bool Allocation, RadioService? Service, FootnoteId? Footnote, AreaCode Table);

    private static IEnumerable<ConflictKey> Keys(Amendment amendment)
    {
        var allocation = IsAllocationChange(amendment.Action);
        if (allocation ? amendment.Service is null : amendment.Footnote is null)
        {
            yield break;
        }

        var tables = amendment.Area.Regions.Count > 0 ? amendment.Area.Regions : amendment.Area.Countries;
        foreach (var table in tables.Distinct())
        {
            yield return new ConflictKey(allocation, amendment.Service, allocation ? null : amendment.Footnote, table);
        }
    }

    // For each member (indices in file order) the first earlier member whose range overlaps its own, kept in first[]
    // when earlier than what another group found. The band edges of the group cut the spectrum into cells; a range
    // covers a run of cells, and two ranges overlap when they share a cell. Each cell remembers the first member that
    // covered it (a member paints only cells not yet painted), and a member asks for the least over its run.
    private static void FirstOverlaps(IReadOnlyList<Amendment> amendments, List<int> members, int[] first)
    {
        var edges = members.SelectMany(m => new[] { amendments[m].Range.LowerHz, amendments[m].Range.UpperHz }).Distinct().Order().ToArray();
        var cells = edges.Length - 1;
        var painter = new CellPainter(cells);
        foreach (var member in members)
        {
            var range = amendments[member].Range;
            var from = Array.BinarySearch(edges, range.LowerHz);
            var to = Array.BinarySearch(edges, range.UpperHz) - 1;
            var earliest = painter.Least(from, to);
            if (earliest < first[member])
            {
                first[member] = earliest;
            }

            painter.Paint(from, to, member);
        }
    }

    /// <summary>
    /// Cells each painted once, by the first to paint them, and the least paint over a run of cells: each cell is painted
    /// once (the unpainted cells are found by skipping painted runs), and the least is kept in a segment tree.
    /// </summary>
    private sealed class CellPainter
    {
        private readonly int _size;
        private readonly int[] _least;
        private readonly int[] _nextUnpainted;

        public CellPainter(int cells)
        {
            _size = 1;
            while (_size < cells)
            {
                _size *= 2;
            }

            _least = new int[2 * _size];
            Array.Fill(_least, int.MaxValue);
            _nextUnpainted = new int[cells + 1];
            for (var i = 0; i <= cells; i++)
            {
                _nextUnpainted[i] = i;
            }
        }

        /// <summary>The least paint over cells <paramref name="from"/> to <paramref name="to"/>; int.MaxValue when none.</summary>
        public int Least(int from, int to)
        {
            var least = int.MaxValue;
            for (int lo = from + _size, hi = to + _size + 1; lo < hi; lo /= 2, hi /= 2)
            {
                if ((lo & 1) == 1)
                {
                    least = Math.Min(least, _least[lo++]);
                }

                if ((hi & 1) == 1)
                {
                    least = Math.Min(least, _least[--hi]);
                }
            }

            return least;
        }

        /// <summary>Paints the cells from <paramref name="from"/> to <paramref name="to"/> not yet painted.</summary>
        public void Paint(int from, int to, int paint)
        {
            for (var cell = NextUnpainted(from); cell <= to; cell = NextUnpainted(cell + 1))
            {
                _nextUnpainted[cell] = cell + 1;
                for (var node = cell + _size; node > 0 && _least[node] > paint; node /= 2)
                {
                    _least[node] = paint;
                }
            }
        }

        // The first unpainted cell from cell on, halving the paths it walks.
        private int NextUnpainted(int cell)
        {
            while (_nextUnpainted[cell] != cell)
            {
                _nextUnpainted[cell] = _nextUnpainted[_nextUnpainted[cell]];
                cell = _nextUnpainted[cell];
            }

            return cell;
        }
    }

    private static string? Reason(Amendment first, Amendment second)
    {
        if (first.Range.Intersect(second.Range) is not { } overlap || SharedTable(first.Area, second.Area) is not { } table)
        {
            return null;
        }

        if (IsAllocationChange(first.Action) && IsAllocationChange(second.Action))
        {
            return first.Service is { } service && service == second.Service
                ? $"{service} is {Done(first)} at line {first.Line} and {Done(second)} at line {second.Line} in overlapping ranges of the {table} table ({overlap})"
                : null;
        }

        if (!IsAllocationChange(first.Action) && !IsAllocationChange(second.Action)
            && first.Footnote is { } footnote && footnote == second.Footnote && first.Service == second.Service)
        {
            var holder = first.Service is null ? "the band footnotes" : $"{first.Service}";
            return $"footnote {footnote} is {Done(first)} at line {first.Line} and {Done(second)} at line {second.Line} on {holder} in overlapping ranges of the {table} table ({overlap})";
        }

        return null;
    }

    // The Region table both act on, by name; country codes whose Regions are not known compare by country.
    private static string? SharedTable(ChangeArea first, ChangeArea second)
    {
        if (first.Regions.Intersect(second.Regions).FirstOrDefault() is { Value: not null } region)
        {
            return region.ToString();
        }

        return first.Regions.Count == 0 && second.Regions.Count == 0 && first.Countries.Intersect(second.Countries).Any()
            ? string.Join(' ', first.Countries.Intersect(second.Countries))
            : null;
    }

    private static bool IsAllocationChange(AmendmentAction action) =>
        action is AmendmentAction.AddAllocation or AmendmentAction.RemoveAllocation or AmendmentAction.ChangeStatus;

    private static string Done(Amendment amendment) => amendment.Action switch
    {
        AmendmentAction.AddAllocation => "added",
        AmendmentAction.RemoveAllocation => "removed",
        AmendmentAction.ChangeStatus => "given a new status",
        AmendmentAction.AddFootnote => "added",
        AmendmentAction.RemoveFootnote => "removed",
        _ => "added by an identification",
    };
}
