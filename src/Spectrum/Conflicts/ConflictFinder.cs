using Spectrum.Footnotes;

namespace Spectrum.Conflicts;

/// <summary>Where a table stands to a proposal's area: it applies there, or it is a neighbour's.</summary>
public enum TableRelation
{
    /// <summary>The table applies in the proposal's area (its Region, its groups, the country itself).</summary>
    Applies,

    /// <summary>The table is for an area that borders the proposal's and does not apply in it.</summary>
    Neighbour,
}

/// <summary>A table the finder looks at, and how it stands to the proposal's area.</summary>
public sealed record CandidateTable(AllocationTable Table, TableRelation Relation);

/// <summary>
/// What the finder screens a proposal against: the tables (those that apply and the neighbours'), the rules read from
/// the footnotes they cite, the area, and the user's explicit guard band (null: the out-of-band domain decides).
/// </summary>
public sealed record Screen(IReadOnlyList<CandidateTable> Tables, IReadOnlyList<FootnoteRule> Rules, ScreenedArea Area)
{
    public long? GuardHz { get; init; }
}

/// <summary>
/// The reference semantics of conflict analysis, in memory: what a proposal meets in the tables that apply in its area,
/// in the footnote rules that hold there and in its neighbours' tables and rules. The regulatory relation decides:
/// a removal transmits nothing; a protection or a passive proposal is the victim, and what transmits in and next to its
/// band is screened; status follows RR Nos. 5.28-5.31; direction follows the stations (<see cref="Stations"/>); an
/// identification where the service is already primary creates no new sharing. Adjacent bands are those within the
/// out-of-band domain of the emission (<see cref="Emission"/>), or the user's guard, and always the pairs the RR names
/// (<see cref="PassiveBands"/>, <see cref="NamedPairs"/>). Services related to the proposal's (LAND MOBILE under MOBILE)
/// are never a conflict. Findings are sorted by severity, then frequency, then table and service.
/// </summary>
public static class ConflictFinder
{
    /// <summary>
    /// The window the store selects candidates in and the finder screens: for a transmitting proposal its out-of-band
    /// extent (from its necessary bandwidth); for a victim the largest extent of any transmitter with a default at that
    /// frequency; the guard instead when the user gives one.
    /// </summary>
    public static AdjacentWindow WindowOf(Proposal proposal, long? guardHz) =>
        new(proposal.Range, guardHz ?? (proposal.IsVictim
            ? Emission.LargestExtentHz(proposal.Range)
            : Emission.ExtentHz(proposal.Service, proposal.Range, proposal.NecessaryBandwidthHz)));

    public static IReadOnlyList<Finding> Find(Proposal proposal, Screen screen)
    {
        if (proposal.Action == ProposalAction.Remove)
        {
            return [];
        }

        var window = WindowOf(proposal, screen.GuardHz);
        var findings = new List<Finding>();
        var applying = screen.Tables.Where(t => t.Relation == TableRelation.Applies).Select(t => t.Table).ToList();
        if (proposal.ListedCountriesOnly && !ListedIn(proposal, applying, screen))
        {
            return [];
        }

        foreach (var table in applying)
        {
            var context = new TableContext(proposal, table, Merged(table, window), window, screen);
            if (proposal.IsVictim)
            {
                Threats(context, findings);
            }
            else
            {
                Passive(context, findings);
                foreach (var allocation in context.Allocations)
                {
                    Classify(context, allocation, findings);
                }

                if (proposal.Action == ProposalAction.Identify)
                {
                    findings.Add(IdentificationFinding(context));
                }
            }

            FootnoteFindings(context, findings);
        }

        CrossBorder(proposal, screen, applying, window, findings);
        return Findings.Ordered(findings);
    }

    // What one applying table gives the finder: its allocations in the window (rows of one service and status that
    // touch merged: one incumbent allocation), and the footnote rules cited in it.
    private sealed record TableContext(Proposal Proposal, AllocationTable Table, IReadOnlyList<Allocation> Allocations, AdjacentWindow Window, Screen Screen)
    {
        public Stations Own { get; } = Stations.Of(Proposal.Service);

        public long ExtentHz => Window.ExtentHz;

        public string TableProvision => Table.Area.Kind == AreaKind.Region
            ? $"RR Article 5 (Table, Region {Table.Area.RegionNumber})"
            : $"{Table.Name} ({Table.Edition})";

        public Incumbent Of(Allocation a) => new(Table.Name, Table.Edition, Table.Area, a.Service, a.Status, a.Range, a.Footnotes, a.Provenance.Confidence);

