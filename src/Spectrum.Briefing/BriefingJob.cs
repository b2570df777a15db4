using Npgsql;
using Spectrum.Charts;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;

namespace Spectrum.Briefing;

/// <summary>The formats a briefing is written in.</summary>
public enum BriefFormat
{
    Html,
    Markdown,
    Word,
}

/// <summary>What to brief: which agenda items (null for every item with bands), against which edition, where, how.</summary>
public sealed record BriefRequest(string Folder, IReadOnlySet<BriefFormat> Formats, DateOnly Date)
{
    public IReadOnlyList<string>? AgendaItems { get; init; }

    /// <summary>The table the findings are analysed against (RR-2020, the table WRC-23 started from, by default).</summary>
    public string FindingsEdition { get; init; } = Conference.ProposedTables.BaseEditionName;
}

/// <summary>What a briefing run wrote.</summary>
public sealed record BriefResult(BriefingPack Pack, IReadOnlyList<string> Files, int Charts);

/// <summary>
/// Builds the briefing from the store and writes it: the overview chart, per agenda item its bands, the positions on
/// them, a chart and the findings (screened as <see cref="Screening"/> does), then each format asked for. The charts
/// show the newest edition; the findings use <see cref="BriefRequest.FindingsEdition"/>.
/// </summary>
public sealed class BriefingJob(NpgsqlDataSource dataSource)
{
    public const string OverviewChart = "charts/overview.png";

    /// <param name="progress">Told the step under way and how many of the steps are done.</param>
    /// <exception cref="BriefingException">An agenda item the store does not have, or a store without editions.</exception>
    public async Task<BriefResult> RunAsync(
        BriefRequest request, IProgress<(string Step, int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var positions = new PositionQuery(dataSource);
        var allBands = await new AgendaBandQuery(dataSource).FindAsync(null, null, cancellationToken);
        var wanted = request.AgendaItems;
        var items = (await positions.AgendaItemsAsync(cancellationToken))
            .Where(i => wanted is null ? allBands.Any(b => b.AgendaItem == i.Number) : wanted.Contains(i.Number))
            .ToList();
        if (wanted?.FirstOrDefault(w => items.All(i => i.Number != w)) is { } unknown)
        {
            throw new BriefingException($"unknown agenda item '{unknown}' (spectrum positions lists those imported)");
        }

        var newest = await new EditionQuery(dataSource).NewestAsync(cancellationToken)
            ?? throw new BriefingException("the store holds no edition: spectrum import data loads the shipped ones");
        var chartTables = await new TableQuery(dataSource).LoadAsync(newest, null, cancellationToken);
        var editions = new EditionQuery(dataSource);
        var (chartEdition, findingsEdition) = (await editions.LineageAsync(newest, cancellationToken),
            await editions.LineageAsync(request.FindingsEdition, cancellationToken));
        var folder = OutputFile.CreateFolder(request.Folder);
        OutputFile.CreateFolder(Path.Combine(folder, "charts"));

        var total = items.Count + 1;
        progress?.Report(("Overview", 0, total));
        ChartFile.Write(
            BandChartBuilder.BuildOverview(chartTables, allBands, DataCredit.ChartOptions(request.Date, "The Table with every WRC-23 agenda item", chartEdition)),
            Path.Combine(folder, OverviewChart));
        var screening = new Screening(dataSource);
        var briefs = new List<ItemBrief>();
        foreach (var item in items)
        {
            progress?.Report(($"Agenda item {item.Number}", briefs.Count + 1, total));
            var bands = allBands.Where(b => b.AgendaItem == item.Number).ToList();
            var asked = await screening.OfAgendaItemAsync(item.Number, new AreaFilter.Anywhere(), null, cancellationToken);
            var findings = await screening.FindAsync(asked, request.FindingsEdition, ConflictFinder.DefaultGuardHz, cancellationToken);
            var itemPositions = (await positions.FindAsync(item.Number, cancellationToken)).Select(p => p.Position).ToList();
            var brief = new ItemBrief(item, bands, itemPositions, findings, null);
            if (bands.Count > 0)
            {
                var chart = $"charts/{brief.Slug}.png";
                ChartFile.Write(
                    BandChartBuilder.BuildAgendaItem(bands, chartTables, bands, DataCredit.ChartOptions(request.Date, $"WRC-23 agenda item {item.Number}", chartEdition)),
                    Path.Combine(folder, chart));
                brief = brief with { ChartFile = chart };
            }

            briefs.Add(brief);
        }

        progress?.Report(("Writing", total, total));
        var pack = new BriefingPack(chartEdition, findingsEdition, request.Date, OverviewChart, briefs);
        List<string> written = [];
        if (request.Formats.Contains(BriefFormat.Html))
        {
            written.Add(HtmlWriter.Write(pack, folder));
        }

        if (request.Formats.Contains(BriefFormat.Markdown))
        {
            written.Add(MarkdownWriter.Write(pack, folder));
        }

        if (request.Formats.Contains(BriefFormat.Word))
        {
            written.Add(DocxWriter.Write(pack, folder));
        }

        return new BriefResult(pack, written, briefs.Count(b => b.ChartFile is not null) + 1);
    }
}

/// <summary>A briefing that cannot be made as asked; the message says why, in one line.</summary>
public sealed class BriefingException(string message) : Exception(message);
