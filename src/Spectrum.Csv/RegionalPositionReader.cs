using Spectrum.Conference;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads the positions of the regional telecommunication organisations (<c>data/wrc23/regional-positions.csv</c>):
/// columns <c>agenda_item</c>, <c>organisation</c> (<c>APT</c>, <c>ASMG</c>, <c>ATU</c>, <c>CEPT</c>, <c>CITEL</c>,
/// <c>RCC</c>), <c>method</c> (the CPM method supported, as in <see cref="CpmMethodReader"/>; empty where the source
/// names none), <c>view</c> (the position, not empty), and optionally <c>source</c> and <c>confidence</c>. Whether each
/// item exists is a check across files (<see cref="AgendaCheck"/>). A file with any problem yields no position.
/// </summary>
public static class RegionalPositionReader
{
    internal static readonly ColumnSpec Organisation = new("organisation", true);
    internal static readonly ColumnSpec View = new("view", true);

    internal static readonly ColumnSpec[] Columns =
        [AgendaCells.AgendaItem, Organisation, AgendaCells.OptionalMethod, View, Cells.Source, Cells.Confidence];

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<RegionalPosition> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public static AgendaFileImport<RegionalPosition> Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal static AgendaFileImport<RegionalPosition> Import(DelimitedFile file) =>
        AgendaCells.ReadRows<RegionalPosition>(file, Columns, DataFileKind.RegionalPositions, (row, map, agendaItems) =>
        {
            var errors = file.Errors;
            var before = errors.Total;
            var item = AgendaCells.ReadAgendaItem(row, map[AgendaCells.AgendaItem], errors);
            if (item is not null)
            {
                agendaItems.Add((item, row.Line));
            }

            var organisationText = row[map[Organisation]];
            var organisation = Terms.RegionalOrganisationOf(organisationText);
            if (organisation is null)
            {
                errors.Add(row.Line, map[Organisation], organisationText.Length == 0 ? "empty" : $"'{organisationText}' is not a regional organisation",
                    "APT, ASMG, ATU, CEPT, CITEL or RCC");
            }

            var method = AgendaCells.ReadMethod(row, map[AgendaCells.OptionalMethod], errors, required: false);
            var view = AgendaCells.ReadText(row, map[View], errors, "the organisation's position, such as no change");
            var provenance = Cells.ReadProvenance(row, map, errors);
            return errors.Total == before ? new RegionalPosition(item!, organisation!.Value, method ?? "", view!, provenance!) : null;
        });
}