        // The proposal's own service is primary in the Table over the band: an identification there adds no sharing.
        public bool AlreadyPrimary(FrequencyRange band) =>
            Allocations.Any(a => a.Status == AllocationStatus.Primary && a.Range.Overlaps(band) && a.Service.IsRelatedTo(Proposal.Service)
                && (a.Service.IsKindOf(Proposal.Service) || Proposal.Service.IsKindOf(a.Service)));

        public bool InPassiveBand(FrequencyRange band) => PassiveBands.In(Table.Area, Table.Area.RegionNumber).Any(b => b.Range.Overlaps(band));

        // The rules of footnotes the table cites, each with the band it is cited in, within the window.
        public IEnumerable<(FootnoteRule Rule, FrequencyRange Band)> Cited()
        {
            var citations = Table.AllocationsIn(Window.Range).SelectMany(a => a.Footnotes.Select(f => (Id: f, a.Range)))
                .Concat(Table.BandFootnotes.Where(b => b.Range.Overlaps(Window.Range)).SelectMany(b => b.Footnotes.Select(f => (Id: f, b.Range))))
                .ToLookup(c => c.Id, c => c.Range);
            foreach (var rule in Screen.Rules.Where(r => citations.Contains(r.Footnote)))
            {
                // Where the rule is cited in touching bands, one band: one finding per rule and band.
                var bands = rule.Bands.SelectMany(b => citations[rule.Footnote].Select(b.Intersect)).OfType<FrequencyRange>()
                    .Where(Window.Includes).Distinct().OrderBy(b => b).ToList();
                var merged = new List<FrequencyRange>();
                foreach (var band in bands)
                {
                    if (merged.Count > 0 && merged[^1].UpperHz >= band.LowerHz)
                    {
                        merged[^1] = FrequencyRange.FromHz(merged[^1].LowerHz, Math.Max(merged[^1].UpperHz, band.UpperHz));
                        continue;
                    }

                    merged.Add(band);
                }

                foreach (var band in merged)
                {
                    yield return (rule, band);
                }
            }
        }
    }

    private static void Passive(TableContext c, List<Finding> findings)
    {
        var proposal = c.Proposal;
        var pairs = NamedPairs.For(proposal.Service, proposal.Range).ToList();
        foreach (var band in PassiveBands.In(c.Table.Area, c.Table.Area.RegionNumber))
        {
            var pair = pairs.FirstOrDefault(p => p.Passive.Overlaps(band.Range));
            if (!c.Window.Includes(band.Range) && pair is null)
            {
                continue;
            }

            var sensors = c.Table.AllocationsIn(band.Range).Where(a => Stations.Of(a.Service).Transmit == Side.None)
                .Select(a => a.Service.Format(a.Status)).Distinct().ToList();
            var who = sensors.Count == 0 ? "the passive services" : string.Join(", ", sensors);
            var condition = band.Condition is null ? "" : $" ({band.Condition})";
            var incumbent = new Incumbent(c.Table.Name, c.Table.Edition, c.Table.Area, null, null, band.Range, [PassiveBands.Footnote], Confidence.High);
            var gap = band.Range.GapTo(proposal.Range);
            if (band.Range.Intersect(proposal.Range) is { } shared)
            {
                findings.Add(new Finding(Severity.Critical, FindingKind.PassiveBand, proposal, incumbent,
                    $"RR No. 5.340 prohibits all emissions in {band.Range}{condition}, where {who} receive; the proposal would transmit in {shared}.")
                {
                    Overlap = shared,
                    Direction = $"proposal → incumbent: {Stations.Path(c.Own, new Stations(Side.None, Side.Ground | Side.Space))}",
                    Provisions = ["RR No. 5.340"],
                    Ask = $"leave {shared} out of the proposal: no emission is permitted there",
                });
                continue;
            }

            var named = pair is null ? "" : $" {pair.Provision} names this pair and sets the limits: {pair.Limits}.";
            findings.Add(new Finding(Severity.High, FindingKind.AdjacentPassive, proposal, incumbent,
                $"The RR No. 5.340 band {band.Range}{condition}, where {who} receive, lies {Hz(gap)} from the proposal, within the out-of-band domain of its emission ({Hz(c.ExtentHz)}).{named}")
            {
                GapHz = gap,
                Direction = "proposal → incumbent: unwanted emissions into passive receivers",
                Provisions = pair is null ? ["RR No. 5.340", "RR Appendix 3"] : ["RR No. 5.340", pair.Provision],
                Ask = pair is null ? $"limits on unwanted emissions into {band.Range} (a Resolution 750 row)" : $"apply {pair.Provision}'s limits: {pair.Limits}",
            });
        }
    }

