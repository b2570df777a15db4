using Npgsql;
using Spectrum.Charts;
using Spectrum.PostGis.Queries;

namespace Spectrum.Briefing;

/// <summary>The formats a briefing is written in.</summary>
public enum BriefFormat
{
    Html,
    Markdown,
    Word,
    Pdf,
}

/// <summary>What to brief: which agenda items (null for every item with bands), against which edition, where, how.</summary>
public sealed record BriefRequest(string Folder, IReadOnlySet<BriefFormat> Formats, DateOnly Date)
{
    public IReadOnlyList<string>? AgendaItems { get; init; }

    /// <summary>The table the findings are analysed against (RR-2020, the table WRC-23 started from, by default).</summary>
    public string FindingsEdition { get; init; } = Conference.ProposedTables.BaseEditionName;

    /// <summary>The administration the findings are screened for (its Region's proposals, its tables and neighbours); null: each Region.</summary>
    public AreaCode? Country { get; init; }
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
    /// <summary>The overview chart of decade <c>n</c> (1 for 9-30 kHz, ITU band 4): <c>charts/overview-1.png</c>.</summary>
    public static string OverviewChart(int n) => $"charts/overview-{n}.png";

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
        // A decade a chart, each with its own legend: the whole Table in one picture is too tall for any page. Charts
        // are built in order and drawn at the end, on every core: each is a picture of its own.
        var strips = new List<OverviewStrip>();
        var charts = new List<(BandChart Chart, string File)>();
        foreach (var range in BandChartBuilder.OverviewStrips)
        {
            var file = OverviewChart(strips.Count + 1);
            var title = $"The Table, {range}, with the WRC-23 agenda items";
            charts.Add((BandChartBuilder.Build(range, chartTables, allBands, DataCredit.ChartOptions(request.Date, title, chartEdition)), file));
            strips.Add(new OverviewStrip(range, file));
        }

        var screening = new Screening(dataSource);
        var methods = (await positions.CpmMethodsAsync(cancellationToken)).ToLookup(m => m.AgendaItem);
        var regional = (await positions.RegionalPositionsAsync(cancellationToken)).ToLookup(r => r.AgendaItem);
        var nationalUse = new NationalUseQuery(dataSource, request.Country is { } administration
            ? [administration, .. (await new AreaQuery(dataSource).NeighboursAsync(administration, cancellationToken)).Select(n => n.Code)]
            : []);
        // A briefing for an administration draws its national tables under the Regions, each with its applications.
        var nationalTables = request.Country is { } own ? await new TableQuery(dataSource).NationalAsync(own, cancellationToken) : [];
        var briefs = new List<ItemBrief>();
        foreach (var item in items)
        {
            progress?.Report(($"Agenda item {item.Number}", briefs.Count + 1, total));
            var bands = allBands.Where(b => b.AgendaItem == item.Number).ToList();
            var area = request.Country is { } country ? new AreaFilter.Known(country) : (AreaFilter)new AreaFilter.Anywhere();
            var asked = await screening.OfAgendaItemAsync(item.Number, area, null, cancellationToken);
            var findings = await screening.FindAsync(asked, request.FindingsEdition, null, cancellationToken);
            var itemPositions = (await positions.FindAsync(item.Number, cancellationToken)).Select(p => p.Position).ToList();
            var brief = new ItemBrief(item, bands, itemPositions, findings, null)
            {
                Methods = [.. methods[item.Number]],
                Regional = [.. regional[item.Number]],
                NationalUse = await nationalUse.OfAsync(asked.Select(a => a.Proposal.Range), cancellationToken),
            };
            if (bands.Count > 0)
            {
                var chart = $"charts/{brief.Slug}.png";
                charts.Add((BandChartBuilder.BuildAgendaItem(bands, [.. chartTables, .. nationalTables], bands,
                        DataCredit.ChartOptions(request.Date, $"WRC-23 agenda item {item.Number}", chartEdition),
                        await NationalApplicationsAsync(bands, nationalTables, cancellationToken)), chart));
                brief = brief with { ChartFile = chart };
            }

            briefs.Add(brief);
        }

        progress?.Report(("Writing", total, total));
        Parallelism.MapInOrder(charts, (chart, _) => ChartFile.Write(chart.Chart, Path.Combine(folder, chart.File)), cancellationToken);
        var pack = new BriefingPack(chartEdition, findingsEdition, request.Date, strips, briefs) { ScreenedFor = request.Country };
        // The documents are independent of each other: written side by side, listed in this order.
        List<Func<string>> writers = [];
        if (request.Formats.Contains(BriefFormat.Html))
        {
            writers.Add(() => HtmlWriter.Write(pack, folder));
        }

        if (request.Formats.Contains(BriefFormat.Markdown))
        {
            writers.Add(() => MarkdownWriter.Write(pack, folder));
        }

        if (request.Formats.Contains(BriefFormat.Word))
        {
            writers.Add(() => DocxWriter.Write(pack, folder));
        }

        var written = Parallelism.MapInOrder(writers, (write, _) => write(), cancellationToken);

        if (request.Formats.Contains(BriefFormat.Pdf))
        {
            written.Add(await PdfWriter.WriteAsync(pack, folder, cancellationToken));
        }

        return new BriefResult(pack, written, briefs.Count(b => b.ChartFile is not null) + strips.Count);
    }

    // The applications the administration's national tables list over the item chart's range, by table; none per Region.
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<BandApplication>>?> NationalApplicationsAsync(
        IReadOnlyList<Conference.AgendaBand> bands, IReadOnlyList<AllocationTable> nationalTables, CancellationToken cancellationToken)
    {
        if (nationalTables.Count == 0)
        {
            return null;
        }

        var segments = BandChartBuilder.ItemSegments(bands);
        return await new ApplicationQuery(dataSource).ByTableAsync(nationalTables, new FrequencyRange(segments[0].Lower, segments[^1].Upper), cancellationToken);
    }
}

/// <summary>
/// What the administration (the first country) and its neighbours use an agenda item's bands for: per country and
/// distinct band, the applications its tables list there. No country, no national use.
/// </summary>
internal sealed class NationalUseQuery(NpgsqlDataSource dataSource, IReadOnlyList<AreaCode> countries)
{
    private readonly AllocationQuery query = new(dataSource);

    /// <param name="bands">The bands the item proposes in the administration's Region.</param>
    public async Task<IReadOnlyList<NationalUse>> OfAsync(IEnumerable<FrequencyRange> bands, CancellationToken cancellationToken)
    {
        var uses = new List<NationalUse>();
        var distinct = bands.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            return uses;
        }

        // One question per country over the span of the bands; each band then takes what overlaps it.
        var span = new FrequencyRange(distinct.Min(b => b.Lower), distinct.Max(b => b.Upper));
        foreach (var (country, index) in countries.Select((c, i) => (c, i)))
        {
            var listed = await query.ApplicationsAsync(span, new AreaFilter.Known(country), null, null, cancellationToken);
            foreach (var band in distinct)
            {
                var applications = listed.Where(a => a.Application.Overlaps(band)).ToList();
                if (applications.Count > 0)
                {
                    uses.Add(new NationalUse(country, index > 0, band, applications));
                }
            }
        }

        return uses;
    }
}

/// <summary>A briefing that cannot be made as asked; the message says why, in one line.</summary>
public sealed class BriefingException(string message) : Exception(message);
