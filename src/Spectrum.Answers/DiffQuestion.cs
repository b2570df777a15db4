using Npgsql;
using Spectrum.Conference;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>"What changed between two editions", band by band and Region by Region, in a range or the whole Table.
/// <c>spectrum diff</c> and <c>GET /api/diff</c> ask it.</summary>
public sealed record DiffQuestion(string Before, string After, string? Range = null, int? Region = null)
{
    public static readonly IReadOnlyList<string> Columns =
        ["table", "lower_hz", "upper_hz", "band", "change", "service", "status_before", "status_after", "footnote", "identifies", "listed_countries_only", "description", "source", "confidence"];

    /// <summary>What is wrong with the question as given, or null.</summary>
    public string? Error() =>
        Region is not null and not (1 or 2 or 3) ? $"--region {Region}: an ITU Region is 1, 2 or 3"
        : Range is not null && !FrequencyRange.TryParse(Range, out _, out var error) ? error
        : null;

    public async Task<DiffAnswer> AskAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (Error() is { } wrong)
        {
            throw new InputException(wrong);
        }

        await EditionCheck.ThrowIfUnknownAsync(dataSource, Before, cancellationToken);
        await EditionCheck.ThrowIfUnknownAsync(dataSource, After, cancellationToken);
        var region = Region is { } n ? AreaCode.Region(n) : (AreaCode?)null;
        var range = Range is null ? (FrequencyRange?)null : FrequencyRange.Parse(Range);
        var tables = new TableQuery(dataSource);
        var diffs = EditionDiff.CompareEditions(
            await tables.LoadAsync(Before, region, cancellationToken),
            await tables.LoadAsync(After, region, cancellationToken),
            range);
        IReadOnlyList<(string Table, EditionChange Change)> rows = [.. diffs.SelectMany(d => d.Changes.Select(c => (d.Tables.Name, c)))];
        var editions = new EditionQuery(dataSource);
        return new DiffAnswer(range, await editions.LineageAsync(Before, cancellationToken), await editions.LineageAsync(After, cancellationToken),
            rows, new Listing(Columns, [.. rows.Select(r => Record(r.Table, r.Change))]));
    }

    /// <summary>Where the change comes from: the mark's amendment, else the later (or, for a removal, the earlier) allocation.</summary>
    public static Provenance? Provenance(EditionChange change) => change.Mark?.Provenance ?? (change.After ?? change.Before)?.Provenance;

    private static object?[] Record(string table, EditionChange change)
    {
        var provenance = Provenance(change);
        return
        [
            table, change.Band.LowerHz, change.Band.UpperHz, change.Band.ToString(), Kebab(change.Kind), change.Service?.Name,
            change.OldStatus is { } before ? Terms.Of(before) : null, change.NewStatus is { } after ? Terms.Of(after) : null,
            change.Footnote?.Value ?? change.Mark?.Footnote?.Value, change.Mark?.Identifies is { } i ? Terms.Of(i) : null,
            change.Mark?.ListedCountriesOnly ?? false, change.ToString(), provenance?.Source, provenance is null ? null : Terms.Of(provenance.Confidence),
        ];
    }

    // AllocationAdded → allocation-added.
    private static string Kebab(EditionChangeKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>The changes, table by table, with the two editions' lineages, and as csv and json list them.</summary>
public sealed record DiffAnswer(FrequencyRange? Range, string BeforeLineage, string AfterLineage, IReadOnlyList<(string Table, EditionChange Change)> Changes, Listing Listing);