    private static void Classify(TableContext c, Allocation allocation, List<Finding> findings)
    {
        var proposal = c.Proposal;
        if (allocation.Service.IsRelatedTo(proposal.Service))
        {
            return;
        }

        var overlap = allocation.Range.Intersect(proposal.Range);
        var gap = allocation.Range.GapTo(proposal.Range);
        var written = allocation.Service.Format(allocation.Status);
        var theirs = Stations.Of(allocation.Service);
        var provisions = Provisions(c.TableProvision, allocation.Footnotes);
        Finding Make(Severity severity, FindingKind kind, string reason) =>
            new(severity, kind, proposal, c.Of(allocation), reason) { Overlap = overlap, GapHz = overlap is null ? gap : 0, Provisions = provisions };

        if (allocation.Service.Kind == ServiceKind.RadioAstronomy)
        {
            // Inside a 5.340 band the band's finding names it.
            if (c.InPassiveBand(allocation.Range))
            {
                return;
            }

            findings.Add(overlap is { } inBand
                ? Make(Severity.High, FindingKind.RadioAstronomy, $"{written} ({Terms.Of(allocation.Status)}) is allocated in {inBand}, where the proposal would transmit.") with
                {
                    Direction = $"proposal → incumbent: {Stations.Path(c.Own, theirs)}",
                    Ask = "protection of the radio astronomy stations (Rec. ITU-R RA.769 thresholds; separation distances or exclusion zones)",
                }
                : Make(Severity.Medium, FindingKind.RadioAstronomy, $"{written} in {allocation.Range} lies {Hz(gap)} from the proposal, within the out-of-band domain of its emission.") with
                {
                    Direction = "proposal → incumbent: unwanted emissions into radio telescopes",
                    Ask = "limits on unwanted emissions into the radio astronomy band (Rec. ITU-R RA.769 thresholds)",
                });
            return;
        }

        if (overlap is not { } shared)
        {
            Adjacent(c, allocation, gap, theirs, Make, findings);
            return;
        }

        if (theirs.Transmit == Side.None)
        {
            // A passive allocation not under 5.340 (a 5.340 band is reported once, with the services it protects).
            if (!c.InPassiveBand(allocation.Range))
            {
                findings.Add(Make(allocation.Status == AllocationStatus.Primary ? Severity.High : Severity.Info, FindingKind.CoPrimary,
                    $"{written} is allocated in {shared}: passive sensors there only receive, and the proposal would transmit into them.") with
                {
                    Direction = $"proposal → incumbent: {Stations.Path(c.Own, theirs)}",
                    Ask = $"protection criteria for the passive sensors in {shared} (Rec. ITU-R RS.2017) in the proposal's conditions",
                });
            }

            return;
        }

        if (allocation.Status == AllocationStatus.Secondary)
        {
            findings.Add(proposal.Status == AllocationStatus.Primary
                ? Make(Severity.Info, FindingKind.SecondaryAffected, $"{written} is secondary in {shared}: it must not cause harmful interference to the primary proposal and cannot claim protection from it.") with
                {
                    Provisions = ["RR Nos. 5.28-5.31", .. provisions],
                    Ask = "none: information for the administrations using it",
                }
                : Make(Severity.Info, FindingKind.SecondaryAffected, $"{written} and the proposal are both secondary in {shared}: each is protected only from secondary stations assigned later.") with
                {
                    Provisions = ["RR No. 5.31", .. provisions],
                    Ask = "none: first come, first served between secondary services",
                });
            return;
        }

        var toThem = Stations.CanInterfere(c.Own, theirs);
        var toUs = Stations.CanInterfere(theirs, c.Own);
        var direction = Direction(c.Own, theirs);
        if (proposal.Status == AllocationStatus.Secondary)
        {
            findings.Add(Make(Severity.Medium, FindingKind.SecondaryStatus,
                $"{written} is primary in {shared}: a secondary {proposal.Service.Name} must not cause it harmful interference and cannot claim protection from it; it does not share on an equal footing.") with
            {
                Direction = direction,
                Provisions = ["RR Nos. 5.28-5.31", .. provisions],
                Ask = $"conditions in the new allocation's footnote that protect {written} (e.g. pfd limits, operation areas)",
            });
            return;
        }

        if (proposal.Action == ProposalAction.Identify && c.AlreadyPrimary(shared))
        {
            // The identification's new stations are the terrestrial ones, or a space service's earth stations (ESIM).
            var earth = new Stations(c.Own.Transmit & Side.Ground, c.Own.Receive & Side.Ground);
            if (!Stations.CanInterfere(earth, theirs))
            {
                return;
            }

            findings.Add(Make(Severity.Medium, FindingKind.CoPrimary,
                $"{written} already shares {shared} co-primary with {proposal.Service.Format(AllocationStatus.Primary)} in the Table: the identification creates no new sharing and establishes no priority; its conditions decide how {written} is protected.") with
            {
                Direction = direction,
                Ask = $"conditions in the identification footnote that protect {written} (pfd limits, separation distances, agreement under No. 9.21)",
            });
            return;
        }

        if (!toThem && !toUs)
        {
            return;
        }

        findings.Add(Make(toThem ? Severity.High : Severity.Medium, FindingKind.CoPrimary,
            $"{written} is primary in {shared}: the proposal would share the band with it on an equal footing.") with
        {
            Direction = direction,
            Ask = toThem
                ? $"sharing studies, and conditions in the new footnote that protect {written} (pfd limits, separation distances, agreement under No. 9.21)"
                : $"coordination with {written}: its emissions reach the proposal's receivers",
        });
    }

