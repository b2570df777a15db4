namespace Spectrum.Csv.Internal;

/// <summary>Telling the agenda files apart by their headers (<c>data/README.md</c>, "Recognising a file by its header").</summary>
internal static class AgendaFileKinds
{
    /// <summary>
    /// Positions (a <c>stance</c> column), regional positions (<c>agenda_item</c> and <c>organisation</c>), CPM methods
    /// (<c>agenda_item</c> and <c>summary</c>), agenda items (<c>agenda_item</c> and <c>title</c>) or agenda bands
    /// (<c>agenda_item</c> and <c>action</c> without <c>conference</c>, which marks an amendment file); else null.
    /// </summary>
    public static DataFileKind? Detect(IReadOnlyList<string> header)
    {
        bool Has(string column) => header.Contains(column, StringComparer.OrdinalIgnoreCase);

        if (Has("stance"))
        {
            return DataFileKind.Positions;
        }

        if (Has("agenda_item") && Has("organisation"))
        {
            return DataFileKind.RegionalPositions;
        }

        if (Has("agenda_item") && Has("summary"))
        {
            return DataFileKind.CpmMethods;
        }

        if (Has("agenda_item") && Has("title"))
        {
            return DataFileKind.AgendaItems;
        }

        return Has("agenda_item") && Has("action") && !Has("conference") ? DataFileKind.AgendaBands : null;
    }
}
