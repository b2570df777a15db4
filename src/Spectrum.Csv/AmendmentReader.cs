using System.Text.RegularExpressions;
using Spectrum.Conference;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads an amendment file (data/README.md, "Amendments: amendments/wrc-NN.csv"): one change to one Region table per
/// row, columns <c>conference</c>, <c>agenda_item</c>, <c>area</c>, <c>lower_hz</c>, <c>upper_hz</c>, <c>service</c>,
/// <c>action</c>, <c>status</c>, <c>footnote</c>, <c>identifies</c>, <c>source</c>, <c>confidence</c>. Each row is
/// checked on its own (the action's vocabulary and the cells it needs or forbids), then the rows together: two rows
/// that contradict each other (<see cref="AmendmentConflicts"/>) are an error naming both lines. A file with any error
/// yields no amendment.
/// </summary>
/// <param name="regionOf">
/// The ITU Region of a country, for areas written as ISO codes (<c>DE FR</c>); see <see cref="RegionLookup"/>. Without
/// it such an area is read with its countries and no Region, and the amendment engine reports it when applied (the
/// tables it acts on are not known): resolving is left to whoever has the countries list.
/// </param>
public sealed partial class AmendmentReader(Func<AreaCode, AreaCode?>? regionOf = null)
{
    internal static readonly ColumnSpec Conference = new("conference", true);
    internal static readonly ColumnSpec AgendaItem = new("agenda_item", false);
    internal static readonly ColumnSpec Area = new("area", true);
    internal static readonly ColumnSpec Lower = new("lower_hz", true, "lower", "lower_frequency", "from");
    internal static readonly ColumnSpec Upper = new("upper_hz", true, "upper", "upper_frequency", "to");
    internal static readonly ColumnSpec Service = new("service", true);
    internal static readonly ColumnSpec Action = new("action", true);
    internal static readonly ColumnSpec Status = new("status", false);
    internal static readonly ColumnSpec Footnote = new("footnote", false, "footnotes");
    internal static readonly ColumnSpec Identifies = new("identifies", false);

    internal static readonly ColumnSpec[] Columns =
        [Conference, AgendaItem, Area, Lower, Upper, Service, Action, Status, Footnote, Identifies, Cells.Source, Cells.Confidence];

    private const string Actions = "add-allocation, remove-allocation, change-status, add-footnote, remove-footnote or identify";