    // A primary passive allocation next to the band (one finding per band, naming its services), or a primary space
    // service next to a terrestrial proposal: the receivers its unwanted emissions reach that the RR allocates.
    private static void Adjacent(TableContext c, Allocation allocation, long gap, Stations theirs, Func<Severity, FindingKind, string, Finding> make, List<Finding> findings)
    {
        var written = allocation.Service.Format(allocation.Status);
        if (theirs.Transmit == Side.None)
        {
            var first = c.Allocations.FirstOrDefault(a => a.Range == allocation.Range && a.Status == AllocationStatus.Primary && Stations.Of(a.Service).Transmit == Side.None
                && a.Service.Kind != ServiceKind.RadioAstronomy);
            if (allocation.Status == AllocationStatus.Primary && !c.InPassiveBand(allocation.Range) && first == allocation)
            {
                written = string.Join(", ", c.Allocations.Where(a => a.Range == allocation.Range && a.Status == AllocationStatus.Primary
                    && Stations.Of(a.Service).Transmit == Side.None && a.Service.Kind != ServiceKind.RadioAstronomy).Select(a => a.Service.Format(a.Status)));
                findings.Add(make(Severity.High, FindingKind.AdjacentPassive,
                    $"{written} in {allocation.Range} lies {Hz(gap)} from the proposal, within the out-of-band domain of its emission: passive sensors need limits on its unwanted emissions.") with
                {
                    Direction = "proposal → incumbent: unwanted emissions into passive receivers",
                    Provisions = ["RR Appendix 3", .. Provisions(c.TableProvision, allocation.Footnotes)],
                    Ask = $"limits on unwanted emissions into {allocation.Range}",
                });
            }

            return;
        }

        // An identification where the service is already primary adds no emission the Table did not already allow next door.
        if (allocation.Status != AllocationStatus.Primary || c.Own != new Stations(Side.Ground, Side.Ground) || !IsSpaceReceiver(theirs)
            || (c.Proposal.Action == ProposalAction.Identify && c.AlreadyPrimary(c.Proposal.Range)))
        {
            return;
        }

        findings.Add(make(Severity.Medium, FindingKind.AdjacentBand,
            $"{written} in {allocation.Range} lies {Hz(gap)} from the proposal, within the out-of-band domain of its emission ({Hz(c.ExtentHz)}).") with
        {
            Direction = $"proposal → incumbent: unwanted emissions, {Stations.Path(c.Own, theirs)}",
            Provisions = ["RR Appendix 3", "Rec. ITU-R SM.1541", .. Provisions(c.TableProvision, allocation.Footnotes)],
            Ask = $"unwanted-emission limits at the band edge toward {allocation.Range}, or a guard band",
        });
    }

    // Space services receive either on the satellite or at earth stations: the receivers an adjacent band matters to in the RR.
    private static bool IsSpaceReceiver(Stations stations) => stations != new Stations(Side.Ground, Side.Ground);

