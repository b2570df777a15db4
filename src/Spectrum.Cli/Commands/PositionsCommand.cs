using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Output;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.PostGis.Import;
using Spectrum.PostGis.Queries;

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

    private static readonly string[] Columns =
    [
        "agenda_item", "title", "area", "lower_hz", "upper_hz", "band", "stance", "conditions", "outcome", "outcome_confidence", "outcome_kind",
        "objective_met", "objective_reason", "objective_confidence", "cpm_methods", "regional_positions", "source", "confidence",
    ];

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var query = new PositionQuery(await store.OpenAsync(settings, cancellationToken));
        if (settings.AgendaItem is not null && !await query.HasAgendaItemAsync(settings.AgendaItem, cancellationToken))
        {
            throw new InputException($"unknown agenda item '{settings.AgendaItem}' (spectrum positions lists those imported; spectrum import data loads them)");
        }

        var positions = await query.FindAsync(settings.AgendaItem, cancellationToken);
        var methods = (await query.CpmMethodsAsync(cancellationToken)).ToLookup(m => m.AgendaItem);
        var regional = (await query.RegionalPositionsAsync(cancellationToken)).ToLookup(r => r.AgendaItem);
        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, Columns, positions.Select(p =>
            {
                var objective = ObjectiveAssessment.Of(p.Position);
                return new object?[]
                {
                    p.Position.AgendaItem, p.Title, p.Position.Area.ToString(), p.Position.Range.LowerHz, p.Position.Range.UpperHz,
                    p.Position.Range.ToString(), Terms.Of(p.Position.Stance), p.Position.Conditions, p.Position.Outcome,
                    Terms.Of(p.Position.OutcomeConfidence), p.Position.OutcomeKind is { } kind ? Terms.Of(kind) : null,
                    Terms.Of(objective.Met), objective.Reason, Terms.Of(objective.Confidence),
                    MethodsOf(methods[p.Position.AgendaItem]), RegionalOf(regional[p.Position.AgendaItem]),
                    p.Position.Provenance.Source, Terms.Of(p.Position.Provenance.Confidence),
                };
            }));
            return 0;
        }

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
        var items = positions.Select(p => p.Position.AgendaItem).Distinct().ToArray();
        foreach (var item in items.Where(i => methods[i].Any() || regional[i].Any()))
        {
            console.MarkupLine($"[bold]{Markup.Escape(item)}[/] CPM methods: {Markup.Escape(MethodsOf(methods[item]) ?? "none recorded")}; "
                + $"regional positions: {Markup.Escape(RegionalOf(regional[item]) ?? "none recorded")}");
        }

        return 0;
    }

    // "A: no change…; B: …", or null when none is stored.
    private static string? MethodsOf(IEnumerable<CpmMethod> methods) =>
        methods.Any() ? string.Join("; ", methods.Select(m => $"{m.Method}: {m.Summary} [{m.Provenance.Source}]")) : null;

    // "CEPT (Method D): …; ASMG: no change", or null when none is stored.
    private static string? RegionalOf(IEnumerable<RegionalPosition> positions) =>
        positions.Any()
            ? string.Join("; ", positions.Select(r => $"{Terms.Of(r.Organisation)}{(r.Method.Length > 0 ? $" (Method {r.Method})" : "")}: {r.View} [{r.Provenance.Source}]"))
            : null;

    private static string ConfidenceNote(Confidence confidence) =>
        confidence == Confidence.High ? "" : $" [yellow]({Terms.Of(confidence)} confidence)[/]";
}
