namespace Spectrum.Conference;

/// <summary>What changed in a band between two editions of a table.</summary>
public enum EditionChangeKind
{
    /// <summary>The service is allocated in the later edition only (<see cref="EditionChange.After"/>).</summary>
    AllocationAdded,

    /// <summary>The service is allocated in the earlier edition only (<see cref="EditionChange.Before"/>).</summary>
    AllocationRemoved,

    /// <summary>Primary became secondary or the reverse.</summary>
    StatusChanged,

    /// <summary>A footnote id appears on the allocation (or, without service, the band) that it was not on before.</summary>
    FootnoteAdded,

    FootnoteRemoved,

    /// <summary>An IMT, HAPS or HIBS identification (<see cref="EditionChange.Mark"/>) appears.</summary>
    IdentificationAdded,

    IdentificationRemoved,

    /// <summary>
    /// Another mark appears: a footnote without number, or an allocation made or changed in listed countries
    /// (<see cref="ChangeMark.ListedAllocation"/>).
    /// </summary>
    MarkAdded,

    MarkRemoved,
}

/// <summary>
/// One change between two editions of a table, in one band: <see cref="Service"/> is null for the band's own
/// footnotes and marks. <see cref="Before"/> and <see cref="After"/> are the service's allocation in each edition
/// (range set to <see cref="Band"/>), null where it has none or the change is to the band.
/// </summary>
public sealed record EditionChange(
    FrequencyRange Band,
    EditionChangeKind Kind,
    RadioService? Service,
    Allocation? Before,
    Allocation? After,
    FootnoteId? Footnote,
    ChangeMark? Mark)
{
    public AllocationStatus? OldStatus => Before?.Status;

    public AllocationStatus? NewStatus => After?.Status;

    /// <summary><c>6 425-7 025 MHz Mobile: IMT identified (no number)</c>.</summary>
    /// <summary>What changed in the band, without the band: <c>MOBILE except aeronautical mobile added</c>.</summary>
    public string What => Kind switch
        {
            EditionChangeKind.AllocationAdded => $"{Written(After!)} added",
            EditionChangeKind.AllocationRemoved => $"{Written(Before!)} removed",
            EditionChangeKind.StatusChanged => $"{Service} {Word(Before!.Status)} → {Word(After!.Status)}",
            EditionChangeKind.FootnoteAdded => $"{Holder}: footnote {Footnote} added",
            EditionChangeKind.FootnoteRemoved => $"{Holder}: footnote {Footnote} removed",
            EditionChangeKind.IdentificationAdded => $"{Holder}: {Identified} identified{MarkDetail}",
            EditionChangeKind.IdentificationRemoved => $"{Holder}: {Identified} identification{MarkDetail} removed",
            EditionChangeKind.MarkAdded => $"{Holder}: {MarkText} added",
            _ => $"{Holder}: {MarkText} removed",
        };

    public override string ToString() => $"{Band} {What}";

    private string Holder => Service?.Name ?? "band";

    // IMT, HAPS, HIBS as the RR write them.
    private string Identified => Mark!.Identifies.ToString()!.ToUpperInvariant();

    private string MarkDetail =>
        $" ({(Mark!.Footnote is { } id ? id.ToString() : "no number")}{(Mark.ListedCountriesOnly ? ", listed countries" : "")})";

    private string MarkText => Mark!.ListedAllocation is { } change
        ? $"{change.Service} {(change.Action == AmendmentAction.RemoveAllocation ? "removed" : change.Action == AmendmentAction.AddAllocation ? "added" : "changed")}{(change.Status is { } s ? " " + Word(s) : "")} in listed countries ({(Mark.Footnote is { } id ? id.ToString() : "no number")})"
        : $"footnote without number{(Mark.ListedCountriesOnly ? " (listed countries)" : "")}";

    // As the Table writes it: MOBILE except aeronautical mobile 5.430A.
    private static string Written(Allocation allocation) =>
        string.Join(' ', [allocation.Service.Format(allocation.Status), .. allocation.Footnotes.Select(f => f.Value)]);

    private static string Word(AllocationStatus status) => status == AllocationStatus.Primary ? "primary" : "secondary";
}

/// <summary>The tables of the same name in two editions; one side is null where only the other edition has it.</summary>
public sealed record TablePair(string Name, AllocationTable? Before, AllocationTable? After);

/// <summary>The changes between the two tables of a <see cref="TablePair"/>.</summary>
public sealed record TableDiff(TablePair Tables, IReadOnlyList<EditionChange> Changes);

