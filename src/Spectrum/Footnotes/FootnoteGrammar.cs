using System.Globalization;
using System.Text.RegularExpressions;
using Spectrum.Conference;

namespace Spectrum.Footnotes;

/// <summary>
/// Reads footnote texts into rules (see <see cref="FootnoteRuleKind"/>): the allocation sentences that follow the
/// openings "Additional allocation", "Alternative allocation" and "Different category of service", identifications,
/// the No. 5.340 prohibition, protections, notices and non-interference sentences, with the conditions attached. A
/// sentence of no known pattern is kept as a remark; a text with an allocation opening whose allocation cannot be
/// read, or with no rule at all, is not read, and the result says why. Nothing is guessed.
/// </summary>
public sealed partial class FootnoteGrammar(CountryNames names)
{
    private const string Allocation = "Additional allocation|Alternative allocation|Different category of service";

    /// <summary>Reads every footnote; a text that refers to another's countries ("the countries listed in No. 5.369") is read after it.</summary>
    public IReadOnlyList<FootnoteReading> ReadAll(IEnumerable<Footnote> footnotes)
    {
        var list = footnotes.ToList();
        // Most texts never look at another's reading: those are read on every core first, and a text that looked is
        // read again in its turn, against the readings before it, exactly as one pass in order reads it.
        var alone = Parallelism.MapInOrder(list, (footnote, _) =>
        {
            var watched = new WatchedReadings();
            var reading = Read(footnote, watched);
            return watched.Consulted ? null : reading;
        });
        var readings = new Dictionary<FootnoteId, FootnoteReading>();
        for (var i = 0; i < list.Count; i++)
        {
            readings[list[i].Id] = alone[i] ?? Read(list[i], readings);
        }

        // A second pass for texts that name a footnote read later in the file.
        foreach (var footnote in list.Where(f => !readings[f.Id].Result.Success))
        {
            readings[footnote.Id] = Read(footnote, readings);
        }

        return list.Select(f => readings[f.Id]).ToArray();
    }

    /// <summary>Reads one footnote on its own (references to other footnotes' countries are not read).</summary>
    public FootnoteReading Read(Footnote footnote) => Read(footnote, new Dictionary<FootnoteId, FootnoteReading>());

    /// <summary>A footnote whose text is not in the data, such as one an amendment adds: nothing can be read from it.</summary>
    public static FootnoteReading TextNotKnown(FootnoteId footnote, Provenance provenance) =>
        new(footnote, null, provenance, ParseResult<FootnoteRules>.ForFailure($"{footnote}: the footnote's text is not known"));

    private FootnoteReading Read(Footnote footnote, IReadOnlyDictionary<FootnoteId, FootnoteReading> others)
    {
        var repaired = TextRepair.Repair(footnote.Text, names);
        var opening = Opening().Match(repaired.Text);
        if (StationsMayUse().IsMatch(repaired.Text))
        {
            return new FootnoteReading(footnote.Id, repaired, footnote.Provenance, ParseResult<FootnoteRules>.ForFailure(
                $"{footnote.Id}: frequencies that 'may be used by stations' of services, with no category of service stated"))
            {
                Opening = opening.Success ? Capitalised(opening.Groups["opening"].Value) : null,
            };
        }

        var reader = new Reader(this, footnote.Id, others);
        var result = reader.Read(repaired.Text, opening.Success ? opening : null);
        return new FootnoteReading(footnote.Id, repaired, footnote.Provenance, result)
        {
            Opening = opening.Success ? Capitalised(opening.Groups["opening"].Value) : null,
        };
    }

    // No readings, and whether a text asked for one.
    private sealed class WatchedReadings : IReadOnlyDictionary<FootnoteId, FootnoteReading>
    {
        public bool Consulted { get; private set; }

        public int Count => Look(0);

        public IEnumerable<FootnoteId> Keys => Look<FootnoteId>();

        public IEnumerable<FootnoteReading> Values => Look<FootnoteReading>();

        public FootnoteReading this[FootnoteId key] => throw new KeyNotFoundException(Look(key.Value));

        public bool ContainsKey(FootnoteId key) => Look(false);

        public bool TryGetValue(FootnoteId key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FootnoteReading value)
        {
            value = null;
            return Look(false);
        }

        public IEnumerator<KeyValuePair<FootnoteId, FootnoteReading>> GetEnumerator() => Look<KeyValuePair<FootnoteId, FootnoteReading>>().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private T Look<T>(T answer)
        {
            Consulted = true;
            return answer;
        }

        private IEnumerable<T> Look<T>() => Look<IEnumerable<T>>([]);
    }

    private static string Capitalised(string opening) => char.ToUpperInvariant(opening[0]) + opening[1..].ToLowerInvariant();

    // The state of reading one text: the rules read so far, which later sentences refer back to.
    private sealed class Reader(FootnoteGrammar grammar, FootnoteId id, IReadOnlyDictionary<FootnoteId, FootnoteReading> others)
    {
        private readonly List<FootnoteRule> _rules = [];
        private readonly List<string> _remarks = [];

        public ParseResult<FootnoteRules> Read(string text, Match? opening)
        {
            var (body, lastChangedBy, notes) = SplitConferenceMark(opening is null ? text : text[(opening.Index + opening.Length)..]);
            var kind = opening is null ? (FootnoteRuleKind?)null : KindOf(opening.Groups["opening"].Value);
            var sentences = Sentences(body);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                if (kind is { } allocationKind && (i == 0 || IsAllocationSentence(sentence)))
                {
                    var read = ReadAllocation(sentence, allocationKind);
                    if (!read.Success)
                    {
                        return Fail(read.Reason!);
                    }

                    continue;
                }

                var other = ReadOther(sentence);
                if (!other.Success)
                {
                    return Fail(other.Reason!);
                }

                if (!other.Value)
                {
                    _remarks.Add(sentence);
                    AttachConditions(sentence);
                }
            }

