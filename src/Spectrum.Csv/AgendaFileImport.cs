namespace Spectrum.Csv;

/// <summary>
/// An agenda-item, agenda-band or position file read: its values, and for each the line it was read from, so that a
/// check across files (<see cref="AgendaCheck"/>) can point at the row. <see cref="Lines"/> is parallel to
/// <see cref="ImportResult{T}.Values"/>; both are empty when the file is invalid.
/// </summary>
public sealed class AgendaFileImport<T> : ImportResult<T>
{
    internal AgendaFileImport(
        string file,
        DataFileKind kind,
        int rows,
        IReadOnlyList<T> values,
        IReadOnlyList<int> lines,
        int agendaItemColumn,
        IReadOnlyList<(string AgendaItem, int Line)> agendaItems,
        IReadOnlyList<ImportError> errors,
        int errorCount)
        : base(file, kind, rows, values, errors, errorCount)
    {
        Lines = errorCount == 0 ? lines : [];
        AgendaItemColumn = agendaItemColumn;
        AgendaItemsByLine = agendaItems;
    }

    /// <summary>The 1-based line of each value (line 1 is the header).</summary>
    public IReadOnlyList<int> Lines { get; }

    /// <summary>The 1-based field number of the <c>agenda_item</c> column; 0 when the header has none.</summary>
    public int AgendaItemColumn { get; }

    /// <summary>
    /// The agenda item each row names, where it reads as one, even in an invalid file: so that an unknown item is
    /// reported together with the file's other errors.
    /// </summary>
    internal IReadOnlyList<(string AgendaItem, int Line)> AgendaItemsByLine { get; }

    /// <summary>Each value with the line it was read from.</summary>
    public IEnumerable<(T Value, int Line)> ValuesWithLines() => Values.Zip(Lines);
}
