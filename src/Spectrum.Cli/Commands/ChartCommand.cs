using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Charts;
using Spectrum.Briefing;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum chart</c>: a band chart of a range or of an agenda item's bands, or the full-spectrum overview, as PNG, SVG or PDF.</summary>
internal sealed class ChartCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<ChartSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ChartSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        var range = settings.IsOverview || settings.Range is null ? (FrequencyRange?)null : FrequencyRange.Parse(settings.Range);
        var question = new ChartQuestion(range, settings.Editions, settings.Tables is null ? null : Options.List(settings.Tables), settings.Country,
            settings.AgendaItem, Options.List(settings.Highlight), Options.DateOrToday(settings.Date), settings.Width ?? 1600, settings.IsOverview, settings.Applications);
        var answer = await question.AskAsync(dataSource, cancellationToken);

        OutputFile.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!);
        var dpi = settings.Dpi ?? ChartRenderer.DefaultDpi;
        if (answer.Chart is { } chart)
        {
            ChartFile.Write(chart, settings.Out, settings.Width, settings.Height, dpi);
        }
        else
        {
            ChartFile.Write(answer.Overview!, settings.Out, settings.Width, settings.Height, dpi);
        }

        console.MarkupLineInterpolated(
            $"Wrote {settings.Out} ({new FileInfo(settings.Out).Length / 1024.0:0.#} KiB, {answer.Rows} rows, {answer.Highlights} agenda-item highlights) in {clock.Elapsed.TotalSeconds:0.00} s");
        return 0;
    }
}
