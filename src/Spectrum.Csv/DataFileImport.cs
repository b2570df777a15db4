namespace Spectrum.Csv;

/// <summary>
/// What reading one data file found: its kind, how many data rows it has, and every problem in it (the first
/// <see cref="DataFileReader.ErrorLimit"/> kept, all counted). A file with any error is invalid and yields no values.
/// </summary>
public class DataFileImport
{
    internal DataFileImport(string file, DataFileKind kind, int rows, IReadOnlyList<ImportError> errors, int errorCount)
    {
        File = file;
        Kind = kind;
        Rows = rows;
        Errors = errors;
        ErrorCount = errorCount;
    }

    /// <summary>The file as named by the caller; errors name it the same way.</summary>
    public string File { get; }

    public DataFileKind Kind { get; }

    /// <summary>Data rows in the file (lines after the header, blank lines aside), including rows with errors.</summary>
    public int Rows { get; }

    /// <summary>The errors kept, in the order of the file.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>Every error found, including those beyond the ones kept in <see cref="Errors"/>.</summary>
    public int ErrorCount { get; }

    public bool IsValid => ErrorCount == 0;

    /// <summary>Throws the file's errors as one <see cref="ImportException"/> when it has any.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ImportException(Errors, ErrorCount);
        }
    }
}

/// <summary>A data file read into values of type <typeparamref name="T"/>; the values are empty when the file is invalid.</summary>
public class ImportResult<T> : DataFileImport
{
    internal ImportResult(
        string file, DataFileKind kind, int rows, IReadOnlyList<T> values, IReadOnlyList<ImportError> errors, int errorCount)
        : base(file, kind, rows, errors, errorCount) =>
        Values = errorCount == 0 ? values : [];

    public IReadOnlyList<T> Values { get; }

    /// <summary>The values, or an <see cref="ImportException"/> with every error of the file.</summary>
    public IReadOnlyList<T> ValuesOrThrow()
    {
        ThrowIfInvalid();
        return Values;
    }
}

/// <summary>
/// An allocation-table file read: its tables, their applications, and row counts per table even when the file is
/// invalid. Read with <see cref="ReadMode.SkipInvalid"/>, a file whose rows have problems is still valid: the rows
/// without problems give the tables, and every problem of a skipped row is in <see cref="Skipped"/>.
/// </summary>
public sealed class AllocationTableImport : ImportResult<AllocationTable>
{
    internal AllocationTableImport(
        string file,
        int rows,
        IReadOnlyList<AllocationTable> tables,
        IReadOnlyList<TableRowCounts> counts,
        IReadOnlyList<ImportError> errors,
        int errorCount,
        DataFileKind kind = DataFileKind.AllocationTable)
        : base(file, kind, rows, tables, errors, errorCount) =>
        Counts = counts;

    /// <summary>One entry per table in the file, in order of first appearance.</summary>
    public IReadOnlyList<TableRowCounts> Counts { get; }

    /// <summary>The application layer of each table that lists applications (empty when the file is invalid).</summary>
    public IReadOnlyList<TableApplications> Applications { get; init; } = [];

    /// <summary>Footnote texts the file gives beside its tables (the second section of an EFIS export); else empty.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>The problems of the rows left out when reading with <see cref="ReadMode.SkipInvalid"/>; empty in strict reading.</summary>
    public IReadOnlyList<ImportError> Skipped { get; init; } = [];

    /// <summary>The data rows left out (a row with several problems counts once).</summary>
    public int SkippedRows { get; init; }

    /// <summary>The share of data rows read into the tables: 1 when nothing was skipped.</summary>
    public double KeptShare => Rows == 0 ? 1 : (double)(Rows - SkippedRows) / Rows;
}

/// <summary>
/// The rows of one table in a file: <see cref="Allocations"/> service rows plus <see cref="BandFootnoteRows"/> rows
/// whose service is <c>-</c>. <see cref="Area"/> is as resolved, or as written when it could not be.
/// </summary>
public sealed record TableRowCounts(string Table, string Edition, string Area, int Rows, int Allocations, int BandFootnoteRows)
{
    /// <summary>Applications the rows list (a row may list several).</summary>
    public int Applications { get; init; }
}