/// <summary>
/// What changed between two editions of a table, band by band. Both tables are cut at the union of their band edges,
/// so a band split in one edition only (3 400-3 600 MHz kept whole, or cut at 3 500 MHz) shows no change unless its
/// content differs. Within a band, allocations are matched by service (canonical name), footnotes by id, marks by
/// value. Identification changes are listed for allocations present on one side only too, since a planner looks for
/// them; the footnotes of such an allocation are in its <see cref="EditionChange.Before"/> or <see cref="EditionChange.After"/>.
/// </summary>
public static class EditionDiff
{
    /// <summary>
    /// The changes from <paramref name="before"/> to <paramref name="after"/> within <paramref name="range"/> (all of
    /// the tables when null; bands are cut at its edges), sorted by band, then service (band changes first), then kind.
    /// A part of the range where neither table has a band is skipped.
    /// </summary>
    public static IReadOnlyList<EditionChange> Compare(AllocationTable before, AllocationTable after, FrequencyRange? range = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var edges = new SortedSet<Frequency>();
        foreach (var row in Rows(before).Concat(Rows(after)))
        {
            if (range is not { } r || row.Range.Overlaps(r))
            {
                edges.Add(row.Range.Lower);
                edges.Add(row.Range.Upper);
            }
        }

        if (range is { } limits)
        {
            edges.Add(limits.Lower);
            edges.Add(limits.Upper);
            edges.RemoveWhere(e => e < limits.Lower || e > limits.Upper);
        }

        var changes = new List<EditionChange>();
        var beforeSweep = new Sweep(before);
        var afterSweep = new Sweep(after);
        Frequency? previous = null;
        foreach (var edge in edges)
        {
            if (previous is { } lower)
            {
                var band = new FrequencyRange(lower, edge);
                var old = beforeSweep.Covering(band);
                var @new = afterSweep.Covering(band);
                if (!old.IsEmpty || !@new.IsEmpty)
                {
                    CompareBand(band, old, @new, changes);
                }
            }

            previous = edge;
        }

        return [.. changes
            .OrderBy(c => c.Band)
            .ThenBy(c => c.Service?.Name ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Footnote)];
    }

    /// <summary>
    /// Pairs the tables of two editions by name (<c>ITU Region 1</c> with <c>ITU Region 1</c>): the earlier edition's
    /// order, then the tables only the later one has.
    /// </summary>
    /// <exception cref="ArgumentException">Two tables of one edition share a name.</exception>
    public static IReadOnlyList<TablePair> Pair(IEnumerable<AllocationTable> before, IEnumerable<AllocationTable> after)
    {
        var old = ByName(before, nameof(before));
        var @new = ByName(after, nameof(after));
        return
        [
            .. old.Select(t => new TablePair(t.Key, t.Value, @new.GetValueOrDefault(t.Key))),
            .. @new.Where(t => !old.ContainsKey(t.Key)).Select(t => new TablePair(t.Key, null, t.Value)),
        ];
    }

    /// <summary>
    /// <see cref="Compare"/> for every pair of tables of two editions; a table in one edition only is compared with
    /// an empty table, so all its allocations show as added (or removed).
    /// </summary>
    public static IReadOnlyList<TableDiff> CompareEditions(
        IEnumerable<AllocationTable> before, IEnumerable<AllocationTable> after, FrequencyRange? range = null) =>
        [.. Pair(before, after).Select(pair => new TableDiff(pair, Compare(
            pair.Before ?? Empty(pair.After!), pair.After ?? Empty(pair.Before!), range)))];

    private static AllocationTable Empty(AllocationTable like) => new(like.Name, "none", like.Area, []);

    private static Dictionary<string, AllocationTable> ByName(IEnumerable<AllocationTable> tables, string parameter)
    {
        // Insertion order is kept by Dictionary as long as nothing is removed: the pairs follow the editions' order.
        var byName = new Dictionary<string, AllocationTable>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            if (!byName.TryAdd(table.Name, table))
            {
                throw new ArgumentException($"two tables named {table.Name} in one edition", parameter);
            }
        }

