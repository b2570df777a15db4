using Npgsql;
using Spectrum.Footnotes;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>
/// The footnotes applied for the countries of an area, as <c>query</c> and <c>chart</c> show them: for a country, the
/// Region's rows of an answer replaced by the Region's Table as it applies there (<see cref="CountryTable"/>: footnote
/// allocations as rows "by 5.430A"), and the footnotes cited split into those that hold there and those that do not;
/// for a point or drawn area, the countries it covers, each with its footnote allocations.
/// </summary>
public sealed class CountryView
{
    private readonly Dictionary<AllocationRow, CountryAllocation> _byRow = new(ReferenceEqualityComparer.Instance);

    private CountryView(AreaCode? country, IReadOnlyList<CountryTable> tables)
    {
        Country = country;
        Tables = tables;
    }

    /// <summary>The country asked for, or null for a point or drawn area.</summary>
    public AreaCode? Country { get; }

    /// <summary>One table per country of the area the store places in a Region.</summary>
    public IReadOnlyList<CountryTable> Tables { get; }

    /// <summary>The view for a country, point or drawn area; null for any other area (a Region, a group, anywhere).</summary>
    public static async Task<CountryView?> LoadAsync(
        NpgsqlDataSource dataSource, AreaFilter area, FrequencyRange range, string edition, CancellationToken cancellationToken)
    {
        var query = new FootnoteRuleQuery(dataSource);
        var (country, countries) = area switch
        {
            AreaFilter.Known { Code.Kind: AreaKind.Country } known => (known.Code, [known.Code]),
            AreaFilter.Drawn drawn => ((AreaCode?)null, await query.CountriesInAsync(drawn.Geometry, cancellationToken)),
            _ => (null, (IReadOnlyList<AreaCode>)[]),
        };
        return countries.Count == 0 && country is null ? null
            : new CountryView(country, await query.CountryTablesAsync(range, countries, edition, cancellationToken));
    }

    /// <summary>
    /// For a country, the answer's rows with those of its Region's table replaced by the rows of the Table as it applies
    /// there, in frequency order; for a drawn area, the answer's rows.
    /// </summary>
    public IReadOnlyList<AllocationRow> Rows(IReadOnlyList<AllocationRow> rows, FrequencyRange range)
    {
        if (Country is null || Tables.Count == 0)
        {
            return rows;
        }

        var table = Tables[0].Table;
        var fromRegion = rows.Where(r => r.Area == table.Area && r.Table == table.Name).ToList();
        var effective = Tables[0].AllocationsIn(range).Select(a =>
        {
            var band = fromRegion.Where(r => r.Allocation.Range.Overlaps(a.Allocation.Range)).ToList();
            var row = new AllocationRow(table.Name, table.Edition, table.Area, a.Allocation,
                [.. band.SelectMany(r => r.BandFootnotes).Distinct().Order()])
            {
                BandMarks = [.. band.SelectMany(r => r.BandMarks).Distinct()],
            };
            _byRow[row] = a;
            return row;
        });
        return [.. rows.Except(fromRegion).Concat(effective).OrderBy(r => r.Allocation.Range.LowerHz).ThenBy(r => r.Table, StringComparer.Ordinal)];
    }

    /// <summary>The footnote that made or changed the row in the country ("by 5.430A"), or null for the Table's own.</summary>
    public FootnoteId? By(AllocationRow row) => _byRow.TryGetValue(row, out var a) ? a.By : null;

    /// <summary>The kind of rule that made or changed the row, or null.</summary>
    public FootnoteRuleKind? How(AllocationRow row) => _byRow.TryGetValue(row, out var a) ? a.How : null;

    /// <summary>False for a footnote of the Region's Table whose rules all name other countries or Regions.</summary>
    public bool Applies(FootnoteId footnote) => !NotApplying.Any(f => f.Footnote == footnote);

    /// <summary>The footnotes cited in the Region's Table that do not hold in the country, once each, with their countries.</summary>
    public IReadOnlyList<CountryFootnote> NotApplying =>
        Country is null || Tables.Count == 0 ? []
            : [.. Tables[0].NotApplying.Where(f => !Tables[0].Applying.Any(a => a.Footnote == f.Footnote)).DistinctBy(f => f.Footnote)];

    /// <summary>"5.431 (DE IL GB)": a footnote that does not hold in the country, with the countries its rules name.</summary>
    public static string Describe(CountryFootnote footnote) =>
        footnote.Countries.Count == 0 ? footnote.Footnote.Value : $"{footnote.Footnote} ({string.Join(' ', footnote.Countries)})";
}