            _remarks.AddRange(notes);
            return _rules.Count == 0
                ? Fail(kind is null ? "no rule of a known pattern in the text" : "no allocation read")
                : ParseResult<FootnoteRules>.ForValue(new FootnoteRules(id, _rules.ToArray(), _remarks.ToArray(), lastChangedBy));
        }

        private ParseResult<FootnoteRules> Fail(string reason) => ParseResult<FootnoteRules>.ForFailure($"{id}: {reason}");

        private FootnoteRule? Previous => _rules.Count == 0 ? null : _rules[^1];

        // ---- allocations ------------------------------------------------------------------------------------------

        private ParseResult<bool> ReadAllocation(string sentence, FootnoteRuleKind kind)
        {
            var conditions = new List<FootnoteCondition>();
            var text = sentence;
            var lead = LeadingDate().Match(text);
            if (lead.Success)
            {
                conditions.Add(DateCondition(lead.Groups["word"].Value, lead.Groups["date"].Value, lead.Value.TrimEnd(',', ' ')));
                text = text[lead.Length..];
            }

            var predicates = Predicate().Matches(text);
            if (predicates.Count == 0)
            {
                return Failure<bool>($"no 'is allocated' nor 'the allocation of' in '{Short(sentence)}'");
            }

            var start = 0;
            for (var k = 0; k < predicates.Count; k++)
            {
                var end = k + 1 < predicates.Count ? ClauseEnd(text, predicates[k], predicates[k + 1]) : text.Length;
                var clause = text[start..end];
                var predicate = predicates[k];
                var read = ReadClause(clause, predicate.Index - start, predicate, kind, k == 0 ? conditions : []);
                if (!read.Success)
                {
                    return read;
                }

                start = end;
            }

            return ParseResult<bool>.ForValue(true);
        }

        // Where one clause ends and the next begins: the first "; " or "and" before "in …" or "the …" after the predicate.
        private static int ClauseEnd(string text, Match predicate, Match next)
        {
            var between = text[(predicate.Index + predicate.Length)..next.Index];
            var joiner = ClauseJoiner().Match(between);
            return joiner.Success ? predicate.Index + predicate.Length + joiner.Index : next.Index;
        }

        private ParseResult<bool> ReadClause(string clause, int predicateAt, Match predicate, FootnoteRuleKind kind, List<FootnoteCondition> conditions)
        {
            var subjectText = LeadingJoiner().Replace(clause[..predicateAt], "").Trim();
            var predicateText = clause[(predicateAt + predicate.Length)..];
            string bandsText;
            var isCategoryForm = predicate.Groups["of"].Success;
            if (isCategoryForm)
            {
                // "the allocation of the band X to the S service is on a primary basis"
                var to = ToThe().Match(predicateText);
                if (!to.Success)
                {
                    return Failure<bool>($"no 'to the … service' after 'the allocation of' in '{Short(clause)}'");
                }

                bandsText = predicateText[..to.Index];
                predicateText = predicateText[to.Index..];
                subjectText = subjectText.TrimEnd(',', ' ') + ", the " + bandsText.Trim();
            }

            var subject = ReadSubject(subjectText);
            if (!subject.Success)
            {
                return subject.ConvertError<bool>();
            }

            var groups = ReadServiceGroups(predicateText, clause);
            if (!groups.Success)
            {
                return groups.ConvertError<bool>();
            }

            var (serviceGroups, rest) = groups.Value;
            var restConditions = Conditions(rest);
            var trailingAreas = TrailingAreas().Match(rest);
            AreaList? predicateAreas = null;
            foreach (var group in serviceGroups.Where(g => g.Areas is not null))
            {
                predicateAreas = group.Areas;
            }

            if (trailingAreas.Success)
            {
                var areas = ResolveAreas(trailingAreas.Groups["areas"].Value);
                if (!areas.Success)
                {
                    return areas.ConvertError<bool>();
                }

                predicateAreas = areas.Value;
            }

            if (subject.Value.Any(b => b.Areas is not null) && predicateAreas is not null)
            {
                return Failure<bool>($"countries both before and after the services in '{Short(clause)}'");
            }

            var identifies = IdentifiedForImt().IsMatch(rest);
            foreach (var band in subject.Value)
            {
                // No countries in the clause: those of the clause before ("; the band 53-54 MHz is allocated …"), else where cited.
                var where = band.Areas ?? predicateAreas ?? Previous?.Where ?? AreaList.Everywhere;
                foreach (var group in serviceGroups)
                {
                    var services = band.Direction == LinkDirection.Unspecified ? group.Services : group.Services.Select(s => WithDirection(s, band.Direction)).ToArray();
                    _rules.Add(new FootnoteRule(id, kind, band.Ranges, services, group.Status, where,
                        [.. conditions, .. band.Conditions, .. restConditions], clause.Trim()));
                }

                if (identifies)
                {
                    _rules.Add(new FootnoteRule(id, FootnoteRuleKind.Identification, band.Ranges, [RadioService.Of(ServiceKind.Mobile)], null, where,
                        [.. conditions, .. band.Conditions], clause.Trim()) { Identifies = Identification.Imt });
                }
            }

            return ParseResult<bool>.ForValue(true);
        }

