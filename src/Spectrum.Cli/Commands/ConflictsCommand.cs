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
        [Description("A fixed guard band for adjacent findings instead of the out-of-band domain of the emission, e.g. 250MHz")]
        public string? Guard { get; init; }

        [CommandOption("--bandwidth <WIDTH>")]
        [Description("The necessary bandwidth of the proposal's emission, e.g. 100MHz (default: the service's default at that frequency); its out-of-band domain (Rec. ITU-R SM.1539) decides which bands are adjacent")]
        public string? Bandwidth { get; init; }

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

            if (Bandwidth is not null && (!Frequency.TryParse(Bandwidth, out var bandwidth, out var bandwidthError) || bandwidth.Hertz == 0))
            {
                return ValidationResult.Error($"--bandwidth '{Bandwidth}': {(Frequency.TryParse(Bandwidth, out _, out bandwidthError) ? "a necessary bandwidth is more than 0 Hz" : bandwidthError)}");
            }

            return Guard is not null && !Frequency.TryParse(Guard, out _, out var guardError)
                ? ValidationResult.Error($"--guard: {guardError}")
                : ValidationResult.Success();
        }
    }

    private static readonly string[] Columns =
    [
        "severity", "kind", "agenda_item", "proposal_band", "proposal_area", "table", "edition", "area", "service", "status",
        "lower_hz", "upper_hz", "band", "gap_hz", "footnotes", "reason", "direction", "provisions", "ask", "action", "confidence",
    ];

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        await EditionCheck.ThrowIfUnknownAsync(dataSource, settings.Edition, cancellationToken);
        var guard = settings.Guard is null ? (long?)null : Frequency.Parse(settings.Guard).Hertz;
        var bandwidth = settings.Bandwidth is null ? (long?)null : Frequency.Parse(settings.Bandwidth).Hertz;
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
            asked = [new ScreeningRequest(new Proposal(range!.Value, code, settings.AreaLabel, RadioService.Parse(settings.Service), ProposalAction.Allocate), area)];
        }

        asked = [.. asked.Select(a => a with { Proposal = a.Proposal with { NecessaryBandwidthHz = bandwidth } })];

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
            f.Direction, f.Provisions.ToList(), f.Ask, f.Proposal.ActionLabel, Terms.Of(incumbent.Confidence),
        ];
    }

    private void WriteTable(Settings settings, List<Proposal> proposals, IReadOnlyList<Finding> findings, string edition)
    {
        var subject = settings.AgendaItem is not null ? $"agenda item {settings.AgendaItem} ({proposals.Count} band(s) and Regions)"
            : $"{proposals[0].Service.Format(AllocationStatus.Primary)} in {proposals[0].Range}, {proposals[0].AreaLabel}";
        console.MarkupLineInterpolated($"[bold]{subject}[/] against {edition}: {findings.Count} finding(s)");
        foreach (var proposal in proposals.Where(p => p.Transmits).DistinctBy(p => (p.Service, p.Range)))
        {
            console.MarkupLineInterpolated($"  {Reach(settings, proposal)}");
        }

        foreach (var (kind, count) in Findings.ByKind(findings))
        {
            var table = new Table().Border(TableBorder.Simple).Expand().Title($"{Terms.Of(kind)} ({count})");
            table.AddColumn(new TableColumn("Severity").NoWrap());
            table.AddColumn(new TableColumn("Band").NoWrap());
            table.AddColumn("Table");
            table.AddColumn("Why");
            table.AddColumn("Provisions");
            table.AddColumn("Ask");
            foreach (var f in findings.Where(f => f.Kind == kind))
            {
                var colour = f.Severity switch
                {
                    Severity.Critical => "red bold",
                    Severity.High => "red",
                    Severity.Medium => "yellow",
                    _ => "grey",
                };
                var confidence = f.Incumbent.Confidence == Confidence.High ? "" : $" [yellow]({Terms.Of(f.Incumbent.Confidence)} confidence)[/]";
                var direction = f.Direction is null ? "" : $" [grey]{Markup.Escape(f.Direction)}[/]";
                table.AddRow(
                    $"[{colour}]{Terms.Of(f.Severity)}[/]",
                    Markup.Escape(f.Band.ToString()),
                    Markup.Escape(f.Incumbent.Table),
                    Markup.Escape(f.Reason) + direction + confidence,
                    Markup.Escape(string.Join("; ", f.Provisions)),
                    Markup.Escape(f.Ask));
            }

            console.Write(table);
        }
    }

    // "necessary bandwidth 100 MHz (3GPP …); out-of-band domain 200 MHz beyond the band edge (Rec. ITU-R SM.1539)".
    private static string Reach(Settings settings, Proposal proposal)
    {
        if (settings.Guard is not null)
        {
            return $"{proposal.Range}: adjacent bands within the guard of {Frequency.Parse(settings.Guard)} given";
        }

        var window = ConflictFinder.WindowOf(proposal, null);
        var source = proposal.NecessaryBandwidthHz is { } given ? $"{Frequency.FromHz(given)} given"
            : Emission.DefaultFor(proposal.Service, proposal.Range)?.ToString() ?? "no default for the service at this frequency: only the pairs the RR names";
        return $"{proposal.Range}: necessary bandwidth {source}; out-of-band domain {(window.ExtentHz == 0 ? "none" : Frequency.FromHz(window.ExtentHz).ToString())} beyond the band edge ({Emission.LimitsSource})";
    }
}