    // For a protection or a passive proposal: what transmits in the band, or next to it within its own out-of-band domain.
    private static void Threats(TableContext c, List<Finding> findings)
    {
        var proposal = c.Proposal;
        var protectedStatus = c.Allocations.Where(a => a.Service.IsRelatedTo(proposal.Service) && a.Range.Overlaps(proposal.Range))
            .Select(a => (AllocationStatus?)a.Status).Min() ?? proposal.Status;
        foreach (var allocation in c.Allocations)
        {
            var theirs = Stations.Of(allocation.Service);
            if (allocation.Service.IsRelatedTo(proposal.Service) || !Stations.CanInterfere(theirs, c.Own))
            {
                continue;
            }

            var written = allocation.Service.Format(allocation.Status);
            var overlap = allocation.Range.Intersect(proposal.Range);
            var gap = allocation.Range.GapTo(proposal.Range);
            var provisions = Provisions(c.TableProvision, allocation.Footnotes);
            var incumbent = c.Of(allocation);
            if (overlap is { } shared)
            {
                var secondary = allocation.Status == AllocationStatus.Secondary && protectedStatus == AllocationStatus.Primary;
                findings.Add(new Finding(secondary ? Severity.Medium : Severity.High, FindingKind.Threat, proposal, incumbent,
                    secondary
                        ? $"{written} is secondary in {shared}: it must not cause harmful interference to {proposal.Service.Name}, which it transmits beside."
                        : $"{written} is {Terms.Of(allocation.Status)} in {shared} and transmits there: its emissions reach the {proposal.Service.Name} receivers to be protected.")
                {
                    Overlap = shared,
                    Direction = $"incumbent → proposal: {Stations.Path(theirs, c.Own)}",
                    Provisions = secondary ? ["RR Nos. 5.28-5.31", .. provisions] : provisions,
                    Ask = secondary
                        ? $"binding measures that make {written} protect {proposal.Service.Name} (a footnote, or a Recommendation incorporated by reference)"
                        : $"protection of {proposal.Service.Name} from {written}: pfd or e.i.r.p. limits, or separation distances, in a footnote",
                });
                continue;
            }

            var theirExtent = c.Screen.GuardHz ?? Emission.ExtentHz(allocation.Service, allocation.Range, null);
            if (allocation.Status == AllocationStatus.Primary && theirExtent > 0 && gap <= theirExtent)
            {
                findings.Add(new Finding(Severity.Medium, FindingKind.Threat, proposal, incumbent,
                    $"{written} in {allocation.Range} lies {Hz(gap)} from the band, within the out-of-band domain of its own emission ({Hz(theirExtent)}).")
                {
                    GapHz = gap,
                    Direction = $"incumbent → proposal: unwanted emissions, {Stations.Path(theirs, c.Own)}",
                    Provisions = ["RR Appendix 3", .. provisions],
                    Ask = $"unwanted-emission limits on {written} toward {proposal.Range}",
                });
            }
        }
    }

    // The identification's own finding: the allocation it rests on and the conditions that come with it.
    private static Finding IdentificationFinding(TableContext c)
    {
        var proposal = c.Proposal;
        var service = proposal.Service.Format(AllocationStatus.Primary);
        var what = proposal.Identifies is { } id ? Terms.Of(id) : proposal.Service.Name;
        var existing = c.Cited().Where(r => r.Rule.Kind == FootnoteRuleKind.Identification && r.Band.Overlaps(proposal.Range) && c.Screen.Area.Holds(r.Rule)).ToList();
        var conditions = existing.SelectMany(r => r.Rule.Conditions).Select(x => x.Text).Distinct().ToList();
        var footnotes = existing.Select(r => r.Rule.Footnote).Distinct().ToList();
        var primary = c.AlreadyPrimary(proposal.Range);
        var incumbent = new Incumbent(c.Table.Name, c.Table.Edition, c.Table.Area, proposal.Service, primary ? AllocationStatus.Primary : null, proposal.Range, footnotes,
            Confidence.Medium);
        var said = footnotes.Count == 0 ? "" : $" Already in the band: {string.Join(", ", footnotes.Select(f => $"No. {f}"))}{(conditions.Count == 0 ? "" : $" with {string.Join("; ", conditions)}")}.";
        return new Finding(primary ? Severity.Medium : Severity.High, FindingKind.Identification, proposal, incumbent,
            primary
                ? $"{service} is primary in {proposal.Range} in {c.Table.Name}: identifying the band for {what} adds no allocation, creates no new sharing and establishes no priority; what the identification's footnote conditions is what protects the incumbents.{said}"
                : $"{c.Table.Name} has no primary {service} allocation over all of {proposal.Range}: an identification for {what} needs one, so the band would first need a new primary allocation.{said}")
        {
            Overlap = proposal.Range,
            Provisions = [.. proposal.Provisions, .. footnotes.Select(f => $"RR No. {f}"), c.TableProvision],
            Ask = primary
                ? "conditions in the identification footnote: pfd limits at the border, protection of the incumbents named in the EU position, agreement under No. 9.21 where a neighbour uses the band differently"
                : $"a primary {service} allocation first, with its own sharing conditions",
        };
    }

