using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Output;
using Spectrum.Briefing;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum conflicts</c>: who a proposal would hurt, where, and how badly.</summary>
internal sealed class ConflictsCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<ConflictsCommand.Settings>
{
    public sealed class Settings : AreaSettings
    {
        [CommandArgument(0, "[range]")]
        [Description("The proposed band, e.g. 24.25-27.5GHz (not needed with --agenda-item)")]
        public string? Range { get; init; }

        [CommandOption("--service <NAME>")]
        [Description("The service proposed (default MOBILE: IMT runs in the mobile service)")]
        public string Service { get; init; } = "Mobile";

        [CommandOption("--agenda-item <ITEM>")]
        [Description("Take every band of a WRC-23 agenda item, in each Region it names, e.g. 1.2; with an area, only the Regions it lies in, screened in that area")]
        public string? AgendaItem { get; init; }

        [CommandOption("--edition <EDITION>")]
        [Description("The table analysed against (default RR-2020: the table WRC-23 started from)")]
        public string Edition { get; init; } = ProposedTables.BaseEditionName;

        [CommandOption("--guard <WIDTH>")]
        [Description("Guard band for adjacent findings (default 250 MHz: the 24.25 GHz IMT band's distance from the 23.6-24 GHz passive band, for which Resolution 750 set limits)")]
        public string? Guard { get; init; }

        public override ValidationResult Validate()
        {
            var area = base.Validate();
            if (!area.Successful)
            {
                return area;
            }

            if (Range is null && AgendaItem is null)
            {
                return ValidationResult.Error("give a range (e.g. 24.25-27.5GHz) or --agenda-item");
            }

            if (Range is not null && !FrequencyRange.TryParse(Range, out _, out var error))
            {
                return ValidationResult.Error(error);
            }

            if (!RadioService.TryParse(Service, out _, out var serviceError))
            {
                return ValidationResult.Error(serviceError);
            }

            return Guard is not null && !Frequency.TryParse(Guard, out _, out var guardError)
                ? ValidationResult.Error($"--guard: {guardError}")
                : ValidationResult.Success();
        }
    }

    private static readonly string[] Columns =
    [
        "severity", "kind", "agenda_item", "proposal_band", "proposal_area", "table", "edition", "area", "service", "status",
        "lower_hz", "upper_hz", "band", "gap_hz", "footnotes", "reason", "confidence",
    ];

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        await EditionCheck.ThrowIfUnknownAsync(dataSource, settings.Edition, cancellationToken);
        var guard = settings.Guard is null ? ConflictFinder.DefaultGuardHz : Frequency.Parse(settings.Guard).Hertz;
        var area = await settings.ResolveAreaAsync(dataSource, cancellationToken);
        var range = settings.Range is null ? (FrequencyRange?)null : FrequencyRange.Parse(settings.Range);
        var screening = new Screening(dataSource);
        IReadOnlyList<ScreeningRequest> asked;
        if (settings.AgendaItem is not null)
        {
            asked = await screening.OfAgendaItemAsync(settings.AgendaItem, area, range, cancellationToken);
            if (asked.Count == 0)
            {
                throw new InputException($"agenda item '{settings.AgendaItem}' has no bands {(range is null ? "" : $"in {range} ")}in {settings.AreaLabel} in the store (spectrum positions lists the items; spectrum import data loads them)");
            }
        }
        else
        {
            var code = area is AreaFilter.Known known ? known.Code : (AreaCode?)null;
            asked = [new ScreeningRequest(new Proposal(range!.Value, code, settings.AreaLabel, RadioService.Parse(settings.Service), "add-allocation"), area)];
        }

        var findings = await screening.FindAsync(asked, settings.Edition, guard, cancellationToken);
        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, Columns, findings.Select(Record));
            return 0;
        }

        WriteTable(settings, [.. asked.Select(a => a.Proposal)], findings, await new EditionQuery(dataSource).LineageAsync(settings.Edition, cancellationToken));
        return 0;
    }

    private static object?[] Record(Finding f)
    {
        var (range, incumbent) = (f.Band, f.Incumbent);
        return
        [
            Terms.Of(f.Severity), Terms.Of(f.Kind), f.Proposal.AgendaItem, f.Proposal.Range.ToString(), f.Proposal.AreaLabel,
            incumbent.Table, incumbent.Edition, incumbent.Area.Value, incumbent.Service?.Name, incumbent.Status is { } s ? Terms.Of(s) : null,
            range.LowerHz, range.UpperHz, range.ToString(), f.GapHz, incumbent.Footnotes.Select(id => id.Value).ToList(), f.Reason,
            Terms.Of(incumbent.Confidence),
        ];
    }

    private void WriteTable(Settings settings, List<Proposal> proposals, IReadOnlyList<Finding> findings, string edition)
    {
        var subject = settings.AgendaItem is not null ? $"agenda item {settings.AgendaItem} ({proposals.Count} band(s) and Regions)"
            : $"{proposals[0].Service.Format(AllocationStatus.Primary)} in {proposals[0].Range}, {proposals[0].AreaLabel}";
        console.MarkupLineInterpolated($"[bold]{subject}[/] against {edition}: {findings.Count} finding(s)");
        if (findings.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn(new TableColumn("Severity").NoWrap());
        table.AddColumn(new TableColumn("Kind").NoWrap());
        table.AddColumn(new TableColumn("Band").NoWrap());
        table.AddColumn("Table");
        table.AddColumn("Why");
        foreach (var f in findings)
        {
            var colour = f.Severity switch
            {
                Severity.Critical => "red bold",
                Severity.High => "red",
                Severity.Medium => "yellow",
                _ => "grey",
            };
            var confidence = f.Incumbent.Confidence == Confidence.High ? "" : $" [yellow]({Terms.Of(f.Incumbent.Confidence)} confidence)[/]";
            table.AddRow(
                $"[{colour}]{Terms.Of(f.Severity)}[/]",
                Markup.Escape(Terms.Of(f.Kind)),
                Markup.Escape(f.Band.ToString()),
                Markup.Escape(f.Incumbent.Table),
                Markup.Escape(f.Reason) + confidence);
        }

        console.Write(table);
    }
}
