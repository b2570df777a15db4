namespace Spectrum.Footnotes;

/// <summary>
/// An allocation as it holds in one country: from the Region's Table (<see cref="By"/> null), or made or changed by a
/// footnote rule (<see cref="By"/> its id, <see cref="How"/> its kind: "by 5.430A").
/// </summary>
public sealed record CountryAllocation(Allocation Allocation, FootnoteId? By, FootnoteRuleKind? How)
{
    /// <summary>The Table's allocation a narrower one of the same service changed in part (Mobile beside 5.430A's MOBILE except aeronautical mobile).</summary>
    public FootnoteId? ChangedInPartBy { get; init; }

    public override string ToString() => By is { } by ? $"{Allocation} (by {by})" : Allocation.ToString();
}

/// <summary>Whether a footnote of the Table holds in a country.</summary>
public enum FootnoteApplicability
{
    /// <summary>A rule of the footnote names the country or its Region, or holds wherever the footnote is cited.</summary>
    Applies,

    /// <summary>Every rule of the footnote names other countries or Regions only.</summary>
    DoesNotApply,

    /// <summary>The footnote's text could not be read into rules: whether it holds is not known.</summary>
    NotRead,
}

/// <summary>A footnote cited in a band of the Table, whether it holds in the country, and the countries its rules name.</summary>
public sealed record CountryFootnote(FootnoteId Footnote, FrequencyRange Band, FootnoteApplicability Applicability, IReadOnlyList<AreaCode> Countries);

