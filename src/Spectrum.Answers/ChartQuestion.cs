using Npgsql;
using Spectrum.Briefing;
using Spectrum.Charts;
using Spectrum.Footnotes;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>
/// "Draw this range": one chart row per table (Regions 1-3 by default, or the tables named; each edition asked for
/// side by side), with a country the Table of its Region and that Table as it applies there, and the agenda-item
/// bands highlighted. <c>spectrum chart</c> and <c>GET /api/chart</c> ask it. Without a range it draws the whole Table
/// (<see cref="Overview"/>) or else the agenda item's bands, those far apart on a segmented axis.
/// </summary>
public sealed record ChartQuestion(
    FrequencyRange? Range, IReadOnlyList<string> Editions, IReadOnlyList<string>? Tables = null, string? Country = null,
    string? AgendaItem = null, IReadOnlyList<string>? Highlight = null, DateOnly? Date = null, int Width = 1600, bool Overview = false,
    bool Applications = false)
{
    /// <summary>The kinds of highlight: 5G/IMT bands, Earth-observation protections, and every other agenda item's bands.</summary>
    public static readonly IReadOnlyList<string> HighlightKinds = ["imt", "eo", "other"];

    /// <summary>The message for a chart of nothing: neither a range nor an agenda item.</summary>
    public const string NothingToDraw = "give the range to draw (e.g. 5.9-7.2GHz, or all), or --agenda-item to draw that item's bands";

    /// <summary>The chart of a range or of an agenda item's bands (<see cref="BandChart"/>), or of the whole Table
    /// (<see cref="SpectrumOverview"/>).</summary>
    public async Task<ChartAnswer> AskAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (Range is null && !Overview && AgendaItem is null)
        {
            throw new InputException(NothingToDraw);
        }

        IReadOnlyList<string> editions = Editions.Count > 0 ? Editions : [await EditionCheck.OrNewestAsync(dataSource, null, cancellationToken)];
        var rows = new List<AllocationTable>();
        foreach (var edition in editions)
        {
            await EditionCheck.ThrowIfUnknownAsync(dataSource, edition, cancellationToken);
            var tables = await new TableQuery(dataSource).LoadAsync(edition, null, cancellationToken);
            if (Tables is not null && Tables.FirstOrDefault(w => tables.All(t => t.Name != w)) is { } missing)
            {
                throw new InputException($"--tables: edition {edition} has no table '{missing}' (it has {string.Join(", ", tables.Select(t => t.Name))})");
            }

            var country = Country is null ? null : await CountryTableAsync(dataSource, AreaCode.Parse(Country), edition, cancellationToken);

            // With several editions each row says which it is.
            rows.AddRange(tables
                .Where(t => Tables is null ? country is null || t.Area == country.Table.Area : Tables.Contains(t.Name))
                .Select(t => editions.Count == 1 ? t : new AllocationTable($"{t.Name} {edition}", edition, t.Area, t.Allocations, t.BandFootnotes)));
            if (country is not null)
            {
                var name = $"{country.Country} (footnotes applied)" + (editions.Count == 1 ? "" : $" {edition}");
                rows.Add(new AllocationTable(name, edition, country.Country, country.Allocations.Select(a => a.Allocation), country.Table.BandFootnotes));
            }
        }

        // A country's own tables (its national table, edition EFIS-2015) follow its Region and its effective Table.
        if (Country is not null)
        {
            rows.AddRange(await new TableQuery(dataSource).NationalAsync(AreaCode.Parse(Country), cancellationToken));
        }

        if (AgendaItem is not null && !await new PositionQuery(dataSource).HasAgendaItemAsync(AgendaItem, cancellationToken))
        {
            throw new InputException($"unknown agenda item '{AgendaItem}' (spectrum positions lists those imported)");
        }

        var kinds = Highlight ?? HighlightKinds;
        var highlights = (await new AgendaBandQuery(dataSource).FindAsync(AgendaItem, Range, cancellationToken))
            .Where(b => kinds.Contains(KindOf(b.Highlight)))
            .ToList();
        var title = AgendaItem is null ? "Frequency allocations" : $"WRC-23 agenda item {AgendaItem}";
        var lineages = new List<string>();
        foreach (var edition in editions)
        {
            lineages.Add(await new EditionQuery(dataSource).LineageAsync(edition, cancellationToken));
        }

        var options = DataCredit.ChartOptions(Date ?? DateOnly.FromDateTime(DateTime.Today), title, string.Join(", ", lineages)) with { Width = Width };
        if (Range is { } r)
        {
            return new ChartAnswer(BandChartBuilder.Build(r, rows, highlights, options, await ApplicationsAsync(dataSource, rows, r, cancellationToken)), null, rows.Count, highlights.Count);
        }

        if (Overview)
        {
            var whole = new FrequencyRange(BandChartBuilder.OverviewStrips[0].Lower, BandChartBuilder.OverviewStrips[^1].Upper);
            return new ChartAnswer(null, BandChartBuilder.BuildOverview(rows, highlights, options, await ApplicationsAsync(dataSource, rows, whole, cancellationToken)),
                rows.Count, highlights.Count);
        }

        if (highlights.Count == 0)
        {
            throw new InputException($"agenda item {AgendaItem} has no bands of the kinds --highlight {string.Join(',', kinds)} draws: give a range, or --highlight imt,eo,other");
        }

        var segments = BandChartBuilder.ItemSegments(highlights);
        var span = new FrequencyRange(segments[0].Lower, segments[^1].Upper);
        return new ChartAnswer(BandChartBuilder.BuildAgendaItem(highlights, rows, highlights, options, await ApplicationsAsync(dataSource, rows, span, cancellationToken)),
            null, rows.Count, highlights.Count);
    }

    // With Applications, what each drawn table lists as applications over the range, by the table's row name.
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<BandApplication>>?> ApplicationsAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<AllocationTable> rows, FrequencyRange range, CancellationToken cancellationToken)
    {
        if (!Applications)
        {
            return null;
        }

        return await new ApplicationQuery(dataSource).ByTableAsync(rows, range, cancellationToken);
    }

    /// <summary>The name <c>--highlight</c> gives a kind of agenda-item band.</summary>
    public static string KindOf(Conference.Highlight highlight) => highlight switch
    {
        Conference.Highlight.Imt => "imt",
        Conference.Highlight.EarthObservation => "eo",
        _ => "other",
    };

    // The Table of the country's Region as it applies there, over the whole Table (9 kHz to 3 000 GHz).
    private static async Task<CountryTable> CountryTableAsync(NpgsqlDataSource dataSource, AreaCode country, string edition, CancellationToken cancellationToken)
    {
        if (!await new AreaQuery(dataSource).ExistsAsync(country, cancellationToken))
        {
            throw new InputException($"unknown country '{country}': the store has no area of that code (spectrum import data loads the shipped countries)");
        }

        var tables = await new FootnoteRuleQuery(dataSource).CountryTablesAsync(FrequencyRange.FromHz(0, 3_000_000_000_000), [country], edition, cancellationToken);
        return tables.Count == 1 ? tables[0]
            : throw new InputException($"--country {country}: edition {edition} has no table of the ITU Region the store places {country} in");
    }
}

/// <summary>The chart of a range, or the overview of the whole Table, with how many rows and highlights it draws.</summary>
public sealed record ChartAnswer(BandChart? Chart, SpectrumOverview? Overview, int Rows, int Highlights)
{
    /// <summary>Renders the chart to a stream as PNG, SVG or PDF.</summary>
    public ChartLayout Write(Stream output, ChartFormat format, int? width = null, int? height = null, float dpi = ChartRenderer.DefaultDpi) =>
        Chart is not null ? ChartRenderer.Write(Chart, output, format, width, height, dpi) : ChartRenderer.Write(Overview!, output, format, width, height, dpi);
}
