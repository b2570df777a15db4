using Npgsql;
using Spectrum.Footnotes;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>
/// "Which rules do the RR footnotes make": the rules read from the footnote texts, by id, country, range and kind, or
/// with <see cref="Unparsed"/> the footnotes the grammar could not read. <c>spectrum footnotes</c> and
/// <c>GET /api/footnotes</c> ask it.
/// </summary>
public sealed record FootnoteQuestion(
    IReadOnlyList<string> Ids, string? Country = null, string? Range = null, string? Kind = null, bool Unparsed = false)
{
    public static readonly IReadOnlyList<string> RuleColumns =
        ["footnote", "kind", "bands", "services", "status", "countries", "regions", "except", "identifies", "conditions", "rule_text", "footnote_text"];

    public static readonly IReadOnlyList<string> UnparsedColumns = ["footnote", "opening", "reason", "text", "source", "confidence"];

    /// <summary>What is wrong with the question as given, or null.</summary>
    public string? Error() =>
        Ids.FirstOrDefault(i => !FootnoteId.TryParse(i, out _)) is { } bad ? $"'{bad}' is not a footnote id: expected {FootnoteId.Expected}"
        : Country is not null && (!AreaCode.TryParse(Country, out var c) || c.Kind != AreaKind.Country) ? $"--country '{Country}' is not an ISO 3166 alpha-2 code such as NL or US"
        : Range is not null && !FrequencyRange.TryParse(Range, out _, out var error) ? error
        : Kind is not null && FootnoteTerms.RuleKindOf(Kind) is null
            ? $"--kind '{Kind}': expected one of {string.Join(", ", Enum.GetValues<FootnoteRuleKind>().Select(FootnoteTerms.Of))}"
        : null;

    public async Task<FootnoteAnswer> AskAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (Error() is { } wrong)
        {
            throw new InputException(wrong);
        }

        var query = new FootnoteRuleQuery(dataSource);
        IReadOnlyList<FootnoteId>? ids = Ids.Count == 0 ? null : [.. Ids.Select(FootnoteId.Parse).Distinct()];
        var readings = await query.ReadingsAsync(ids, cancellationToken);
        if (ids is not null && ids.FirstOrDefault(i => readings.All(r => r.Footnote != i)) is { Value: not null } unknown)
        {
            throw new InputException($"unknown footnote {unknown}: the store has neither its text nor a table citing it (spectrum import data loads the shipped ones)");
        }

        if (Unparsed)
        {
            IReadOnlyList<StoredReading> unparsed = [.. readings.Where(r => !r.IsRead)];
            return new FootnoteAnswer([], unparsed, new Listing(UnparsedColumns, [.. unparsed.Select(r => new object?[]
            {
                r.Footnote.Value, r.Opening, r.Reason, r.Text, r.Provenance.Source, Terms.Of(r.Provenance.Confidence),
            })]));
        }

        AreaCode? country = Country is null ? null : AreaCode.Parse(Country);
        if (country is { } asked && !await new AreaQuery(dataSource).ExistsAsync(asked, cancellationToken))
        {
            throw new InputException($"unknown country '{asked}': the store has no area of that code (spectrum import data loads the shipped countries)");
        }

        var filter = new RuleFilter(ids, country, Range is null ? null : FrequencyRange.Parse(Range), Kind is null ? null : FootnoteTerms.RuleKindOf(Kind));
        var rules = await query.RulesAsync(filter, cancellationToken);
        var texts = readings.ToDictionary(r => r.Footnote);
        return new FootnoteAnswer(rules, ids is null ? [] : readings, new Listing(RuleColumns, [.. rules.Select(r => new object?[]
        {
            r.Footnote.Value, FootnoteTerms.Of(r.Kind), r.Bands.Select(b => b.ToString()).ToList(), r.Services.Select(s => s.Name).ToList(),
            r.Status is { } status ? Terms.Of(status) : null, r.Countries.Select(c => c.Value).ToList(),
            r.Where.Areas.Where(a => a.Kind == AreaKind.Region).Select(a => a.Value).ToList(), r.Where.Except.Select(c => c.Value).ToList(),
            r.Identifies is { } identifies ? Terms.Of(identifies) : null, r.Conditions.Select(c => c.Text).ToList(), r.Text,
            texts.TryGetValue(r.Footnote, out var reading) ? reading.Text : null,
        })]));
    }
}

/// <summary>
/// The rules found (none when the footnotes not read were asked for), the readings to show (those asked for by id,
/// or those not read), and the rules or the unread footnotes as csv and json list them.
/// </summary>
public sealed record FootnoteAnswer(IReadOnlyList<FootnoteRule> Rules, IReadOnlyList<StoredReading> Readings, Listing Listing);
