using Spectrum.Conference;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads the bands of agenda items (<c>data/wrc23/agenda-bands.csv</c>): one row per band, area and action, columns
/// <c>agenda_item</c>, <c>area</c>, <c>lower_hz</c>, <c>upper_hz</c>, <c>service</c>, <c>action</c>, and optionally
/// <c>status</c>, <c>identifies</c>, <c>highlight</c>, <c>source</c>, <c>confidence</c>. A file with any problem yields
/// no band.
/// </summary>
/// <remarks>
/// <para>
/// <c>action</c> is one of the amendment actions (<c>add-allocation</c>, <c>remove-allocation</c>,
/// <c>change-status</c>, <c>add-footnote</c>, <c>remove-footnote</c>, <c>identify</c>), <c>study</c> or
/// <c>protect</c>. The rules of amendment rows apply where they can: <c>status</c> (<c>primary</c>, <c>secondary</c>)
/// only on <c>add-allocation</c> and <c>change-status</c>, required on <c>change-status</c> and optional on
/// <c>add-allocation</c> (a band without status is shown, never applied); <c>identifies</c> (<c>IMT</c>,
/// <c>HAPS</c>, <c>HIBS</c>) required on <c>identify</c>, allowed on <c>study</c> (what the study is for), else empty;
/// <c>service</c> required except on <c>add-footnote</c>, <c>remove-footnote</c> and <c>identify</c>, where empty
/// means the whole band. <c>highlight</c> is <c>imt</c>, <c>eo</c> or empty.
/// </para>
/// <para>
/// <c>area</c> is <c>R1</c>…<c>R3</c>, <c>R1-listed</c>…<c>R3-listed</c>, or ISO 3166 alpha-2 codes separated by
/// spaces. For codes the area's Regions are those the caller's <c>regionOf</c> lookup gives (a code it does not know
/// is an error); without a lookup they are left empty and only <see cref="ChangeArea.Countries"/> is set.
/// </para>
/// <para>
/// Whether each band's agenda item exists is a check across files: <see cref="AgendaCheck"/>, or
/// <see cref="ImportPlan"/> for the files read together.
/// </para>
/// </remarks>
public sealed class AgendaBandReader(Func<AreaCode, AreaCode?>? regionOf = null)
{
    internal static readonly ColumnSpec Area = new("area", true);
    internal static readonly ColumnSpec Lower = new("lower_hz", true);
    internal static readonly ColumnSpec Upper = new("upper_hz", true);
    internal static readonly ColumnSpec Service = new("service", true);
    internal static readonly ColumnSpec Action = new("action", true);
    internal static readonly ColumnSpec Status = new("status", false);
    internal static readonly ColumnSpec Identifies = new("identifies", false);
    internal static readonly ColumnSpec HighlightColumn = new("highlight", false);

    internal static readonly ColumnSpec[] Columns =
        [AgendaCells.AgendaItem, Area, Lower, Upper, Service, Action, Status, Identifies, HighlightColumn, Cells.Source, Cells.Confidence];