    // Footnote rules cited in the table: protections and notices, allocations in countries the area holds, and for a
    // victim, identifications whose stations transmit in the band.
    private static void FootnoteFindings(TableContext c, List<Finding> findings)
    {
        var proposal = c.Proposal;
        // Rules of one footnote that do the same in the same band for different countries make one finding.
        var cited = c.Cited().ToList();
        (FootnoteId, FootnoteRuleKind, FrequencyRange, string?, AllocationStatus?) Same((FootnoteRule Rule, FrequencyRange Band) r) =>
            (r.Rule.Footnote, r.Rule.Kind, r.Band.Intersect(proposal.Range) ?? r.Band, r.Rule.Services.FirstOrDefault()?.Name, r.Rule.Status);
        foreach (var (rule, band) in cited.DistinctBy(Same))
        {
            var all = cited.Where(r => Same(r) == Same((rule, band))).Select(r => r.Rule).ToList();
            var whereAll = all.Any(r => r.Where.IsEverywhere) ? "wherever it is cited" : $"in {string.Join(" ", all.Select(r => r.Where.ToString()).Distinct())}";
            var overlap = band.Intersect(proposal.Range);
            var incumbent = new Incumbent(c.Table.Name, c.Table.Edition, c.Table.Area, rule.Services.FirstOrDefault(), rule.Status, band, [rule.Footnote], Confidence.Medium);
            var conditions = Conditions(rule);
            switch (rule.Kind)
            {
                case FootnoteRuleKind.Protection when proposal.Transmits && rule.Services.Any(s => s.Kind == ServiceKind.RadioAstronomy) && AddressedTo(rule, c.Own)
                    && c.Screen.Area.Holds(rule) && !c.Allocations.Any(a => a.Service.Kind == ServiceKind.RadioAstronomy && a.Range.Overlaps(band)):
                    findings.Add(new Finding(overlap is null ? Severity.Medium : Severity.High, FindingKind.RadioAstronomy, proposal, incumbent with { Service = rule.Services[0] },
                        overlap is { } inBand
                            ? $"No. {rule.Footnote} urges administrations to take all practicable steps to protect radio astronomy in {band}; the proposal would transmit in {inBand}."
                            : $"No. {rule.Footnote} urges administrations to protect radio astronomy in {band}, {Hz(band.GapTo(proposal.Range))} from the proposal, within the out-of-band domain of its emission.")
                    {
                        Overlap = overlap,
                        GapHz = overlap is null ? band.GapTo(proposal.Range) : 0,
                        Direction = "proposal → incumbent: " + (overlap is null ? "unwanted emissions into radio telescopes" : Stations.Path(c.Own, new Stations(Side.None, Side.Ground))),
                        Provisions = [$"RR No. {rule.Footnote}"],
                        Ask = "protection of the radio astronomy stations in the band (Rec. ITU-R RA.769 thresholds; separation distances around the observatories)",
                    });
                    break;

                case FootnoteRuleKind.Notice when proposal.Transmits && overlap is not null && c.Screen.Area.Holds(rule):
                    findings.Add(new Finding(Severity.Medium, FindingKind.FootnoteNotice, proposal, incumbent,
                        $"No. {rule.Footnote} asks administrations to bear {Services(rule)} in mind in their future planning of {band}: {Excerpt(rule.Text)}")
                    {
                        Overlap = overlap,
                        Direction = $"proposal → incumbent: {Stations.Path(c.Own, rule.Services.Count > 0 ? Stations.Of(rule.Services[0]) : new Stations(Side.None, Side.Space))}",
                        Provisions = [$"RR No. {rule.Footnote}"],
                        Ask = $"a protection of {Services(rule)} in the proposal's conditions, as No. {rule.Footnote} asks",
                    });
                    break;

                case FootnoteRuleKind.Identification when proposal.IsVictim && overlap is not null && c.Screen.Area.Holds(rule):
                    findings.Add(new Finding(Severity.High, FindingKind.Threat, proposal, incumbent,
                        $"No. {rule.Footnote} identifies {band} for {(rule.Identifies is { } id ? Terms.Of(id) : "IMT")}: its stations transmit in the band to be protected{conditions}.")
                    {
                        Overlap = overlap,
                        Direction = $"incumbent → proposal: {Stations.Path(new Stations(Side.Ground, Side.Ground), c.Own)}",
                        Provisions = [$"RR No. {rule.Footnote}", .. proposal.Provisions],
                        Ask = $"a revised protection criterion in No. {rule.Footnote} (pfd limit at the edge of national territory) for {proposal.Service.Name}",
                    });
                    break;

                case var _ when rule.IsAllocation && overlap is not null && c.Screen.Area.Holds(rule) && AllocatesAnotherService(rule, proposal)
                    && !(proposal.Action == ProposalAction.Identify && c.AlreadyPrimary(overlap.Value)):
                    findings.Add(new Finding(Severity.Medium, FindingKind.FootnoteAllocation, proposal, incumbent,
                        $"No. {rule.Footnote} makes {Article(rule.Kind)} {whereAll}: {Services(rule)} in {band}{(rule.Status is { } s ? $" on a {Terms.Of(s)} basis" : "")}{conditions}.")
                    {
                        Overlap = overlap,
                        Direction = proposal.IsVictim ? "incumbent → proposal: the footnote's stations transmit in the band" : "proposal → incumbent: both transmit in the band",
                        Provisions = [$"RR No. {rule.Footnote}", .. rule.Conditions.Any(x => x.Kind == ConditionKind.AgreementUnderNo921) ? new[] { "RR No. 9.21" } : []],
                        Ask = rule.Conditions.Any(x => x.Kind == ConditionKind.AgreementUnderNo921)
                            ? $"agreement under No. 9.21 with the administrations No. {rule.Footnote} lists"
                            : $"coordination with the administrations No. {rule.Footnote} lists",
                    });
                    break;
            }
        }
    }