/// <summary>
/// The Table of a Region as it applies in one country of it: the Table's allocations with the footnote rules that hold
/// there applied (additional allocations added, alternative allocations replacing the Table's in their band, a different
/// category changing the status), and the footnotes cited in the Table split into those that hold there and those
/// that do not.
/// </summary>
public sealed record CountryTable(
    AreaCode Country,
    AllocationTable Table,
    IReadOnlyList<CountryAllocation> Allocations,
    IReadOnlyList<CountryFootnote> Footnotes)
{
    public IEnumerable<CountryFootnote> Applying => Footnotes.Where(f => f.Applicability == FootnoteApplicability.Applies);

    public IEnumerable<CountryFootnote> NotApplying => Footnotes.Where(f => f.Applicability == FootnoteApplicability.DoesNotApply);

    /// <summary>Every allocation sharing at least one hertz with <paramref name="range"/>, in frequency order.</summary>
    public IEnumerable<CountryAllocation> AllocationsIn(FrequencyRange range) => Allocations.Where(a => a.Allocation.Range.Overlaps(range));

    /// <summary>Every footnote cited in a band sharing at least one hertz with <paramref name="range"/>.</summary>
    public IEnumerable<CountryFootnote> FootnotesIn(FrequencyRange range) => Footnotes.Where(f => f.Band.Overlaps(range));

    /// <summary>
    /// The Table <paramref name="regionTable"/> as it holds in <paramref name="country"/>, a country of that Region, with
    /// the rules read from the footnotes. A rule acts only where the Table cites its footnote, within the band cited.
    /// </summary>
    public static CountryTable For(AllocationTable regionTable, IEnumerable<FootnoteReading> readings, AreaCode country) =>
        For(regionTable, readings.Where(r => r.Result.Success).SelectMany(r => r.Result.Value.Rules), country);

    /// <summary>
    /// The same from rules alone (as the store keeps them): a footnote cited in the Table with no rule is
    /// <see cref="FootnoteApplicability.NotRead"/>.
    /// </summary>
    public static CountryTable For(AllocationTable regionTable, IEnumerable<FootnoteRule> rules, AreaCode country)
    {
        if (country.Kind != AreaKind.Country)
        {
            throw new ArgumentException($"{country} is not a country (ISO 3166 alpha-2)", nameof(country));
        }

        if (regionTable.Area.Kind != AreaKind.Region)
        {
            throw new ArgumentException($"{regionTable} is not the table of an ITU Region", nameof(regionTable));
        }

        var region = regionTable.Area;
        var byFootnote = rules.GroupBy(r => r.Footnote).ToDictionary(g => g.Key, g => g.ToArray());
        var citations = Citations(regionTable);

        var footnotes = citations
            .Select(c => byFootnote.TryGetValue(c.Footnote, out var its)
                ? new CountryFootnote(c.Footnote, c.Band,
                    its.Any(r => r.Where.Includes(country, region)) ? FootnoteApplicability.Applies : FootnoteApplicability.DoesNotApply,
                    its.SelectMany(r => r.Countries).Distinct().ToArray())
                : new CountryFootnote(c.Footnote, c.Band, FootnoteApplicability.NotRead, []))
            .ToArray();

        var rows = regionTable.Allocations.Select(a => new CountryAllocation(a, null, null)).ToList();
        foreach (var (footnote, band) in citations)
        {
            if (!byFootnote.TryGetValue(footnote, out var its))
            {
                continue;
            }

            foreach (var rule in its.Where(r => r.IsAllocation && r.Status is not null && r.Where.Includes(country, region)))
            {
                foreach (var ruleBand in rule.Bands)
                {
                    if (ruleBand.Intersect(band) is { } range)
                    {
                        rows = Apply(rows, rule, range);
                    }
                }
            }
        }

        return new CountryTable(country, regionTable, rows.OrderBy(r => r.Allocation.Range).ToArray(), footnotes);
    }

    // Every footnote the Table cites, once per band: on a whole band or beside one of its allocations.
    private static List<(FootnoteId Footnote, FrequencyRange Band)> Citations(AllocationTable table) =>
        table.BandFootnotes.SelectMany(b => b.Footnotes.Select(f => (f, b.Range)))
            .Concat(table.Allocations.SelectMany(a => a.Footnotes.Select(f => (f, a.Range))))
            .Distinct()
            .OrderBy(c => c.Range)
            .ThenBy(c => c.f)
            .ToList();

    private static List<CountryAllocation> Apply(List<CountryAllocation> rows, FootnoteRule rule, FrequencyRange range)
    {
        var status = rule.Status!.Value;
        // Medium: read from the footnote's text by the grammar, not given as a row by a source.
        var provenance = new Provenance($"RR No. {rule.Footnote}, read from its text", Confidence.Medium);
        var added = rule.Services.Select(s => new CountryAllocation(new Allocation(range, s, status, [rule.Footnote], provenance), rule.Footnote, rule.Kind));
        switch (rule.Kind)
        {
            case FootnoteRuleKind.AlternativeAllocation:
                // The footnote's allocation replaces the Table's in the band.
                return [.. rows.SelectMany(r => Outside(r, range)), .. added];

            case FootnoteRuleKind.DifferentCategory:
                var result = new List<CountryAllocation>();
                var unmatched = rule.Services.ToList();
                foreach (var row in rows)
                {
                    var same = row.Allocation.Range.Overlaps(range) ? rule.Services.FirstOrDefault(s => s == row.Allocation.Service) : null;
                    if (same is null)
                    {
                        var narrower = row.Allocation.Range.Overlaps(range) && rule.Services.Any(s => s.IsKindOf(row.Allocation.Service));
                        result.Add(narrower ? row with { ChangedInPartBy = rule.Footnote } : row);
                        continue;
                    }

                    // The same service, another category, in the part of its band the rule covers.
                    unmatched.Remove(same);
                    result.AddRange(Outside(row, range));
                    var inside = row.Allocation.Range.Intersect(range)!.Value;
                    result.Add(new CountryAllocation(row.Allocation with { Range = inside, Status = status, Footnotes = [.. row.Allocation.Footnotes.Union([rule.Footnote])] },
                        rule.Footnote, rule.Kind));
                }

                // A service the Table lists only in a wider form (MOBILE except aeronautical mobile beside Mobile): a row of its own.
                result.AddRange(added.Where(a => unmatched.Contains(a.Allocation.Service)));
                return result;

            default:
                return [.. rows, .. added];
        }
    }

    // The parts of a row's band outside a range, as rows of their own.
    private static IEnumerable<CountryAllocation> Outside(CountryAllocation row, FrequencyRange range)
    {
        var band = row.Allocation.Range;
        if (!band.Overlaps(range))
        {
            yield return row;
            yield break;
        }

        if (band.Lower < range.Lower)
        {
            yield return row with { Allocation = row.Allocation with { Range = new FrequencyRange(band.Lower, range.Lower) } };
        }

        if (range.Upper < band.Upper)
        {
            yield return row with { Allocation = row.Allocation with { Range = new FrequencyRange(range.Upper, band.Upper) } };
        }
    }
}
