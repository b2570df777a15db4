using Microsoft.Extensions.Configuration;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum brief</c>: the delegation briefing per WRC-23 agenda item (bands, EU position and outcome, a chart and
/// the findings, after an overview of the whole Table), from the data folder, imported first when new to the store.
/// </summary>
internal sealed class BriefCommand(IAnsiConsole console, StoreConnector store, IConfiguration configuration) : AsyncCommand<BriefCommand.Settings>
{
    public sealed class Settings : BriefingSettings
    {
        [CommandOption("--agenda-item <ITEM>")]
        [Description("Only these agenda items, comma-separated, e.g. 1.2,1.3 (default: every item with bands)")]
        public string? AgendaItems { get; init; }

        [CommandOption("--edition <EDITION>")]
        [Description("The table findings are analysed against (default RR-2020, the table WRC-23 started from); charts show the newest edition")]
        public string Edition { get; init; } = Conference.ProposedTables.BaseEditionName;

        [CommandOption("--data <FOLDER>")]
        [Description("The data folder, imported first when its content is new to the store (default data)")]
        public string Data { get; init; } = "data";

        [CommandOption("--date <DATE>")]
        [Description("Date printed on the pack, yyyy-mm-dd (default today)")]
        public string? Date { get; init; }

        public override string DataFolder => Data;

        public override ValidationResult Validate() => Options.First(
            base.Validate,
            () => AgendaItems is not null && Options.List(AgendaItems).Length == 0
                ? ValidationResult.Error($"--agenda-item '{AgendaItems}': name at least one agenda item, e.g. 1.2") : ValidationResult.Success(),
            () => Options.CheckDate(Date));

        public override Briefing.BriefRequest Request() => base.Request() with
        {
            Date = Options.DateOrToday(Date),
            AgendaItems = AgendaItems is null ? null : Options.List(AgendaItems),
            FindingsEdition = Edition,
        };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await BriefingRun.RunAsync(console, await store.OpenAsync(settings, cancellationToken), settings, configuration, cancellationToken);
        return 0;
    }
}
