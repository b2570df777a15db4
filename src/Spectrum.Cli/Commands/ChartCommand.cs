using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Charts;
using Spectrum.Cli.Hosting;
using Spectrum.Briefing;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.Footnotes;
using Npgsql;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum chart</c>: a band chart of a range, or the full-spectrum overview, as PNG, SVG or PDF.</summary>
internal sealed class ChartCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<ChartSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ChartSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        var editions = settings.Editions.Length > 0 ? settings.Editions : [await EditionCheck.OrNewestAsync(dataSource, null, cancellationToken)];
        var rows = new List<AllocationTable>();
        foreach (var edition in editions)
        {
            await EditionCheck.ThrowIfUnknownAsync(dataSource, edition, cancellationToken);
            var tables = await new TableQuery(dataSource).LoadAsync(edition, null, cancellationToken);
            var wanted = settings.Tables is null ? null : Options.List(settings.Tables);
            if (wanted is not null && wanted.FirstOrDefault(w => tables.All(t => t.Name != w)) is { } missing)
            {
                throw new InputException($"--tables: edition {edition} has no table '{missing}' (it has {string.Join(", ", tables.Select(t => t.Name))})");
            }

            var country = settings.Country is null ? null : await CountryRowAsync(dataSource, AreaCode.Parse(settings.Country), edition, cancellationToken);

            // With several editions each row says which it is.
            rows.AddRange(tables
                .Where(t => wanted is null ? country is null || t.Area == country.Table.Area : wanted.Contains(t.Name))
                .Select(t => editions.Length == 1 ? t : new AllocationTable($"{t.Name} {edition}", edition, t.Area, t.Allocations, t.BandFootnotes)));
            if (country is not null)
            {
                var name = $"{country.Country} (footnotes applied)" + (editions.Length == 1 ? "" : $" {edition}");
                rows.Add(new AllocationTable(name, edition, country.Country, country.Allocations.Select(a => a.Allocation), country.Table.BandFootnotes));
            }
        }

        if (settings.AgendaItem is not null && !await new PositionQuery(dataSource).HasAgendaItemAsync(settings.AgendaItem, cancellationToken))
        {
            throw new InputException($"unknown agenda item '{settings.AgendaItem}' (spectrum positions lists those imported)");
        }

        var range = settings.IsOverview || settings.Range is null ? (FrequencyRange?)null : FrequencyRange.Parse(settings.Range);
        var kinds = Options.List(settings.Highlight);
        var highlights = (await new AgendaBandQuery(dataSource).FindAsync(settings.AgendaItem, range, cancellationToken))
            .Where(b => kinds.Contains(b.Highlight switch
            {
                Conference.Highlight.Imt => "imt",
                Conference.Highlight.EarthObservation => "eo",
                _ => "other",
            }))
            .ToList();
        var title = settings.AgendaItem is null ? "Frequency allocations" : $"WRC-23 agenda item {settings.AgendaItem}";
        var lineages = new List<string>();
        foreach (var edition in editions)
        {
            lineages.Add(await new EditionQuery(dataSource).LineageAsync(edition, cancellationToken));
        }

        var options = DataCredit.ChartOptions(Options.DateOrToday(settings.Date), title, string.Join(", ", lineages)) with { Width = settings.Width ?? 1600 };

        OutputFile.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!);
        var dpi = settings.Dpi ?? ChartRenderer.DefaultDpi;
        if (range is { } r)
        {
            ChartFile.Write(BandChartBuilder.Build(r, rows, highlights, options), settings.Out, settings.Width, settings.Height, dpi);
        }
        else if (settings.IsOverview)
        {
            ChartFile.Write(BandChartBuilder.BuildOverview(rows, highlights, options), settings.Out, settings.Width, settings.Height, dpi);
        }
        else if (highlights.Count > 0)
        {
            ChartFile.Write(BandChartBuilder.BuildAgendaItem(highlights, rows, highlights, options), settings.Out, settings.Width, settings.Height, dpi);
        }
        else
        {
            throw new InputException($"agenda item {settings.AgendaItem} has no bands of the kinds --highlight {settings.Highlight} draws: give a range, or --highlight imt,eo,other");
        }

        console.MarkupLineInterpolated(
            $"Wrote {settings.Out} ({new FileInfo(settings.Out).Length / 1024.0:0.#} KiB, {rows.Count} rows, {highlights.Count} agenda-item highlights) in {clock.Elapsed.TotalSeconds:0.00} s");
        return 0;
    }

    // The Table of the country's Region as it applies there, over the whole Table (9 kHz to 3 000 GHz).
    private static async Task<CountryTable> CountryRowAsync(NpgsqlDataSource dataSource, AreaCode country, string edition, CancellationToken cancellationToken)
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