        private static RadioService WithDirection(RadioService service, LinkDirection direction) =>
            service.Direction == LinkDirection.Unspecified && service.Exceptions.Count == 0 && service.Remark is null
                ? RadioService.Of(service.Kind, direction, service.Sensing)
                : service;

        private sealed record BandGroup(IReadOnlyList<FrequencyRange> Ranges, AreaList? Areas, LinkDirection Direction, IReadOnlyList<FootnoteCondition> Conditions);

        private sealed record ServiceGroup(IReadOnlyList<RadioService> Services, AllocationStatus Status, AreaList? Areas);

        // "in A, B and C, the band X, in D the bands Y and Z, …" or "the bands X in Region 2 and Y in Regions 1 and 3".
        private ParseResult<IReadOnlyList<BandGroup>> ReadSubject(string subject)
        {
            var ranges = Ranges(subject);
            if (!ranges.Success)
            {
                return ranges.ConvertError<IReadOnlyList<BandGroup>>();
            }

            var found = ranges.Value;
            if (found.Count == 0)
            {
                // "the band is also allocated": the bands of the rule before.
                var only = Gap().Match(subject);
                if (Previous is null || !only.Success)
                {
                    return Failure<IReadOnlyList<BandGroup>>($"no band in '{Short(subject)}'");
                }

                var areas = only.Groups["areas"].Success ? ResolveAreas(only.Groups["areas"].Value) : null;
                if (areas is { Success: false })
                {
                    return areas.ConvertError<IReadOnlyList<BandGroup>>();
                }

                return ParseResult<IReadOnlyList<BandGroup>>.ForValue([new BandGroup(Previous.Bands, areas?.Value, LinkDirection.Unspecified, [])]);
            }

            var gaps = new List<Match>();
            for (var i = 0; i <= found.Count; i++)
            {
                var from = i == 0 ? 0 : found[i - 1].End;
                var to = i == found.Count ? subject.Length : found[i].Start;
                var gapText = subject[from..to];
                var gap = Gap().Match(gapText);
                if (!gap.Success)
                {
                    return Failure<IReadOnlyList<BandGroup>>($"cannot read '{gapText.Trim()}' in '{Short(subject)}'");
                }

                gaps.Add(gap);
            }

            var areasFirst = gaps[0].Groups["areas"].Success;
            var groups = new List<BandGroup>();
            AreaList? current = null;
            for (var i = 0; i < found.Count; i++)
            {
                var before = gaps[i];
                var after = gaps[i + 1];
                var areaGap = areasFirst ? before : after;
                if (areaGap.Groups["areas"].Success)
                {
                    var areas = ResolveAreas(areaGap.Groups["areas"].Value, current);
                    if (!areas.Success)
                    {
                        return areas.ConvertError<IReadOnlyList<BandGroup>>();
                    }

                    current = areas.Value;
                }
                else if (!areasFirst)
                {
                    // "the bands X and Y in Region 2": the next areas named.
                    current = null;
                    for (var j = i + 2; j < gaps.Count && current is null; j++)
                    {
                        if (gaps[j].Groups["areas"].Success)
                        {
                            var areas = ResolveAreas(gaps[j].Groups["areas"].Value);
                            if (!areas.Success)
                            {
                                return areas.ConvertError<IReadOnlyList<BandGroup>>();
                            }

                            current = areas.Value;
                        }
                    }
                }

                var direction = after.Groups["direction"].Success ? DirectionOf(after.Groups["direction"].Value) : LinkDirection.Unspecified;
                var conditions = after.Groups["until"].Success
                    ? new[] { DateCondition("until", after.Groups["until"].Value, "until " + after.Groups["until"].Value) }
                    : [];
                var last = groups.Count == 0 ? null : groups[^1];
                if (last is not null && last.Areas == current && last.Direction == direction && last.Conditions.Count == 0 && conditions.Length == 0)
                {
                    groups[^1] = last with { Ranges = [.. last.Ranges, found[i].Range] };
                }
                else
                {
                    groups.Add(new BandGroup([found[i].Range], current, direction, conditions));
                }
            }

            return ParseResult<IReadOnlyList<BandGroup>>.ForValue(groups);
        }

        // "to the fixed service on a primary basis and to the mobile service on a secondary basis, subject to …"
        private ParseResult<(IReadOnlyList<ServiceGroup> Groups, string Remainder)> ReadServiceGroups(string predicate, string clause)
        {
            var groups = new List<ServiceGroup>();
            var at = 0;
            while (true)
            {
                var text = predicate[at..];
                var pre = PreStatus().Match(text);
                string servicesText;
                AllocationStatus status;
                int consumed;
                if (pre.Success)
                {
                    status = StatusOf(pre.Groups["status"].Value);
                    var serviceEnd = ServiceWordEnd().Match(text, pre.Length);
                    if (!serviceEnd.Success)
                    {
                        return Failure<(IReadOnlyList<ServiceGroup>, string)>($"no service after the category in '{Short(clause)}'");
                    }

                    servicesText = text[pre.Length..(serviceEnd.Index + serviceEnd.Length)];
                    consumed = serviceEnd.Index + serviceEnd.Length;
                }
                else
                {
                    var to = groups.Count == 0 ? ToThe().Match(text) : NextGroup().Match(text);
                    if (!to.Success || (groups.Count > 0 && to.Index != 0))
                    {
                        break;
                    }

                    var basis = Basis().Match(text, to.Index + to.Length);
                    if (!basis.Success)
                    {
                        return Failure<(IReadOnlyList<ServiceGroup>, string)>(groups.Count == 0
                            ? $"no category of service (primary or secondary) in '{Short(clause)}'"
                            : $"cannot read '{Short(text)}'");
                    }

                    status = StatusOf(basis.Groups["status"].Value);
                    servicesText = text[(to.Index + to.Length)..basis.Index];
                    consumed = basis.Index + basis.Length;
                }

                var (servicePart, areasPart) = SplitServiceAreas(servicesText);
                var services = ReadServices(servicePart);
                if (!services.Success)
                {
                    return services.ConvertError<(IReadOnlyList<ServiceGroup>, string)>();
                }

                AreaList? areas = null;
                if (areasPart is not null)
                {
                    var resolved = ResolveAreas(areasPart);
                    if (!resolved.Success)
                    {
                        return resolved.ConvertError<(IReadOnlyList<ServiceGroup>, string)>();
                    }

                    areas = resolved.Value;
                }

                groups.Add(new ServiceGroup(services.Value, status, areas));
                at += consumed;
                var seeNo = SeeNo().Match(predicate, at);
                if (seeNo.Success && seeNo.Index == at)
                {
                    at += seeNo.Length;
                }
            }

            if (groups.Count == 0)
            {
                return Failure<(IReadOnlyList<ServiceGroup>, string)>($"no 'to the … service' in '{Short(clause)}'");
            }

            return ParseResult<(IReadOnlyList<ServiceGroup>, string)>.ForValue((groups, predicate[at..]));
        }