    // Neighbours: their tables' primary allocations the area's own tables do not have, and footnote allocations that
    // hold in a neighbour and not in the area.
    private static void CrossBorder(Proposal proposal, Screen screen, IReadOnlyList<AllocationTable> applying, AdjacentWindow window, List<Finding> findings)
    {
        var own = Stations.Of(proposal.Service);
        var ours = applying.SelectMany(t => t.AllocationsIn(proposal.Range)).Where(a => a.Status == AllocationStatus.Primary).ToList();
        var region1 = screen.Area.Countries.Values.Concat(screen.Area.Code is { Kind: AreaKind.Region } r ? [r] : []).Any(x => x.RegionNumber == 1);
        foreach (var table in screen.Tables.Where(t => t.Relation == TableRelation.Neighbour).Select(t => t.Table))
        {
            var neighbour = screen.Area.Neighbours.FirstOrDefault(n => n.Code == table.Area);
            foreach (var allocation in Merged(table, new AdjacentWindow(proposal.Range, 0)))
            {
                var theirs = Stations.Of(allocation.Service);
                var reaches = proposal.IsVictim ? Stations.CanInterfere(theirs, own) : Stations.CanInterfere(own, theirs);
                if (allocation.Status != AllocationStatus.Primary || allocation.Service.IsRelatedTo(proposal.Service) || !reaches
                    || allocation.Range.Intersect(proposal.Range) is not { } shared
                    || ours.Any(a => a.Range.Overlaps(shared) && a.Service.IsRelatedTo(allocation.Service)))
                {
                    continue;
                }

                var instrument = CoordinationInstruments.For(allocation.Service, shared, region1,
                    screen.Area.Cept.Contains(table.Area) && screen.Area.Countries.Keys.Any(screen.Area.Cept.Contains));
                var across = neighbour is { Path: NeighbourPath.Sea } sea ? $" across the sea ({sea.DistanceMetres / 1000} km)" : "";
                findings.Add(new Finding(Severity.Medium, FindingKind.CrossBorder, proposal,
                    new Incumbent(table.Name, table.Edition, table.Area, allocation.Service, allocation.Status, allocation.Range, allocation.Footnotes, allocation.Provenance.Confidence),
                    $"{table.Name}{across} allocates {shared} to {allocation.Service.Format(allocation.Status)}, which the area's own Table does not: its stations near the border {(proposal.IsVictim ? "transmit into the band to be protected" : "receive where the proposal would transmit")}.")
                {
                    Overlap = shared,
                    Direction = proposal.IsVictim ? $"incumbent → proposal: {Stations.Path(theirs, own)}" : $"proposal → incumbent: {Stations.Path(own, theirs)}",
                    Provisions = [table.Area.Kind == AreaKind.Region ? $"RR Article 5 (Table, Region {table.Area.RegionNumber})" : $"{table.Name} ({table.Edition})",
                        .. allocation.Footnotes.Select(f => $"RR No. {f}")],
                    Ask = instrument is null ? $"coordination with the administration of {table.Name}" : $"coordination with {table.Name} under {instrument}",
                });
            }
        }

        foreach (var rule in screen.Rules.Where(r => r.IsAllocation && AllocatesAnotherService(r, proposal)))
        {
            var named = screen.Area.NamedIn(rule).ToList();
            if (named.Count == 0 || screen.Area.Holds(rule))
            {
                continue;
            }

            foreach (var band in rule.Bands.Where(b => b.Overlaps(proposal.Range) && window.Includes(b)))
            {
                var shared = band.Intersect(proposal.Range)!.Value;
                var agreement = rule.Conditions.Any(x => x.Kind == ConditionKind.AgreementUnderNo921);
                var table = applying.FirstOrDefault();
                findings.Add(new Finding(Severity.Medium, FindingKind.CrossBorder, proposal,
                    new Incumbent(table?.Name ?? "RR footnotes", table?.Edition ?? "", named[0].Code, rule.Services.FirstOrDefault(), rule.Status, band, [rule.Footnote], Confidence.Medium),
                    $"No. {rule.Footnote} makes {Article(rule.Kind)} in {string.Join(", ", named.Select(n => n.Code))} (neighbour{(named.Count > 1 ? "s" : "")}): {Services(rule)} in {band}{Conditions(rule)}.")
                {
                    Overlap = shared,
                    Direction = proposal.IsVictim ? "incumbent → proposal: the neighbour's stations transmit in the band" : "proposal → incumbent: stations across the border",
                    Provisions = [$"RR No. {rule.Footnote}", .. agreement ? new[] { "RR No. 9.21" } : []],
                    Ask = agreement
                        ? $"agreement under No. 9.21 with {string.Join(", ", named.Select(n => n.Code))}"
                        : $"coordination with {string.Join(", ", named.Select(n => n.Code))}",
                });
            }
        }
    }

