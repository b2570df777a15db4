using Spectrum.Conference;

namespace Spectrum.Csv;

/// <summary>
/// A conference's agenda read together: its agenda items, their bands, and the positions on them, with every band
/// and position naming an agenda item of <see cref="AgendaItems"/>.
/// </summary>
public sealed record WrcData(IReadOnlyList<AgendaItem> AgendaItems, IReadOnlyList<AgendaBand> Bands, IReadOnlyList<Position> Positions)
{
    /// <summary>
    /// Reads the three files (<c>data/wrc23/agenda-items.csv</c>, <c>agenda-bands.csv</c>, <c>eu-positions.csv</c>)
    /// and checks them against each other. <paramref name="regionOf"/> gives the ITU Region of a country for areas
    /// written as ISO codes (see <see cref="AgendaBandReader"/>).
    /// </summary>
    /// <exception cref="ImportException">
    /// Every problem of the three files, file by file in line order, with every band and position whose agenda item is
    /// unknown among them. Nothing is returned when any file has a problem.
    /// </exception>
    public static WrcData Read(string agendaItemsPath, string bandsPath, string positionsPath, Func<AreaCode, AreaCode?>? regionOf = null)
    {
        var items = AgendaItemReader.Import(agendaItemsPath);
        var bands = new AgendaBandReader(regionOf).Import(bandsPath);
        var positions = new PositionReader(regionOf).Import(positionsPath);

        // Unknown agenda items can only be told once the items themselves read without error.
        ImportError[] bandsUnknown = [], positionsUnknown = [];
        if (items.IsValid)
        {
            bandsUnknown = [.. AgendaCheck.UnknownAgendaItems(items.Values, bands)];
            positionsUnknown = [.. AgendaCheck.UnknownAgendaItems(items.Values, positions)];
        }

        var errors = new List<ImportError>(items.Errors);
        errors.AddRange(AgendaCheck.InLineOrder(bands.Errors, bandsUnknown));
        errors.AddRange(AgendaCheck.InLineOrder(positions.Errors, positionsUnknown));
        var total = items.ErrorCount + bands.ErrorCount + positions.ErrorCount + bandsUnknown.Length + positionsUnknown.Length;
        return total == 0
            ? new WrcData(items.Values, bands.Values, positions.Values)
            : throw new ImportException(errors, total);
    }
}