        // "space operation (Earth-to-space) and space research services in Region 2, in Australia": services, then countries.
        private static (string Services, string? Areas) SplitServiceAreas(string text)
        {
            var split = ServicesThenAreas().Match(text);
            return split.Success ? (text[..(split.Index + split.Groups["word"].Length)], split.Groups["areas"].Value) : (text, null);
        }

        /// <summary>"the radionavigation, fixed and mobile" / "fixed and mobile, except aeronautical mobile," / "the same".</summary>
        private ParseResult<IReadOnlyList<RadioService>> ReadServices(string text)
        {
            var trimmed = text.Trim().TrimEnd(',').Trim();
            if (SameService().IsMatch(trimmed) && Previous is not null)
            {
                return ParseResult<IReadOnlyList<RadioService>>.ForValue(Previous.Services);
            }

            return ServiceList.Read(trimmed);
        }

        // ---- other sentences --------------------------------------------------------------------------------------

        // True when a rule was read; false when the sentence is of no known pattern.
        private ParseResult<bool> ReadOther(string sentence)
        {
            if (Prohibited().Match(sentence) is { Success: true } prohibited)
            {
                return ReadBandList(prohibited.Groups["list"].Value, sentence, FootnoteRuleKind.Prohibition, [], AreaList.Everywhere);
            }

            if (UrgedToProtect().Match(sentence) is { Success: true } protect)
            {
                var services = ServiceList.Find(protect.Groups["services"].Value);
                if (services.Count == 0)
                {
                    return ParseResult<bool>.ForValue(false);
                }

                var bands = protect.Groups["list"].Success ? protect.Groups["list"].Value : sentence;
                var before = Ranges(bands);
                if (before.Success && before.Value.Count > 0)
                {
                    return ReadBandList(bands, sentence, FootnoteRuleKind.Protection, services, AreaList.Everywhere);
                }

                if (Previous is null)
                {
                    return ParseResult<bool>.ForValue(false);
                }

                // "Administrations are urged …": all of them, in the bands of the rule before.
                _rules.Add(new FootnoteRule(id, FootnoteRuleKind.Protection, Previous.Bands, services, null, AreaList.Everywhere, Conditions(sentence), sentence));
                return ParseResult<bool>.ForValue(true);
            }

            if (BearInMind().Match(sentence) is { Success: true } notice)
            {
                var services = ServiceList.Find(notice.Groups["services"].Value);
                var ranges = Ranges(notice.Groups["bands"].Value);
                if (services.Count == 0 || !ranges.Success || ranges.Value.Count == 0)
                {
                    return ParseResult<bool>.ForValue(false);
                }

                _rules.Add(new FootnoteRule(id, FootnoteRuleKind.Notice, ranges.Value.Select(r => r.Range).ToArray(), services, null,
                    AreaList.Everywhere, Conditions(sentence), sentence));
                return ParseResult<bool>.ForValue(true);
            }

            if (ImtIdentification().Match(sentence) is { Success: true } imt)
            {
                return ReadIdentification(imt, sentence, Identification.Imt, RadioService.Of(ServiceKind.Mobile));
            }

            if (HibsIdentification().Match(sentence) is { Success: true } hibs)
            {
                return ReadIdentification(hibs, sentence, Identification.Hibs, RadioService.Of(ServiceKind.Mobile));
            }

            if (HapsUse().Match(sentence) is { Success: true } haps)
            {
                var services = ServiceList.Find(haps.Groups["service"].Value);
                return services.Count == 1
                    ? ReadIdentification(haps, sentence, Identification.Haps, services[0])
                    : ParseResult<bool>.ForValue(false);
            }

            if (ShallNot().Match(sentence) is { Success: true } shallNot)
            {
                return ParseResult<bool>.ForValue(ReadNonInterference(shallNot, sentence));
            }

            return ParseResult<bool>.ForValue(false);
        }