        return byName;
    }

    private static IEnumerable<Row> Rows(AllocationTable table) =>
        table.Allocations.Select(a => new Row(a.Range, a, null)).Concat(table.BandFootnotes.Select(b => new Row(b.Range, null, b)));

    private static void CompareBand(FrequencyRange band, Cover old, Cover @new, List<EditionChange> changes)
    {
        CompareHolder(band, null, old.Footnotes, @new.Footnotes, old.Marks, @new.Marks, null, null, changes);

        var oldByService = ByService(old.Allocations);
        var newByService = ByService(@new.Allocations);
        foreach (var (service, was) in oldByService)
        {
            if (!newByService.TryGetValue(service, out var now))
            {
                var removed = was with { Range = band };
                changes.Add(new EditionChange(band, EditionChangeKind.AllocationRemoved, service, removed, null, null, null));
                changes.AddRange(was.Marks.Where(m => m.Identifies is not null).Select(m =>
                    new EditionChange(band, EditionChangeKind.IdentificationRemoved, service, removed, null, m.Footnote, m)));
                continue;
            }

            var a = was with { Range = band };
            var b = now with { Range = band };
            if (was.Status != now.Status)
            {
                changes.Add(new EditionChange(band, EditionChangeKind.StatusChanged, service, a, b, null, null));
            }

            CompareHolder(band, service, was.Footnotes, now.Footnotes, was.Marks, now.Marks, a, b, changes);
        }

        foreach (var (service, now) in newByService)
        {
            if (!oldByService.ContainsKey(service))
            {
                var added = now with { Range = band };
                changes.Add(new EditionChange(band, EditionChangeKind.AllocationAdded, service, null, added, null, null));
                changes.AddRange(now.Marks.Where(m => m.Identifies is not null).Select(m =>
                    new EditionChange(band, EditionChangeKind.IdentificationAdded, service, null, added, m.Footnote, m)));
            }
        }
    }

    private static void CompareHolder(
        FrequencyRange band,
        RadioService? service,
        IReadOnlyList<FootnoteId> oldFootnotes,
        IReadOnlyList<FootnoteId> newFootnotes,
        IReadOnlyList<ChangeMark> oldMarks,
        IReadOnlyList<ChangeMark> newMarks,
        Allocation? before,
        Allocation? after,
        List<EditionChange> changes)
    {
        foreach (var id in newFootnotes.Except(oldFootnotes))
        {
            changes.Add(new EditionChange(band, EditionChangeKind.FootnoteAdded, service, before, after, id, null));
        }

        foreach (var id in oldFootnotes.Except(newFootnotes))
        {
            changes.Add(new EditionChange(band, EditionChangeKind.FootnoteRemoved, service, before, after, id, null));
        }

        foreach (var mark in Missing(newMarks, oldMarks))
        {
            var kind = mark.Identifies is null ? EditionChangeKind.MarkAdded : EditionChangeKind.IdentificationAdded;
            changes.Add(new EditionChange(band, kind, service, before, after, mark.Footnote, mark));
        }

        foreach (var mark in Missing(oldMarks, newMarks))
        {
            var kind = mark.Identifies is null ? EditionChangeKind.MarkRemoved : EditionChangeKind.IdentificationRemoved;
            changes.Add(new EditionChange(band, kind, service, before, after, mark.Footnote, mark));
        }
    }

    // The marks of `these` left over once each mark of `those` has taken one equal to it.
    private static List<ChangeMark> Missing(IReadOnlyList<ChangeMark> these, IReadOnlyList<ChangeMark> those)
    {
        var left = these.ToList();
        foreach (var mark in those)
        {
            left.Remove(mark);
        }

        return left;
    }

    private static Dictionary<RadioService, Allocation> ByService(IReadOnlyList<Allocation> allocations)
    {
        var byService = new Dictionary<RadioService, Allocation>();
        foreach (var allocation in allocations)
        {
            byService.TryAdd(allocation.Service, allocation);
        }

        return byService;
    }

    private readonly record struct Row(FrequencyRange Range, Allocation? Allocation, BandFootnotes? Footnotes);

    /// <summary>What one table has over one band of the diff: the rows of every band of the table that covers it.</summary>
    private sealed class Cover
    {
        public List<Allocation> Allocations { get; } = [];

        public List<FootnoteId> Footnotes { get; } = [];

        public List<ChangeMark> Marks { get; } = [];

        public bool IsEmpty { get; set; } = true;
    }

    /// <summary>
    /// Walks a table's rows in frequency order, for bands asked in increasing order whose edges include every edge of
    /// the table's rows: a row then either covers a band entirely or not at all.
    /// </summary>
    private sealed class Sweep(AllocationTable table)
    {
        private readonly Row[] _rows = [.. Rows(table).OrderBy(r => r.Range.Lower)];
        private readonly List<Row> _active = [];
        private int _next;

        public Cover Covering(FrequencyRange band)
        {
            while (_next < _rows.Length && _rows[_next].Range.Lower <= band.Lower)
            {
                _active.Add(_rows[_next++]);
            }

            _active.RemoveAll(r => r.Range.Upper <= band.Lower);
            var cover = new Cover();
            foreach (var row in _active.Where(r => r.Range.Upper >= band.Upper))
            {
                cover.IsEmpty = false;
                if (row.Allocation is { } allocation)
                {
                    cover.Allocations.Add(allocation);
                }
                else if (row.Footnotes is { } footnotes)
                {
                    cover.Footnotes.AddRange(footnotes.Footnotes.Where(f => !cover.Footnotes.Contains(f)));
                    cover.Marks.AddRange(footnotes.Marks);
                }
            }

            return cover;
        }
    }
}