    private const string Actions =
        "add-allocation, remove-allocation, change-status, add-footnote, remove-footnote, identify, study or protect";

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<AgendaBand> Read(string path) => Import(path).ValuesOrThrow();

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<AgendaBand> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public AgendaFileImport<AgendaBand> Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path);
    }

    public AgendaFileImport<AgendaBand> Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal AgendaFileImport<AgendaBand> Import(DelimitedFile file) =>
        AgendaCells.ReadRows<AgendaBand>(file, Columns, DataFileKind.AgendaBands, (row, map, agendaItems) => ReadRow(row, map, file.Errors, agendaItems));

    private AgendaBand? ReadRow(Row row, ColumnMap map, ErrorList errors, List<(string, int)> agendaItems)
    {
        var before = errors.Total;
        var item = AgendaCells.ReadAgendaItem(row, map[AgendaCells.AgendaItem], errors);
        if (item is not null)
        {
            agendaItems.Add((item, row.Line));
        }

        var area = AgendaCells.ReadArea(row, map[Area], errors, regionOf);
        var range = AgendaCells.ReadRange(row, map[Lower], map[Upper], errors);
        var action = ReadAction(row, map, errors);

        RadioService? service = null;
        var serviceText = row[map[Service]];
        if (serviceText.Length > 0)
        {
            if (RadioService.TryParse(serviceText, out var parsed, out var message))
            {
                service = parsed;
            }
            else
            {
                errors.AddMessage(row.Line, map[Service], message, "a service of RR Article 1");
            }
        }
        else if (action is not (null or AgendaBandAction.AddFootnote or AgendaBandAction.RemoveFootnote or AgendaBandAction.Identify))
        {
            errors.Add(row.Line, map[Service], $"empty with action {Terms.Of(action.Value)}",
                "the service the action is on (empty only on add-footnote, remove-footnote and identify: the whole band)");
        }

        var status = ReadStatus(row, map, action, errors);
        var identifies = ReadIdentifies(row, map, action, errors);
        var highlight = ReadHighlight(row, map, errors);
        var provenance = Cells.ReadProvenance(row, map, errors);
        return errors.Total == before
            ? new AgendaBand(item!, area!, range!.Value, service, action!.Value, status, identifies, highlight, provenance!)
            : null;
    }

    private static AgendaBandAction? ReadAction(Row row, ColumnMap map, ErrorList errors)
    {
        var text = row[map[Action]];
        var action = Terms.AgendaBandActionOf(text);
        if (action is null)
        {
            errors.Add(row.Line, map[Action], text.Length == 0 ? "empty" : $"'{text}' is not an action", Actions);
        }

        return action;
    }

    // Required on change-status, optional on add-allocation, empty on any other action.
    private static AllocationStatus? ReadStatus(Row row, ColumnMap map, AgendaBandAction? action, ErrorList errors)
    {
        var column = map[Status];
        var text = row[column];
        AllocationStatus? status = text.ToLowerInvariant() switch
        {
            "primary" => AllocationStatus.Primary,
            "secondary" => AllocationStatus.Secondary,
            _ => null,
        };
        if (text.Length > 0 && status is null)
        {
            errors.Add(row.Line, column, $"'{text}' is not a status", "primary or secondary");
            return null;
        }

        switch (action)
        {
            case AgendaBandAction.ChangeStatus when status is null:
                errors.Add(row.Line, column.Number, $"{(column.IsPresent ? column.Header : "status")}: empty with action change-status",
                    "the new status: primary or secondary");
                break;
            case not (null or AgendaBandAction.AddAllocation or AgendaBandAction.ChangeStatus) when status is not null:
                errors.Add(row.Line, column, $"'{text}' with action {Terms.Of(action.Value)}",
                    "a status only on add-allocation and change-status rows, else empty");
                return null;
        }

        return status;
    }

    // Required on identify, allowed on study, empty on any other action.
    private static Identification? ReadIdentifies(Row row, ColumnMap map, AgendaBandAction? action, ErrorList errors)
    {
        var column = map[Identifies];
        var text = row[column];
        var identifies = Terms.IdentificationOf(text);
        if (text.Length > 0 && identifies is null)
        {
            errors.Add(row.Line, column, $"'{text}' is not an identification", "IMT, HAPS or HIBS");
            return null;
        }

        switch (action)
        {
            case AgendaBandAction.Identify when identifies is null:
                errors.Add(row.Line, column.Number, $"{(column.IsPresent ? column.Header : "identifies")}: empty with action identify",
                    "what the band is identified for: IMT, HAPS or HIBS");
                break;
            case not (null or AgendaBandAction.Identify or AgendaBandAction.Study) when identifies is not null:
                errors.Add(row.Line, column, $"'{text}' with action {Terms.Of(action.Value)}",
                    "identifies only on identify rows (and on study rows, what the study is for), else empty");
                return null;
        }

        return identifies;
    }

    private static Highlight ReadHighlight(Row row, ColumnMap map, ErrorList errors)
    {
        var text = row[map[HighlightColumn]];
        switch (text.ToLowerInvariant())
        {
            case "": return Highlight.None;
            case "imt": return Highlight.Imt;
            case "eo": return Highlight.EarthObservation;
            default:
                errors.Add(row.Line, map[HighlightColumn], $"'{text}' is not a highlight", "imt, eo or empty");
                return Highlight.None;
        }
    }

}