        private ParseResult<bool> ReadIdentification(Match match, string sentence, Identification identifies, RadioService service)
        {
            var subjectText = match.Groups["subject"].Value;
            if (match.Groups["areas"].Success)
            {
                subjectText = $"in {match.Groups["areas"].Value}, {subjectText}";
            }

            var subject = ReadSubject(subjectText);
            if (!subject.Success)
            {
                return subject.ConvertError<bool>();
            }

            foreach (var band in subject.Value)
            {
                _rules.Add(new FootnoteRule(id, FootnoteRuleKind.Identification, band.Ranges, [service], null, band.Areas ?? AreaList.Everywhere,
                    [.. band.Conditions, .. Conditions(sentence)], sentence) { Identifies = identifies });
            }

            return ParseResult<bool>.ForValue(true);
        }

        // "1400-1427 MHz, 2690-2700 MHz, except those provided for by No. 5.422, …, 31.5-31.8 GHz, in Region 2, …"
        private ParseResult<bool> ReadBandList(string list, string sentence, FootnoteRuleKind kind, IReadOnlyList<RadioService> services, AreaList where)
        {
            var ranges = Ranges(list);
            if (!ranges.Success)
            {
                return ranges.ConvertError<bool>();
            }

            var found = ranges.Value;
            for (var i = 0; i < found.Count; i++)
            {
                var qualifier = list[found[i].End..(i + 1 < found.Count ? found[i + 1].Start : list.Length)];
                var conditions = new List<FootnoteCondition>();
                var areas = where;
                if (ExceptProvided().Match(qualifier) is { Success: true } except)
                {
                    conditions.Add(new FootnoteCondition(ConditionKind.ExceptProvision, except.Value.Trim()) { Value = except.Groups["no"].Value });
                }

                if (InAreas().Match(qualifier) is { Success: true } inAreas)
                {
                    var resolved = ResolveAreas(inAreas.Groups["areas"].Value);
                    if (!resolved.Success)
                    {
                        return resolved.ConvertError<bool>();
                    }

                    areas = resolved.Value;
                }

                if (FromStations().Match(qualifier) is { Success: true } from)
                {
                    conditions.Add(new FootnoteCondition(ConditionKind.Limitation, from.Value.Trim()));
                }

                _rules.Add(new FootnoteRule(id, kind, [found[i].Range], services, null, areas, conditions, sentence));
            }

            return ParseResult<bool>.ForValue(found.Count > 0);
        }

        // "Stations in the radiolocation service shall not cause harmful interference to, nor claim protection from, …":
        // in the bands the sentence names, else in those of each allocation read before whose service it names or refers to.
        private bool ReadNonInterference(Match match, string sentence)
        {
            var who = match.Groups["who"].Value;
            var services = ServiceList.Find(who);
            var refersBack = RefersBack().IsMatch(who);
            var toward = ServiceList.Find(match.Groups["whom"].Value);
            var conditions = Conditions(sentence);
            var ranges = Ranges(sentence);
            if (ranges.Success && ranges.Value.Count > 0 && services.Count > 0)
            {
                _rules.Add(new FootnoteRule(id, FootnoteRuleKind.NonInterference, ranges.Value.Select(r => r.Range).ToArray(), services, null,
                    Previous?.Where ?? AreaList.Everywhere, conditions, sentence) { Toward = toward });
                return true;
            }

            var allocations = _rules.Where(r => r.IsAllocation
                && (services.Count == 0 ? refersBack : r.Services.Any(s => services.Any(s.IsRelatedTo)))).ToList();
            foreach (var allocation in allocations)
            {
                _rules.Add(new FootnoteRule(id, FootnoteRuleKind.NonInterference, allocation.Bands, services.Count > 0 ? services : allocation.Services, null,
                    allocation.Where, conditions, sentence) { Toward = toward });
            }

            return allocations.Count > 0;
        }

        // Dates only where the sentence speaks of the allocation itself ("This allocation is effective until …").
        private void AttachConditions(string sentence)
        {
            var aboutRule = ThisAllocation().IsMatch(sentence);
            var conditions = Conditions(sentence)
                .Where(c => aboutRule || c.Kind is not (ConditionKind.EffectiveFrom or ConditionKind.EffectiveUntil)).ToArray();
            if (conditions.Length == 0)
            {
                return;
            }

            for (var i = 0; i < _rules.Count; i++)
            {
                _rules[i] = _rules[i] with { Conditions = [.. _rules[i].Conditions, .. conditions.Where(c => !_rules[i].Conditions.Contains(c))] };
            }
        }

        // ---- areas and bands ----------------------------------------------------------------------------------------

        // "these same countries" are those named just before in the same sentence, else those of the rule before.
        private ParseResult<AreaList> ResolveAreas(string text, AreaList? before = null)
        {
            var (included, excepted) = CountryNames.SplitExceptions(text.Trim().TrimEnd(',').Trim());
            var areas = ResolveGroup(included, before ?? Previous?.Where);
            if (!areas.Success)
            {
                return areas.ConvertError<AreaList>();
            }

            if (areas.Value.Count == 0)
            {
                return Failure<AreaList>($"'{text.Trim()}' names no country");
            }

            var except = excepted.Length == 0 ? ParseResult<IReadOnlyList<AreaCode>>.ForValue([]) : ResolveGroup(excepted, null);
            return except.Success
                ? ParseResult<AreaList>.ForValue(new AreaList(areas.Value, except.Value))
                : except.ConvertError<AreaList>();
        }

