using Spectrum.Conference;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads positions on agenda items (<c>data/wrc23/eu-positions.csv</c>): one row per item, band and area, columns
/// <c>agenda_item</c>, <c>area</c>, <c>lower_hz</c>, <c>upper_hz</c>, <c>stance</c> (<c>support</c>,
/// <c>support-with-conditions</c>, <c>oppose</c>, <c>no-change</c>, <c>no-objection</c>, <c>not-recorded</c> where no
/// source gives a stance), and optionally
/// <c>conditions</c>, <c>outcome</c>, <c>outcome_confidence</c>, <c>outcome_kind</c> (<c>adopted</c>,
/// <c>adopted-in-part</c>, <c>not-adopted</c>, <c>no-change</c>; empty where not known; only beside an outcome),
/// <c>source</c>, <c>confidence</c>. A file with any
/// problem yields no position.
/// </summary>
/// <remarks>
/// <para>
/// An outcome needs its confidence (<c>high</c>, <c>medium</c>, <c>low</c>): a position written before the conference
/// has neither, and a row without an outcome and without <c>outcome_confidence</c> reads as outcome "" with
/// confidence low (nothing to trust yet). The <c>area</c> reads as in <see cref="AgendaBandReader"/>, with the same
/// optional <c>regionOf</c> lookup for ISO codes.
/// </para>
/// <para>
/// Whether each position's agenda item exists is a check across files: <see cref="AgendaCheck"/>, or
/// <see cref="ImportPlan"/> for the files read together.
/// </para>
/// </remarks>
public sealed class PositionReader(Func<AreaCode, AreaCode?>? regionOf = null)
{
    internal static readonly ColumnSpec Area = new("area", true);
    internal static readonly ColumnSpec Lower = new("lower_hz", true);
    internal static readonly ColumnSpec Upper = new("upper_hz", true);
    internal static readonly ColumnSpec StanceColumn = new("stance", true);
    internal static readonly ColumnSpec Conditions = new("conditions", false);
    internal static readonly ColumnSpec Outcome = new("outcome", false);
    internal static readonly ColumnSpec OutcomeConfidence = new("outcome_confidence", false);
    internal static readonly ColumnSpec OutcomeKindColumn = new("outcome_kind", false);

    internal static readonly ColumnSpec[] Columns =
        [AgendaCells.AgendaItem, Area, Lower, Upper, StanceColumn, Conditions, Outcome, OutcomeConfidence, OutcomeKindColumn, Cells.Source, Cells.Confidence];

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<Position> Read(string path) => Import(path).ValuesOrThrow();

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<Position> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public AgendaFileImport<Position> Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path);
    }

    public AgendaFileImport<Position> Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal AgendaFileImport<Position> Import(DelimitedFile file) =>
        AgendaCells.ReadRows<Position>(file, Columns, DataFileKind.Positions, (row, map, agendaItems) => ReadRow(row, map, file.Errors, agendaItems));

    private Position? ReadRow(Row row, ColumnMap map, ErrorList errors, List<(string, int)> agendaItems)
    {
        var before = errors.Total;
        var item = AgendaCells.ReadAgendaItem(row, map[AgendaCells.AgendaItem], errors);
        if (item is not null)
        {
            agendaItems.Add((item, row.Line));
        }

        var area = AgendaCells.ReadArea(row, map[Area], errors, regionOf);
        var range = AgendaCells.ReadRange(row, map[Lower], map[Upper], errors);

        var stanceText = row[map[StanceColumn]];
        var stance = Terms.StanceOf(stanceText);
        if (stance is null)
        {
            errors.Add(row.Line, map[StanceColumn], stanceText.Length == 0 ? "empty" : $"'{stanceText}' is not a stance",
                "support, support-with-conditions, oppose, no-change, no-objection or not-recorded");
        }

        var outcome = row[map[Outcome]];
        var outcomeConfidence = outcome.Length == 0 && row[map[OutcomeConfidence]].Length == 0
            ? Confidence.Low
            : ReadOutcomeConfidence(row, map, errors);

        var kindText = row[map[OutcomeKindColumn]];
        var kind = kindText.Length == 0 ? null : Terms.OutcomeKindOf(kindText);
        if (kindText.Length > 0 && kind is null)
        {
            errors.Add(row.Line, map[OutcomeKindColumn], $"'{kindText}' is not an outcome kind",
                "adopted, adopted-in-part, not-adopted or no-change (or empty: not known)");
        }
        else if (kind is not null && outcome.Length == 0)
        {
            errors.Add(row.Line, map[OutcomeKindColumn], $"outcome kind '{kindText}' without an outcome",
                "an outcome text (what the conference did, with its source) beside its kind");
        }

        var provenance = Cells.ReadProvenance(row, map, errors);
        return errors.Total == before
            ? new Position(item!, area!, range!.Value, stance!.Value, row[map[Conditions]], outcome, outcomeConfidence!.Value, provenance!)
            {
                OutcomeKind = kind,
            }
            : null;
    }

    private static Confidence? ReadOutcomeConfidence(Row row, ColumnMap map, ErrorList errors)
    {
        var column = map[OutcomeConfidence];
        if (column.IsPresent)
        {
            return AgendaCells.ReadConfidence(row, column, errors);
        }

        errors.Add(row.Line, 0, "an outcome without outcome_confidence: the file has no outcome_confidence column",
            "an outcome_confidence column (high, medium or low) beside outcome");
        return null;
    }
}
