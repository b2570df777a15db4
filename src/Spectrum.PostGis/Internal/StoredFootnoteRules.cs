using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using Spectrum.Conference;
using Spectrum.Footnotes;

namespace Spectrum.PostGis.Internal;

/// <summary>
/// A footnote rule as the <c>footnote_rule</c> table holds it: one row per band and service the rule names, numbered
/// by <see cref="RuleNo"/> within its footnote, and by <see cref="BandNo"/> and <see cref="ServiceNo"/> within its rule.
/// </summary>
internal sealed record StoredRuleRow(
    FootnoteId Footnote,
    short RuleNo,
    short BandNo,
    short ServiceNo,
    FootnoteRuleKind Kind,
    FrequencyRange? Range,
    RadioService? Service,
    AllocationStatus? Status,
    AreaList Where,
    Identification? Identifies,
    IReadOnlyList<RadioService> Toward,
    IReadOnlyList<FootnoteCondition> Conditions,
    string Text);

/// <summary>
/// Rules to rows and back, and the one column order every query selecting rules reads: <c>footnote_id, rule_no,
/// band_no, service_no, kind, lower(range), upper(range), service, status, countries, regions, except_countries, identifies, toward,
/// conditions::text, text</c>.
/// </summary>
internal static class StoredFootnoteRules
{
    public static IEnumerable<StoredRuleRow> RowsOf(FootnoteRules rules)
    {
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var rule = rules.Rules[i];
            IReadOnlyList<FrequencyRange?> bands = rule.Bands.Count == 0 ? [null] : [.. rule.Bands.Select(b => (FrequencyRange?)b)];
            IReadOnlyList<RadioService?> services = rule.Services.Count == 0 ? [null] : [.. rule.Services];
            for (var b = 0; b < bands.Count; b++)
            {
                for (var s = 0; s < services.Count; s++)
                {
                    yield return new StoredRuleRow(rule.Footnote, (short)i, (short)b, (short)s, rule.Kind, bands[b], services[s], rule.Status, rule.Where,
                        rule.Identifies, rule.Toward, rule.Conditions, rule.Text);
                }
            }
        }
    }

    /// <summary>The rules the rows make, in order of footnote and rule number.</summary>
    public static IReadOnlyList<FootnoteRule> RulesOf(IEnumerable<StoredRuleRow> rows) =>
        [.. rows.GroupBy(r => (r.Footnote, r.RuleNo))
            .OrderBy(g => g.Key.Footnote).ThenBy(g => g.Key.RuleNo)
            .Select(g =>
            {
                var first = g.MinBy(r => (r.BandNo, r.ServiceNo))!;
                return new FootnoteRule(first.Footnote, first.Kind,
                    [.. g.Where(r => r.ServiceNo == 0 && r.Range is not null).OrderBy(r => r.BandNo).Select(r => r.Range!.Value)],
                    [.. g.Where(r => r.BandNo == 0 && r.Service is not null).OrderBy(r => r.ServiceNo).Select(r => r.Service!)],
                    first.Status, first.Where, first.Conditions, first.Text)
                {
                    Identifies = first.Identifies,
                    Toward = first.Toward,
                };
            })];

    /// <summary>The row in the sixteen columns from <paramref name="first"/>.</summary>
    public static StoredRuleRow Read(NpgsqlDataReader reader, int first)
    {
        FrequencyRange? range = reader.IsDBNull(first + 5) ? null : FrequencyRange.FromHz(reader.GetInt64(first + 5), reader.GetInt64(first + 6));
        var countries = reader.GetFieldValue<string[]>(first + 9).Select(AreaCode.Parse);
        var regions = reader.GetFieldValue<short[]>(first + 10).Select(n => AreaCode.Region(n));
        var except = reader.GetFieldValue<string[]>(first + 11).Select(AreaCode.Parse).ToArray();
        return new StoredRuleRow(
            FootnoteId.Parse(reader.GetString(first)),
            reader.GetInt16(first + 1),
            reader.GetInt16(first + 2),
            reader.GetInt16(first + 3),
            FootnoteTerms.RuleKindOf(reader.GetString(first + 4)) ?? throw new FormatException($"'{reader.GetString(first + 4)}' is not a rule kind"),
            range,
            reader.IsDBNull(first + 7) ? null : RadioService.Parse(reader.GetString(first + 7)),
            reader.IsDBNull(first + 8) ? null : Terms.StatusOf(reader.GetString(first + 8)),
            new AreaList([.. countries, .. regions], except),
            reader.IsDBNull(first + 12) ? null : Terms.IdentificationOf(reader.GetString(first + 12)),
            [.. reader.GetFieldValue<string[]>(first + 13).Select(RadioService.Parse)],
            ConditionsOf(reader.GetString(first + 14)),
            reader.GetString(first + 15));
    }

    public static string[] CountriesOf(AreaList where) => [.. where.Areas.Where(a => a.Kind == AreaKind.Country).Select(a => a.Value)];

    public static short[] RegionsOf(AreaList where) => [.. where.Areas.Where(a => a.Kind == AreaKind.Region).Select(a => (short)a.RegionNumber!.Value)];

    /// <summary>Conditions as the JSON array the <c>conditions</c> column holds.</summary>
    public static string ConditionsJson(IReadOnlyList<FootnoteCondition> conditions) =>
        JsonSerializer.Serialize(conditions.Select(c => new StoredCondition(
            FootnoteTerms.Of(c.Kind), c.Text, c.Value, c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    public static IReadOnlyList<FootnoteCondition> ConditionsOf(string json) =>
        [.. (JsonSerializer.Deserialize<StoredCondition[]>(json) ?? []).Select(c => new FootnoteCondition(ConditionKindOf(c.Kind), c.Text)
        {
            Value = c.Value,
            Date = c.Date is null ? null : DateOnly.ParseExact(c.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        })];

    private static ConditionKind ConditionKindOf(string text) =>
        Enum.GetValues<ConditionKind>().Cast<ConditionKind?>().FirstOrDefault(k => FootnoteTerms.Of(k!.Value) == text)
        ?? throw new FormatException($"'{text}' is not a condition kind");

    private sealed record StoredCondition(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("value")] string? Value,
        [property: JsonPropertyName("date")] string? Date);
}
