using Npgsql;
using Spectrum.Conference;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>
/// "What is allocated in this range and area": every allocation overlapping the range in the tables that apply to
/// the area; for a country, point or drawn area with the footnotes applied for its countries (<see cref="CountryView"/>).
/// <c>spectrum query</c> and <c>GET /api/query</c> ask it.
/// </summary>
public sealed record AllocationQuestion(
    string Range, AreaQuestion Area, string? Service = null, string? Table = null, string? Edition = null, bool Applications = false)
{
    /// <summary>What is wrong with the question as given, or null: the area, then the range, then the service.</summary>
    public string? Error() =>
        Area.Error()
        ?? (!FrequencyRange.TryParse(Range, out _, out var error) ? error
            : Service is not null && !RadioService.TryParse(Service, out _, out var serviceError) ? serviceError
            : null);

    public async Task<QueryAnswer> AskAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (Error() is { } wrong)
        {
            throw new InputException(wrong);
        }

        var range = FrequencyRange.Parse(Range);
        var service = Service is null ? null : RadioService.Parse(Service);
        var area = await Area.ResolveAsync(dataSource, cancellationToken);
        var edition = await EditionCheck.OrNewestAsync(dataSource, Edition, cancellationToken);
        await ThrowIfUnknownTableAsync(dataSource, Table, cancellationToken);
        var query = new AllocationQuery(dataSource);
        var answer = await query.FindAsync(range, area, edition, Table, cancellationToken);
        // A country, point or drawn area answers with the footnotes applied for its countries.
        var view = await CountryView.LoadAsync(dataSource, area, range, edition, cancellationToken);
        var rows = (view?.Rows(answer.Allocations, range) ?? answer.Allocations)
            .Where(row => service is null || row.Allocation.Service.IsKindOf(service))
            .ToList();
        var applications = Applications ? await query.ApplicationsAsync(range, area, edition, Table, cancellationToken) : null;
        var lineage = await new EditionQuery(dataSource).LineageAsync(edition, cancellationToken);
        return new QueryAnswer(range, Area.Label, edition, lineage, rows, answer, view, applications);
    }

    // A table name is matched as written, never as a pattern; one the store does not hold is a mistake worth saying so.
    private static async Task ThrowIfUnknownTableAsync(NpgsqlDataSource dataSource, string? table, CancellationToken cancellationToken)
    {
        if (table is not null && !await new TableQuery(dataSource).ExistsAsync(table, cancellationToken))
        {
            throw new InputException($"unknown table '{table}': the store has no table of that name (spectrum import lists the tables it loads)");
        }
    }
}

/// <summary>The answer of an <see cref="AllocationQuestion"/>: its rows, the footnote texts they cite, the country view
/// and, when asked, the applications; <see cref="Allocations"/> and <see cref="ApplicationListing"/> are its csv and json rows.</summary>
public sealed record QueryAnswer(
    FrequencyRange Range,
    string AreaLabel,
    string Edition,
    string Lineage,
    IReadOnlyList<AllocationRow> Rows,
    AllocationAnswer Answer,
    CountryView? View,
    IReadOnlyList<ApplicationRow>? Applications)
{
    public static readonly IReadOnlyList<string> Columns =
        ["table", "edition", "area", "lower_hz", "upper_hz", "band", "service", "status", "footnotes", "footnote_texts", "identifications", "source", "confidence", "by", "footnotes_not_applying"];

    public static readonly IReadOnlyList<string> ApplicationColumns =
        ["table", "edition", "area", "lower_hz", "upper_hz", "band", "application", "measure", "standard", "notes", "source", "confidence"];

    /// <summary>The allocations as csv and json list them.</summary>
    public Listing Allocations => new(Columns, [.. Rows.Select(Record)]);

    /// <summary>The applications as csv and json list them (none when they were not asked for).</summary>
    public Listing ApplicationListing => new(ApplicationColumns, [.. (Applications ?? []).Select(ApplicationRecord)]);

    /// <summary>True for a footnote that holds where the question was asked (every footnote outside a country).</summary>
    public bool Applies(FootnoteId footnote) => View?.Applies(footnote) ?? true;

    private object?[] Record(AllocationRow row)
    {
        var applying = row.AllFootnotes.Where(Applies).ToList();
        var footnotes = applying.Select(f => f.Value).ToList();
        var texts = applying
            .Where(Answer.Footnotes.ContainsKey)
            .ToDictionary(f => f.Value, f => Answer.Footnotes[f].Text);
        var allocation = row.Allocation;
        return
        [
            row.Table, row.Edition, row.Area.Value, allocation.Range.LowerHz, allocation.Range.UpperHz,
            allocation.Range.ToString(), allocation.Service.Name, allocation.Status == AllocationStatus.Primary ? "primary" : "secondary",
            footnotes, texts, row.AllMarks.Where(m => m.Identifies is not null).Select(Describe).ToList(), allocation.Provenance.Source, allocation.Provenance.Confidence.ToString().ToLowerInvariant(),
            View?.By(row)?.Value, View?.NotApplying.Where(f => row.AllFootnotes.Contains(f.Footnote)).Select(CountryView.Describe).ToList() ?? [],
        ];
    }

    /// <summary>An application at a single frequency has <c>upper_hz</c> equal to <c>lower_hz</c> and its band is that frequency.</summary>
    private static object?[] ApplicationRecord(ApplicationRow row)
    {
        var application = row.Application;
        return
        [
            row.Table, row.Edition, row.Area.Value, application.Lower.Hertz, application.Upper.Hertz, Band(application), application.Name,
            application.Measure, application.Standard, application.Notes, application.Provenance.Source,
            application.Provenance.Confidence.ToString().ToLowerInvariant(),
        ];
    }

    /// <summary>The band of an application: its range, or its single frequency.</summary>
    public static string Band(BandApplication application) =>
        application.Range?.ToString() ?? application.Lower.ToString();

    /// <summary>"IMT (WRC-23 1.2, listed countries)", or "footnote without number (WRC-23 9.1 b)".</summary>
    public static string Describe(ChangeMark mark)
    {
        var what = mark.Identifies is { } identifies ? Terms.Of(identifies) : "footnote without number";
        var where = mark.AgendaItem is null ? mark.Conference : $"{mark.Conference} {mark.AgendaItem}";
        var footnote = mark.Footnote is { } id && mark.Identifies is not null ? $" {id}" : "";
        return $"{what}{footnote} ({where}{(mark.ListedCountriesOnly ? ", listed countries" : "")})";
    }
}
