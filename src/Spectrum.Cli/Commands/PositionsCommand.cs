using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Output;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum positions</c>: the EU common positions per agenda item, band and Region, with the outcome, whether the
/// EU objective was met (<see cref="ObjectiveAssessment"/>), and the item's CPM methods and regional positions.
/// </summary>
internal sealed class PositionsCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<PositionsCommand.Settings>
{
    public sealed class Settings : TabularSettings
    {
        [CommandOption("--agenda-item <ITEM>")]
        [Description("One WRC-23 agenda item, e.g. 1.2 or \"9.1 b\" (default: all)")]
        public string? AgendaItem { get; init; }

    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var answer = await new PositionQuestion(settings.AgendaItem).AskAsync(await store.OpenAsync(settings, cancellationToken), cancellationToken);
        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, answer.Listing.Columns, answer.Listing.Records);
            return 0;
        }

        var positions = answer.Positions;
        if (positions.Count == 0)
        {
            console.MarkupLine("[grey]No positions stored (spectrum import data loads the shipped ones)[/]");
            return 0;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("AI");
        table.AddColumn("Band");
        table.AddColumn("Area");
        table.AddColumn("EU stance");
        table.AddColumn("WRC-23 outcome");
        table.AddColumn("EU objective met?");
        foreach (var stored in positions)
        {
            var p = stored.Position;
            var objective = ObjectiveAssessment.Of(p);
            var stance = $"[bold]{Markup.Escape(Terms.Of(p.Stance))}[/]" + (p.Conditions.Length > 0 ? $": {Markup.Escape(p.Conditions)}" : "");
            table.AddRow(
                Markup.Escape(p.AgendaItem),
                Markup.Escape(p.Range.ToString()),
                Markup.Escape(p.Area.ToString()),
                stance + ConfidenceNote(p.Provenance.Confidence),
                Markup.Escape(p.Outcome) + ConfidenceNote(p.OutcomeConfidence),
                Markup.Escape($"{Terms.Of(objective.Met)} ({objective.Reason})") + (objective.Met == ObjectiveMet.NotAssessed ? "" : ConfidenceNote(objective.Confidence)));
        }

        console.Write(table);
        var (methods, regional) = (answer.Methods, answer.Regional);
        foreach (var item in positions.Select(p => p.Position.AgendaItem).Distinct().Where(i => methods[i].Any() || regional[i].Any()))
        {
            console.MarkupLine($"[bold]{Markup.Escape(item)}[/] CPM methods: {Markup.Escape(PositionQuestion.MethodsOf(methods[item]) ?? "none recorded")}; "
                + $"regional positions: {Markup.Escape(PositionQuestion.RegionalOf(regional[item]) ?? "none recorded")}");
        }

        return 0;
    }

    private static string ConfidenceNote(Confidence confidence) =>
        confidence == Confidence.High ? "" : $" [yellow]({Terms.Of(confidence)} confidence)[/]";
}