        // Names, "the countries listed in No. 5.369" (that footnote's countries) and "these same countries" (the rule before's).
        private ParseResult<IReadOnlyList<AreaCode>> ResolveGroup(string text, AreaList? before)
        {
            var codes = new List<AreaCode>();
            var rest = WithoutReferences(text);
            var reference = ListedIn().Match(rest);
            if (reference.Success)
            {
                if (!others.TryGetValue(FootnoteId.Parse(reference.Groups["no"].Value), out var other) || !other.Result.Success)
                {
                    return Failure<IReadOnlyList<AreaCode>>($"the countries listed in No. {reference.Groups["no"].Value} are not known");
                }

                codes.AddRange(other.Result.Value.Countries);
                rest = rest.Remove(reference.Index, reference.Length);
            }

            var same = SameCountries().Match(rest);
            if (same.Success)
            {
                if (before is null || before.IsEverywhere)
                {
                    return Failure<IReadOnlyList<AreaCode>>("'these same countries' with no countries before");
                }

                codes.AddRange(before.Areas);
                rest = rest.Remove(same.Index, same.Length);
            }

            if (rest.Trim(' ', ',').Trim() is "" or "and" or "in")
            {
                return ParseResult<IReadOnlyList<AreaCode>>.ForValue(codes.Distinct().ToArray());
            }

            var resolved = grammar.Names.ResolveNames(rest);
            return resolved.Success
                ? ParseResult<IReadOnlyList<AreaCode>>.ForValue(codes.Concat(resolved.Value).Distinct().ToArray())
                : resolved;
        }
    }

    private CountryNames Names => names;

    private static string WithoutReferences(string text) => SeeNumbers().Replace(text, " ");

    // ---- shared pieces -------------------------------------------------------------------------------------------

    private readonly record struct FoundRange(FrequencyRange Range, int Start, int End);

    // Every band written in a text, a unit written once at the end of a list applying to the ranges before it.
    private static ParseResult<IReadOnlyList<FoundRange>> Ranges(string text)
    {
        var matches = RangeText().Matches(text);
        var found = new List<FoundRange>();
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : matches.Skip(i + 1).FirstOrDefault(m => m.Groups["unit"].Success)?.Groups["unit"].Value;
            if (unit is null)
            {
                continue; // "Nos. 5.10-5.13" and the like: no unit, no band
            }

            var written = $"{match.Groups["lower"].Value}-{match.Groups["upper"].Value} {unit}";
            if (!FrequencyRange.TryParse(written, out var range, out var error))
            {
                return Failure<IReadOnlyList<FoundRange>>($"band '{match.Value.Trim()}' cannot be read: {error}");
            }

            found.Add(new FoundRange(range, match.Index, match.Index + match.Length));
        }

        return ParseResult<IReadOnlyList<FoundRange>>.ForValue(found);
    }

    private static IReadOnlyList<FootnoteCondition> Conditions(string text)
    {
        var conditions = new List<FootnoteCondition>();
        if (Agreement921().Match(text) is { Success: true } agreement)
        {
            conditions.Add(new FootnoteCondition(ConditionKind.AgreementUnderNo921, agreement.Value) { Value = "9.21" });
        }

        foreach (Match resolution in ResolutionText().Matches(text))
        {
            foreach (Match number in ResolutionNumber().Matches(resolution.Value))
            {
                conditions.Add(new FootnoteCondition(ConditionKind.Resolution, resolution.Value.Trim())
                {
                    Value = $"{number.Groups["number"].Value} ({number.Groups["revision"].Value})",
                });
            }
        }

        if (Pfd().Match(text) is { Success: true } pfd)
        {
            var limit = PfdLimit().Match(text);
            conditions.Add(new FootnoteCondition(ConditionKind.PowerFluxDensityLimit, pfd.Value.Trim()) { Value = limit.Success ? limit.Value.Trim() : null });
        }

        foreach (Match date in DateText().Matches(text))
        {
            conditions.Add(DateCondition(date.Groups["word"].Value, date.Groups["date"].Value, date.Value.Trim()));
        }

        if (LimitedTo().Match(text) is { Success: true } limited)
        {
            conditions.Add(new FootnoteCondition(ConditionKind.Limitation, limited.Value.Trim().TrimEnd(',', '.')));
        }

        return conditions;
    }

    private static FootnoteCondition DateCondition(string word, string date, string text)
    {
        var kind = word.ToLowerInvariant() is "until" or "by" ? ConditionKind.EffectiveUntil : ConditionKind.EffectiveFrom;
        var parsed = DateOnly.TryParseExact(date, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        return new FootnoteCondition(kind, text) { Date = parsed };
    }

    private static LinkDirection DirectionOf(string text) => ServiceKinds.Key(text) switch
    {
        "earth to space" => LinkDirection.EarthToSpace,
        "space to earth" => LinkDirection.SpaceToEarth,
        "space to space" => LinkDirection.SpaceToSpace,
        _ => LinkDirection.Unspecified,
    };

    private static AllocationStatus StatusOf(string word) =>
        word.Equals("primary", StringComparison.OrdinalIgnoreCase) ? AllocationStatus.Primary : AllocationStatus.Secondary;

    private static FootnoteRuleKind KindOf(string opening) => opening.ToLowerInvariant() switch
    {
        "additional allocation" => FootnoteRuleKind.AdditionalAllocation,
        "alternative allocation" => FootnoteRuleKind.AlternativeAllocation,
        _ => FootnoteRuleKind.DifferentCategory,
    };

    private static bool IsAllocationSentence(string sentence) =>
        AllocationSentence().IsMatch(sentence) && Predicate().IsMatch(sentence);

    private static ParseResult<T> Failure<T>(string reason) => ParseResult<T>.ForFailure(reason);

    private static string Short(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 90 ? trimmed : trimmed[..87] + "…";
    }

    // The "(WRC-12)" closing the text, and notes after it ("*Note by the Secretariat", "/ (1) …").
    private static (string Body, string? LastChangedBy, IReadOnlyList<string> Notes) SplitConferenceMark(string text)
    {
        var notes = new List<string>();
        var body = text;
        var note = Notes().Match(body);
        if (note.Success)
        {
            notes.Add(body[note.Index..].Trim(' ', '/'));
            body = body[..note.Index];
        }

        var mark = ConferenceMark().Match(body);
        if (!mark.Success)
        {
            return (body.Trim(), null, notes);
        }

        var year = mark.Groups["year"].Value;
        return (body[..mark.Index].Trim(), $"WRC-{year}", notes);
    }

    private static List<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex($@"^\s*(?<opening>{Allocation})\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^\s*(?:Additional allocation\s*:\s*)?Frequencies\s+in\s+the\s+bands?\b[^.]*\bmay\s+be\s+used\s+by\s+stations\b", RegexOptions.IgnoreCase)]
    private static partial Regex StationsMayUse();

    [GeneratedRegex(@"\.?\s*\(\s*WRC[- ]?(?<year>\d{2,4})\s*\)\s*\.?\s*$")]
    private static partial Regex ConferenceMark();

    [GeneratedRegex(@"(?:\*\s*Note by the Secretariat|/\s*\(1\)\s*5\.\d).*$", RegexOptions.Singleline)]
    private static partial Regex Notes();

    // A full stop ending a sentence: not after No., Nos., Rep., Dem., Rev. nor a single capital (P.D.R.), before a capital.
    [GeneratedRegex(@"(?<!\b(?:No|Nos|Rep|Dem|Rev|Res|Art|St|[A-Z]))\.\s*(?=[A-Z(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*(?<word>after|until|from)\s+(?<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\b(?:is|are)\s+(?:also\s+)?allocated\b|(?<of>\bthe\s+allocation\s+of\b)|(?<=;\s*and\s+)allocated\b", RegexOptions.IgnoreCase)]
    private static partial Regex Predicate();

    [GeneratedRegex(@"^\s*(?:In\b|The\s+(?:frequency\s+)?bands?\b)")]
    private static partial Regex AllocationSentence();

    [GeneratedRegex(@";\s*(?:and\s+)?|,?\s*\band\s+(?=in\b|the\s+(?:frequency\s+)?bands?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseJoiner();

    [GeneratedRegex(@"^\s*(?:[;,]\s*)?(?:and\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingJoiner();

    [GeneratedRegex(@"\bto\s+(?:the\s+)?(?=[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex ToThe();

    [GeneratedRegex(@"^[\s,]*(?:and\s+)?to\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex NextGroup();

    [GeneratedRegex(@"^\s*on\s+an?\s+(?<status>primary|secondary)\s+basis\s+to\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PreStatus();

    [GeneratedRegex(@"\bservices?\b(?:\s*\([^)]*\))*", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceWordEnd();

    [GeneratedRegex(@"(?:\bis\s+|,\s*)?\bon\s+an?\s+(?<status>primary|secondary)\s+basis\b", RegexOptions.IgnoreCase)]
    private static partial Regex Basis();

    [GeneratedRegex(@"\G\s*\(\s*se[e]?\s+No\.\s*5\.3[23]\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex SeeNo();

    [GeneratedRegex(@"(?<word>\bservices?\b(?:\s*\([^)]*\))?)\s*,?\s+in\s+(?<areas>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ServicesThenAreas();

    [GeneratedRegex(@"^\s*(?:the\s+)?same(?:\s+services?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SameService();

    // After the services: "until 1 January 2010 in Algeria, …" or "in Algeria, …, Ukraine until 1 January 2015".
    [GeneratedRegex(@"^\s*(?:until\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+)?in\s+(?!accordance\b|the\s+(?:band|direction|territory)\b|this\b|order\b|operation\b|conjunction\b)(?<areas>[^;]+?)\s*(?=\buntil\b|,\s*(?:at which|subject|limited|for|in accordance)\b|$)")]
    private static partial Regex TrailingAreas();

    // The words between two bands of a subject: "…(Earth-to-space) until 31 December 2012, and in Poland, the band".
    [GeneratedRegex(@"^[\s,]*(?:\((?<direction>[^)]*)\))?[\s,]*(?:until\s+(?<until>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?[\s,]*(?:and\b[\s,]*)?(?:\bin\s+(?:the\s+)?(?!the\b)(?<areas>.+?)[\s,]*)?(?:(?:\band\s+)?(?:\bthe\s+)?(?:\bfrequency\s+)?\bbands?(?:\s*,\s*or\s+portions\s+of\s+the\s+bands\s*,)?)?[\s,]*(?:and)?[\s,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Gap();

    [GeneratedRegex(@"(?<![\d.])(?<!Regions? |Nos?\. )(?<lower>\d+(?: \d{3})*(?:\.\d+)?)\s*[-–−]\s*(?<upper>\d+(?: \d{3})*(?:\.\d+)?)(?:\s*(?<unit>[kMGT]Hz)\b)?")]
    private static partial Regex RangeText();

    [GeneratedRegex(@"subject\s+to\s+(?:the\s+)?agreement(?:[^.;]|\.(?=\s?\d))*?under\s+No\.\s*9\.21(?:\s+with\s+(?:other\s+)?administrations(?:\s+concerned)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement921();

    [GeneratedRegex(@"\bResolutions?\s+\d+[A-Z]?\s*\((?:Rev\.\s*)?WRC[- ]?\d{2,4}\)(?:\s*\*)?(?:\s*(?:and|,)\s*\d+[A-Z]?\s*\((?:Rev\.\s*)?WRC[- ]?\d{2,4}\))*")]
    private static partial Regex ResolutionText();

    [GeneratedRegex(@"(?<number>\d+[A-Z]?)\s*\((?<revision>(?:Rev\.\s*)?WRC[- ]?\d{2,4})\)")]
    private static partial Regex ResolutionNumber();

    [GeneratedRegex(@"(?:[^.]|\.(?=\d))*\b(?:power\s+flux[- ]?density|pfd)\b(?:[^.]|\.(?=\d))*", RegexOptions.IgnoreCase)]
    private static partial Regex Pfd();

    [GeneratedRegex(@"[-−–]\s?\d+(?:\.\d+)?\s?dB\s?\(?W\s?/\s?\(?m²(?:\s?[∙·.]\s?\d+\s?[kM]Hz)?\)?\)?")]
    private static partial Regex PfdLimit();

    [GeneratedRegex(@"\b(?:effective\s+)?(?<word>until|from|after|by)\s+(?<date>\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})")]
    private static partial Regex DateText();

    [GeneratedRegex(@"\b(?:limited\s+to|exclusively\s+for)\s+(?:[^.;]|\.(?=\s?\d))*|\bfor\s+[^.;,]*\bonly\b", RegexOptions.IgnoreCase)]
    private static partial Regex LimitedTo();

    [GeneratedRegex(@"^All\s+emissions\s+are\s+prohibited\s+in\s+the\s+following\s+bands\s*:?\s*(?<list>.*)$", RegexOptions.Singleline)]
    private static partial Regex Prohibited();

    [GeneratedRegex(@"(?:bands?\s*:?\s*(?<list>.*?)\s+are\s+allocated\s*,\s*)?administrations\s+are\s+urged\s+to\s+take\s+all\s+practicable\s+steps\s+to\s+protect\s+(?<services>.+?)(?:\s+from\s+harmful\s+interference|\s+and\s+not\b|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex UrgedToProtect();

    [GeneratedRegex(@"Administrations\s+should\s+bear\s*in\s*mind\s*the\s*needs\s*of\s*(?<services>.+?)\s+in\s+their\s+future\s+planning\s+of\s+the\s+bands?\s+(?<bands>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BearInMind();

    [GeneratedRegex(@"^(?:In\s+(?<areas>[^,]+(?:,[^,]+)*?),\s+)?(?:Those\s+parts\s+of\s+)?(?<subject>(?:the\s+)?(?:frequency\s+)?bands?\b.+?)\s+(?:which\s+are\s+allocated\s+to\s+the\s+mobile\s+service\s+on\s+a\s+primary\s+basis\s+)?(?:is|are)\s+(?:identified\s*for\s*use\s*by|intended\s*for\s*use\s*,?\s*on\s*a\s*worldwide\s*basis\s*,?\s*by)\s*administrations\s*wishing\s*to\s*implement\s*International\s*Mobile\s*Telecommunications", RegexOptions.IgnoreCase)]
    private static partial Regex ImtIdentification();

    [GeneratedRegex(@"^(?<subject>In\s+.+?)\s+may\s+be\s+used\s+by\s+high[- ]altitude\s+platform\s+stations\s+as\s+base\s+stations\s+to\s+provide\s+International\s+Mobile\s+Telecommunications", RegexOptions.IgnoreCase)]
    private static partial Regex HibsIdentification();

    [GeneratedRegex(@"^(?:In\s+(?<areas>.+?),\s+)?the\s+allocation\s+to\s+the\s+(?<service>[a-z -]+?)\s+service\s+in\s+(?<subject>the\s+bands?\s+.+?)\s+(?:may\s+also\s+be\s+used|is\s+designated\s+for\s+use)\s+by\s+(?:[a-z ]+\s+)?(?:for\s+)?(?:systems\s+using\s+)?high[- ]altitude\s+platform\s+stations", RegexOptions.IgnoreCase)]
    private static partial Regex HapsUse();

    [GeneratedRegex(@"\bidentified\s+for\s+International\s+Mobile\s+Telecommunications\s*\(IMT\)", RegexOptions.IgnoreCase)]
    private static partial Regex IdentifiedForImt();

    [GeneratedRegex(@"^(?<who>.*?)\bshall\s+not\s+(?:cause\s+harmful\s+interference\s+to|claim\s+protection\s+from)\b(?<whom>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ShallNot();

    [GeneratedRegex(@"^\s*(?:This|These|Such)\s+(?:additional\s+)?(?:allocations?|use|identification)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisAllocation();

    [GeneratedRegex(@"\b(?:these|such|this|those)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();

    [GeneratedRegex(@"except\s+those\s+provided\s+for\s+by\s+No\.\s*(?<no>5\.\d+[A-Z]*)")]
    private static partial Regex ExceptProvided();

    [GeneratedRegex(@"\bin\s+(?<areas>Regions?\s+\d(?:\s*(?:and|,)\s*\d)*)")]
    private static partial Regex InAreas();

    [GeneratedRegex(@"\bfrom\s+airborne\s+stations\b")]
    private static partial Regex FromStations();

    [GeneratedRegex(@"(?:(?:the|those)\s+)?countries\s+listed\s+in\s+Nos?\.\s*(?<no>5\.\d+[A-Z]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ListedIn();

    [GeneratedRegex(@"\b(?:in\s+)?these\s+same\s+countries\b(?:\s+and)?", RegexOptions.IgnoreCase)]
    private static partial Regex SameCountries();

    // "(see Nos. 5.10 to 5.13)" after a name: a reference, not a name.
    [GeneratedRegex(@"\(\s*see\s+Nos?\.[^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex SeeNumbers();
}
