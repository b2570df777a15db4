using Npgsql;
using Spectrum.Briefing;
using Spectrum.Conference;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>
/// "What does this proposal conflict with": a service proposed in a band and area, or every band of an agenda item,
/// screened against an edition (<see cref="Screening"/>). <c>spectrum conflicts</c> and <c>POST /api/conflicts</c> ask it.
/// </summary>
public sealed record ConflictQuestion(
    string? Range, AreaQuestion Area, string Service = ConflictQuestion.DefaultService, string? AgendaItem = null,
    string Edition = ProposedTables.BaseEditionName, string? Guard = null, string? Bandwidth = null)
{
    /// <summary>The service proposed when none is named: IMT runs in the mobile service.</summary>
    public const string DefaultService = "Mobile";

    public static readonly IReadOnlyList<string> Columns =
    [
        "severity", "kind", "agenda_item", "proposal_band", "proposal_area", "table", "edition", "area", "service", "status",
        "lower_hz", "upper_hz", "band", "gap_hz", "footnotes", "reason", "direction", "provisions", "ask", "action", "confidence",
    ];

    /// <summary>What is wrong with the question as given, or null.</summary>
    public string? Error() =>
        Area.Error()
        ?? (Range is null && AgendaItem is null ? "give a range (e.g. 24.25-27.5GHz) or --agenda-item"
            : Range is not null && !FrequencyRange.TryParse(Range, out _, out var error) ? error
            : !RadioService.TryParse(Service, out _, out var serviceError) ? serviceError
            : Bandwidth is not null && BandwidthError(Bandwidth) is { } bandwidthError ? bandwidthError
            : Guard is not null && !Frequency.TryParse(Guard, out _, out var guardError) ? $"--guard: {guardError}"
            : null);

    public async Task<ConflictAnswer> AskAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (Error() is { } wrong)
        {
            throw new InputException(wrong);
        }

        await EditionCheck.ThrowIfUnknownAsync(dataSource, Edition, cancellationToken);
        var guard = Guard is null ? (long?)null : Frequency.Parse(Guard).Hertz;
        var bandwidth = Bandwidth is null ? (long?)null : Frequency.Parse(Bandwidth).Hertz;
        var area = await Area.ResolveAsync(dataSource, cancellationToken);
        var range = Range is null ? (FrequencyRange?)null : FrequencyRange.Parse(Range);
        var screening = new Screening(dataSource);
        IReadOnlyList<ScreeningRequest> asked;
        if (AgendaItem is not null)
        {
            asked = await screening.OfAgendaItemAsync(AgendaItem, area, range, cancellationToken);
            if (asked.Count == 0)
            {
                throw new InputException($"agenda item '{AgendaItem}' has no bands {(range is null ? "" : $"in {range} ")}in {Area.Label} in the store (spectrum positions lists the items; spectrum import data loads them)");
            }
        }
        else
        {
            var code = area is AreaFilter.Known known ? known.Code : (AreaCode?)null;
            asked = [new ScreeningRequest(new Proposal(range!.Value, code, Area.Label, RadioService.Parse(Service), ProposalAction.Allocate), area)];
        }

        asked = [.. asked.Select(a => a with { Proposal = a.Proposal with { NecessaryBandwidthHz = bandwidth } })];

        var findings = await screening.FindAsync(asked, Edition, guard, cancellationToken);
        var lineage = await new EditionQuery(dataSource).LineageAsync(Edition, cancellationToken);
        return new ConflictAnswer([.. asked.Select(a => a.Proposal)], findings, lineage,
            new Listing(Columns, [.. findings.Select(Record)]));
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

    /// <summary>
    /// How far the proposal reaches into the bands beside it: "necessary bandwidth 100 MHz (3GPP …); out-of-band domain
    /// 200 MHz beyond the band edge (Rec. ITU-R SM.1539)", or the fixed guard given.
    /// </summary>
    public string Reach(Proposal proposal)
    {
        if (Guard is not null)
        {
            return $"{proposal.Range}: adjacent bands within the guard of {Frequency.Parse(Guard)} given";
        }

        var window = ConflictFinder.WindowOf(proposal, null);
        var source = proposal.NecessaryBandwidthHz is { } given ? $"{Frequency.FromHz(given)} given"
            : Emission.DefaultFor(proposal.Service, proposal.Range)?.ToString() ?? "no default for the service at this frequency: only the pairs the RR names";
        return $"{proposal.Range}: necessary bandwidth {source}; out-of-band domain {(window.ExtentHz == 0 ? "none" : Frequency.FromHz(window.ExtentHz).ToString())} beyond the band edge ({Emission.LimitsSource})";
    }

    // A necessary bandwidth is a frequency of more than 0 Hz.
    private static string? BandwidthError(string bandwidth) =>
        !Frequency.TryParse(bandwidth, out var parsed, out var error) ? $"--bandwidth '{bandwidth}': {error}"
        : parsed.Hertz == 0 ? $"--bandwidth '{bandwidth}': a necessary bandwidth is more than 0 Hz"
        : null;
}

/// <summary>The proposals screened, their findings in the one order findings are listed, the edition's lineage, and the
/// findings as csv and json list them.</summary>
public sealed record ConflictAnswer(IReadOnlyList<Proposal> Proposals, IReadOnlyList<Finding> Findings, string Lineage, Listing Listing);
