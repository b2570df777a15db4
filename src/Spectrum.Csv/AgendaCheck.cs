using Spectrum.Conference;

namespace Spectrum.Csv;

/// <summary>
/// Checks across the agenda files: every band and every position must name an agenda item of the agenda-item files.
/// Each one that does not is an <see cref="ImportError"/> at its own file, line and <c>agenda_item</c> column.
/// </summary>
public static class AgendaCheck
{
    /// <summary>The bands whose agenda item is not one of <paramref name="items"/>, in file order.</summary>
    public static IReadOnlyList<ImportError> UnknownAgendaItems(IEnumerable<AgendaItem> items, AgendaFileImport<AgendaBand> bands) =>
        Unknown(items, bands, band => band.AgendaItem);

    /// <summary>The positions whose agenda item is not one of <paramref name="items"/>, in file order.</summary>
    public static IReadOnlyList<ImportError> UnknownAgendaItems(IEnumerable<AgendaItem> items, AgendaFileImport<Position> positions) =>
        Unknown(items, positions, position => position.AgendaItem);

    private static ImportError[] Unknown<T>(IEnumerable<AgendaItem> items, AgendaFileImport<T> import, Func<T, string> itemOf)
    {
        var known = items.Select(i => i.Number).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. import.ValuesWithLines()
                .Where(v => !known.Contains(itemOf(v.Value)))
                .Select(v => new ImportError(import.File, v.Line, import.AgendaItemColumn,
                    $"agenda_item: {itemOf(v.Value)} is not an agenda item of the agenda-item files",
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
