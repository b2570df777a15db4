using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>The rows of one table as a reader collects them, and the import they make.</summary>
internal sealed class TableBuilder(string name, string edition, string areaText, AreaCode? area)
{
    private int _rows;
    private int _allocations;
    private int _bandRows;
    private int _applications;
    private (Frequency Lower, Frequency Upper, bool HasApplications) _band;

    public List<Allocation> Allocations { get; } = [];

    public List<BandFootnotes> BandFootnotes { get; } = [];

    public List<BandApplication> Applications { get; } = [];

    public bool CanBuild => area is not null;

    /// <summary>Counts a row: the allocations it gives (two for two directions), else it is a band row.</summary>
    public void Count(int allocations, int applications)
    {
        _rows++;
        _applications += applications;
        if (allocations > 0)
        {
            _allocations += allocations;
        }
        else
        {
            _bandRows++;
        }
    }

    public void StartBand(Frequency lower, Frequency upper, bool hasApplications) => _band = (lower, upper, hasApplications);

    /// <summary>True when the last '-' row was of this band and listed applications.</summary>
    public bool BandHasApplications(Frequency? lower, Frequency? upper) =>
        _band.HasApplications && _band.Lower == lower && _band.Upper == upper;

    public TableRowCounts Counts() =>
        new(name, edition, area?.ToString() ?? (areaText.Length > 0 ? areaText : "?"), _rows, _allocations, _bandRows)
        {
            Applications = _applications,
        };

    public AllocationTable Build() => new(name, edition, area!.Value, Allocations, BandFootnotes);

    public TableApplications BuildApplications() => new(name, edition, area!.Value, Applications);

    /// <summary>
    /// The import of a file's tables: all or nothing in strict reading; skipping rows, the tables of the rows without
    /// problems, the problems of the rows in <paramref name="skippedLines"/> as skips and any other as errors.
    /// </summary>
    public static AllocationTableImport Finish(
        string fileName, int rows, IReadOnlyCollection<TableBuilder> tables, ErrorList errors, HashSet<int> skippedLines,
        ReadMode mode, DataFileKind kind = DataFileKind.AllocationTable, IReadOnlyList<Footnote>? footnotes = null)
    {
        var counts = tables.Select(t => t.Counts()).ToArray();
        var skipped = mode == ReadMode.SkipInvalid ? errors.Kept.Where(e => skippedLines.Contains(e.Line)).ToArray() : [];
        var fileErrors = mode == ReadMode.SkipInvalid ? errors.Kept.Where(e => !skippedLines.Contains(e.Line)).ToArray() : errors.Kept;
        var errorCount = mode == ReadMode.SkipInvalid ? fileErrors.Count : errors.Total;
        var built = errorCount > 0 ? [] : tables.Where(t => t.CanBuild).ToArray();
        return new AllocationTableImport(fileName, rows, [.. built.Select(t => t.Build())], counts, fileErrors, errorCount, kind)
        {
            Applications = [.. built.Where(t => t.Applications.Count > 0).Select(t => t.BuildApplications())],
            Footnotes = errorCount > 0 ? [] : footnotes ?? [],
            Skipped = skipped,
            SkippedRows = mode == ReadMode.SkipInvalid ? skippedLines.Count : 0,
        };
    }
}