    /// <summary>A Region lookup from the countries list; a country listed without Region (left to geometry) has none.</summary>
    public static Func<AreaCode, AreaCode?> RegionLookup(IEnumerable<CountryListing> countries)
    {
        var regions = new Dictionary<AreaCode, AreaCode?>();
        foreach (var country in countries)
        {
            // Natural Earth lists AU twice; the first row with a Region decides.
            if (!regions.TryGetValue(country.Country, out var known) || known is null)
            {
                regions[country.Country] = country.Region;
            }
        }

        return code => regions.GetValueOrDefault(code);
    }

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<Amendment> Read(string path) => Import(path).ValuesOrThrow();

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public IReadOnlyList<Amendment> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public ImportResult<Amendment> Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path);
    }

    public ImportResult<Amendment> Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal ImportResult<Amendment> Import(DelimitedFile file)
    {
        var errors = file.Errors;
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, Columns, errors);
        var amendments = new List<Amendment>();
        if (map is not null)
        {
            foreach (var row in file.Rows())
            {
                if (ReadRow(row, map, file.FileName, errors) is { } amendment)
                {
                    amendments.Add(amendment);
                }
            }

            // Conflicts are looked for among the rows that read, even when others did not: every error at once.
            foreach (var conflict in AmendmentConflicts.Find(amendments))
            {
                errors.Add(conflict.Second.Line, 0, $"conflicts with line {conflict.First.Line}: {conflict.Reason}",
                    "one change per service (or footnote) and range of a table in one file");
            }
        }

        return new ImportResult<Amendment>(file.FileName, DataFileKind.Amendments, file.RowCount, amendments, errors.Kept, errors.Total);
    }

    private Amendment? ReadRow(Row row, ColumnMap map, string fileName, ErrorList errors)
    {
        var before = errors.Total;

        var conference = row[map[Conference]];
        if (conference.Length == 0)
        {
            errors.Add(row.Line, map[Conference], "empty", "the conference that made the change, such as WRC-15");
        }

        var agendaItem = row[map[AgendaItem]];
        var area = ReadArea(row, map, errors);

        var lower = Cells.ReadFrequency(row, map[Lower], errors);
        var upper = Cells.ReadFrequency(row, map[Upper], errors);
        if (lower is { } lo && upper is { } up && up <= lo)
        {
            errors.Add(row.Line, map[Upper], $"the upper edge {up} is not above the lower edge {lo}",
                "an upper edge above the lower edge: the range is [lower, upper)");
        }

        var actionText = row[map[Action]];
        var action = Terms.AmendmentActionOf(actionText);
        if (action is null)
        {
            errors.Add(row.Line, map[Action], actionText.Length == 0 ? "empty" : $"'{actionText}' is not an amendment action", Actions);
        }

        var service = ReadService(row, map, action, errors);
        var status = ReadStatus(row, map, action, errors);
        var footnote = ReadFootnote(row, map, action, errors);
        var identifies = ReadIdentifies(row, map, action, errors);
        var provenance = Cells.ReadProvenance(row, map, errors);

        if (errors.Total > before)
        {
            return null;
        }

        return new Amendment(conference, agendaItem.Length == 0 ? null : agendaItem, area!, new FrequencyRange(lower!.Value, upper!.Value),
            service, action!.Value, status, footnote, identifies, provenance!, fileName, row.Line);
    }

    private ChangeArea? ReadArea(Row row, ColumnMap map, ErrorList errors)
    {
        var column = map[Area];
        var text = row[column];
        const string expected = "R1, R2 or R3; R1-listed, R2-listed or R3-listed; or ISO 3166 alpha-2 codes separated by spaces (DE FR)";
        var region = RegionArea().Match(text);
        if (region.Success)
        {
            return new ChangeArea([AreaCode.Region(region.Groups[1].Value[0] - '0')], region.Groups[2].Success, []);
        }

        if (text.Length == 0)
        {
            errors.Add(row.Line, column, "empty", expected);
            return null;
        }

        var countries = new List<AreaCode>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!AreaCode.TryParse(part, out var code) || code.Kind != AreaKind.Country)
            {
                errors.Add(row.Line, column, $"'{part}' is not a Region or an ISO 3166 alpha-2 country code", expected);
                return null;
            }

            if (!countries.Contains(code))
            {
                countries.Add(code);
            }
        }

        var regions = new List<AreaCode>();
        if (regionOf is not null)
        {
            foreach (var country in countries)
            {
                if (regionOf(country) is not { Kind: AreaKind.Region } found)
                {
                    errors.Add(row.Line, column, $"the countries list gives no ITU Region for {country}",
                        "countries whose Region the countries list gives");
                    return null;
                }

                if (!regions.Contains(found))
                {
                    regions.Add(found);
                }
            }
        }

        return new ChangeArea([.. regions.OrderBy(r => r.Value, StringComparer.Ordinal)], true, countries);
    }

    private static RadioService? ReadService(Row row, ColumnMap map, AmendmentAction? action, ErrorList errors)
    {
        var column = map[Service];
        var text = row[column];
        if (text.Length == 0)
        {
            if (action is AmendmentAction.AddAllocation or AmendmentAction.RemoveAllocation or AmendmentAction.ChangeStatus)
            {
                errors.Add(row.Line, column, $"empty, but {row[map[Action]]} needs one",
                    "the service as the tables spell it, such as Mobile except aeronautical mobile");
            }

            return null;
        }

        if (RadioService.TryParse(text, out var service, out var message))
        {
            return service;
        }

        errors.AddMessage(row.Line, column, message, "a service of RR Article 1, or empty for a band footnote");
        return null;
    }

    private static AllocationStatus? ReadStatus(Row row, ColumnMap map, AmendmentAction? action, ErrorList errors)
    {
        var column = map[Status];
        var text = row[column];
        var needed = action is AmendmentAction.AddAllocation or AmendmentAction.ChangeStatus;
        AllocationStatus? status = text.ToLowerInvariant() switch
        {
            "primary" => AllocationStatus.Primary,
            "secondary" => AllocationStatus.Secondary,
            _ => null,
        };
        if (text.Length > 0 && status is null)
        {
            errors.Add(row.Line, column, $"'{text}' is not a status", "primary or secondary");
        }
        else if (needed && status is null)
        {
            errors.Add(row.Line, column.IsPresent ? column.Number : 0, $"status: empty, but {row[map[Action]]} needs one", "primary or secondary");
        }
        else if (!needed && action is not null && status is not null)
        {
            errors.Add(row.Line, column, $"'{text}' on {WithArticle(row[map[Action]])} row",
                "a status only on add-allocation and change-status rows; empty here");
        }

        return status;
    }

    private static FootnoteId? ReadFootnote(Row row, ColumnMap map, AmendmentAction? action, ErrorList errors)
    {
        var column = map[Footnote];
        var text = row[column];
        if (text.Length == 0)
        {
            if (action == AmendmentAction.RemoveFootnote)
            {
                errors.Add(row.Line, column.IsPresent ? column.Number : 0, "footnote: empty, but remove-footnote needs the id of the footnote to remove",
                    "an RR footnote id such as 5.430A");
            }

            return null;
        }

        if (FootnoteId.TryParse(text, out var id) && id.IsRadioRegulations)
        {
            return id;
        }

        errors.Add(row.Line, column, $"'{text}' is not an RR footnote id",
            "'5.' and two or three digits with optional capitals, such as 5.430A; or empty where the source gives no number");
        return null;
    }

    private static Identification? ReadIdentifies(Row row, ColumnMap map, AmendmentAction? action, ErrorList errors)
    {
        var column = map[Identifies];
        var text = row[column];
        var identifies = Terms.IdentificationOf(text);
        if (text.Length > 0 && identifies is null)
        {
            errors.Add(row.Line, column, $"'{text}' is not an identification", "IMT, HAPS or HIBS");
        }
        else if (action == AmendmentAction.Identify && identifies is null)
        {
            errors.Add(row.Line, column.IsPresent ? column.Number : 0, "identifies: empty, but identify needs what is identified", "IMT, HAPS or HIBS");
        }
        else if (action is not null and not AmendmentAction.Identify && identifies is not null)
        {
            errors.Add(row.Line, column, $"'{text}' on {WithArticle(row[map[Action]])} row", "identifies only on identify rows; empty here");
        }

        return identifies;
    }

    private static string WithArticle(string action) => (action.Length > 0 && "aeiou".Contains(action[0]) ? "an " : "a ") + action;

    [GeneratedRegex(@"^R([123])(-listed)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionArea();
}
