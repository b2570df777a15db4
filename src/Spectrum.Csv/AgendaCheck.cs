using Spectrum.Conference;

namespace Spectrum.Csv;

/// <summary>
/// Checks across the agenda files: every band, position, CPM method and regional position must name an agenda item of the agenda-item files.
/// Each one that does not is an <see cref="ImportError"/> at its own file, line and <c>agenda_item</c> column.
/// </summary>
public static class AgendaCheck
{
    /// <summary>
    /// The rows of a bands file whose agenda item is not one of <paramref name="items"/>, in file order. The rows of an
    /// invalid file are checked too (those whose agenda item reads as a number), so that these errors come with the
    /// file's own.
    /// </summary>
    /// <remarks>Positions, CPM methods and regional positions are checked the same way.</remarks>
    public static IReadOnlyList<ImportError> UnknownAgendaItems<T>(IEnumerable<AgendaItem> items, AgendaFileImport<T> rows) =>
        Unknown(items, rows);

    /// <summary>A file's own errors and those found across files, in the order of the file's lines.</summary>
    public static IReadOnlyList<ImportError> InLineOrder(IEnumerable<ImportError> fileErrors, IEnumerable<ImportError> crossFileErrors) =>
        [.. fileErrors.Concat(crossFileErrors).OrderBy(e => e.Line)];

    private static ImportError[] Unknown<T>(IEnumerable<AgendaItem> items, AgendaFileImport<T> import)
    {
        var known = items.Select(i => i.Number).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. import.AgendaItemsByLine
                .Where(row => !known.Contains(row.AgendaItem))
                .Select(row => new ImportError(import.File, row.Line, import.AgendaItemColumn,
                    $"agenda_item: {row.AgendaItem} is not an agenda item of the agenda-item files",
                    $"one of {Describe(known)}")),
        ];
    }

    // The known items in the order a reader expects them (1.2 before 1.10), or a note that there are none.
    private static string Describe(HashSet<string> known) =>
        known.Count == 0 ? "the agenda items (none were read)"
        : known.Count <= 30 ? string.Join(", ", known.Order(AgendaItemOrder.Instance))
        : $"the {known.Count} agenda items read";

    /// <summary>Orders agenda item numbers as the agenda does: 1.2, 1.10, 9.1 a, 10.</summary>
    private sealed class AgendaItemOrder : IComparer<string>
    {
        public static readonly AgendaItemOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = Parts(x ?? "");
            var b = Parts(y ?? "");
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var byPart = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n)
                    ? m.CompareTo(n)
                    : string.CompareOrdinal(a[i], b[i]);
                if (byPart != 0)
                {
                    return byPart;
                }
            }

            return a.Length.CompareTo(b.Length);
        }

        private static string[] Parts(string number) => number.Split('.', ' ');
    }
}