    // A listed-countries proposal (R1-listed) holds in a country only where an identification rule of the band names
    // it; with no such rule read, the country cannot be placed among those listed and the proposal is not its own.
    private static bool ListedIn(Proposal proposal, IReadOnlyList<AllocationTable> applying, Screen screen)
    {
        if (screen.Area.Code is not { Kind: AreaKind.Country })
        {
            return true;
        }

        var cited = applying.SelectMany(t => t.AllocationsIn(proposal.Range).SelectMany(a => a.Footnotes)
            .Concat(t.BandFootnotes.Where(b => b.Range.Overlaps(proposal.Range)).SelectMany(b => b.Footnotes))).ToHashSet();
        return screen.Rules.Any(r => r.Kind == FootnoteRuleKind.Identification && cited.Contains(r.Footnote)
            && r.Bands.Any(b => b.Overlaps(proposal.Range)) && !r.Where.IsEverywhere && screen.Area.Holds(r));
    }

    // The table's allocations in the window, rows of one service and status that touch or overlap merged into one.
    private static IReadOnlyList<Allocation> Merged(AllocationTable table, AdjacentWindow window)
    {
        var merged = new List<Allocation>();
        foreach (var group in table.AllocationsIn(window.Range).Where(a => window.Includes(a.Range))
            .GroupBy(a => (a.Service, a.Status)))
        {
            Allocation? current = null;
            foreach (var a in group.OrderBy(a => a.Range))
            {
                if (current is not null && current.Range.UpperHz >= a.Range.LowerHz)
                {
                    current = current with
                    {
                        Range = FrequencyRange.FromHz(current.Range.LowerHz, Math.Max(current.Range.UpperHz, a.Range.UpperHz)),
                        Footnotes = [.. current.Footnotes.Union(a.Footnotes)],
                    };
                    continue;
                }

                if (current is not null)
                {
                    merged.Add(current);
                }

                current = a;
            }

            merged.Add(current!);
        }

        return [.. merged.OrderBy(a => a.Range).ThenBy(a => a.Service.Name, StringComparer.Ordinal)];
    }

    private static string Direction(Stations own, Stations theirs)
    {
        var toThem = Stations.CanInterfere(own, theirs);
        var toUs = Stations.CanInterfere(theirs, own);
        return toThem && toUs ? Stations.Path(own, theirs) == Stations.Path(theirs, own)
                ? $"both ways: {Stations.Path(own, theirs)}"
                : $"both ways: {Stations.Path(own, theirs)}; {Stations.Path(theirs, own)}"
            : toThem ? $"proposal → incumbent: {Stations.Path(own, theirs)}"
            : toUs ? $"incumbent → proposal: {Stations.Path(theirs, own)}"
            : "none: neither side's transmitters reach the other's receivers";
    }

    // A protection addressed to assignments to space stations (5.458A: FSS space stations in 6 700-7 075 MHz) asks
    // nothing of a proposal whose stations are all on the ground.
    private static bool AddressedTo(FootnoteRule rule, Stations own) =>
        !rule.Text.Contains("to space stations", StringComparison.OrdinalIgnoreCase) || own.Transmit.HasFlag(Side.Space);

    private static bool AllocatesAnotherService(FootnoteRule rule, Proposal proposal) =>
        rule.Services.Count > 0 && rule.Services.Any(s => !s.IsRelatedTo(proposal.Service));

    private static IReadOnlyList<string> Provisions(string table, IEnumerable<FootnoteId> footnotes) =>
        [table, .. footnotes.Select(f => $"RR No. {f}")];

    private static string Article(FootnoteRuleKind kind) => kind switch
    {
        FootnoteRuleKind.AdditionalAllocation => "an additional allocation",
        FootnoteRuleKind.AlternativeAllocation => "an alternative allocation",
        _ => "a different category of service",
    };

    private static string Services(FootnoteRule rule) =>
        rule.Services.Count == 0 ? "the services it names" : string.Join(", ", rule.Services.Select(s => rule.Status is { } st ? s.Format(st) : s.Name));

    private static string Conditions(FootnoteRule rule) =>
        rule.Conditions.Count == 0 ? "" : $", {string.Join("; ", rule.Conditions.Select(x => x.Text))}";

    private static string Excerpt(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private static string Hz(long hertz) => hertz == 0 ? "0 Hz (it is adjacent)" : Frequency.FromHz(hertz).ToString();
}
