using Spectrum.Conference;
using Spectrum.Footnotes;

namespace Spectrum.Tests.Footnotes;

/// <summary>Each kind of rule and condition, read from a real text of the shipped RR 2012 footnotes.</summary>
public class RuleKindTests(ShippedFootnotes shipped) : IClassFixture<ShippedFootnotes>
{
    private static readonly string[] Codes5431 = ["DE", "IL", "GB"];

    private FootnoteRule Single(string id, FootnoteRuleKind kind) => Assert.Single(shipped.Rules(id).Rules, r => r.Kind == kind);

    [Fact]
    public void Additional_allocation_5_431_gives_amateur_secondary_in_3400_to_3475_MHz_in_Germany_Israel_and_the_United_Kingdom()
    {
        var rule = Single("5.431", FootnoteRuleKind.AdditionalAllocation);

        Assert.Equal([FrequencyRange.Parse("3400-3475 MHz")], rule.Bands);
        Assert.Equal("Amateur", Assert.Single(rule.Services).Name);
        Assert.Equal(AllocationStatus.Secondary, rule.Status);
        Assert.Equal(Codes5431, rule.Where.Areas.Select(a => a.Value));
        Assert.Equal(FootnoteId.Parse("5.431"), rule.Footnote);
        Assert.Contains("the band 3400-3475 MHz is also allocated to the amateur service", rule.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_allocation_in_several_countries_with_their_own_bands_and_dates_5_312_gives_one_rule_per_country_group()
    {
        var rules = shipped.Rules("5.312").Rules;

        Assert.Equal(["645-862 MHz", "646-686 MHz 726-758 MHz 766-814 MHz 822-862 MHz", "830-862 MHz", "830-860 MHz", "860-862 MHz"],
            rules.Select(r => string.Join(' ', r.Bands)));
        Assert.Equal(["BG"], rules[1].Where.Areas.Select(a => a.Value));
        Assert.Equal(new DateOnly(2012, 12, 31), Assert.Single(rules[3].Conditions, c => c.Kind == ConditionKind.EffectiveUntil).Date);
        Assert.Equal(new DateOnly(2017, 12, 31), Assert.Single(rules[4].Conditions, c => c.Kind == ConditionKind.EffectiveUntil).Date);
        Assert.All(rules, r => Assert.Equal("Aeronautical Radionavigation", Assert.Single(r.Services).Name));
    }

    [Fact]
    public void Alternative_allocation_5_166_gives_fixed_and_mobile_primary_in_New_Zealand_in_both_bands()
    {
        var rules = shipped.Rules("5.166").Rules;

        Assert.Equal(["50-51 MHz", "53-54 MHz"], rules.Select(r => string.Join(' ', r.Bands)));
        Assert.All(rules, r =>
        {
            Assert.Equal(FootnoteRuleKind.AlternativeAllocation, r.Kind);
            Assert.Equal(["Fixed", "Mobile"], r.Services.Select(s => s.Name));
            Assert.Equal(AllocationStatus.Primary, r.Status);
            Assert.Equal(["NZ"], r.Where.Areas.Select(a => a.Value));
        });
    }

    [Fact]
    public void Different_category_written_the_allocation_of_the_band_is_read_with_each_status_5_66()
    {
        var rules = shipped.Rules("5.66").Rules;

        Assert.Equal(["FIXED", "MARITIME MOBILE", "Radionavigation"],
            rules.SelectMany(r => r.Services.Select(s => s.Format(r.Status!.Value))));
        Assert.All(rules, r => Assert.Equal(FootnoteRuleKind.DifferentCategory, r.Kind));
        Assert.All(rules, r => Assert.Equal(["DE"], r.Where.Areas.Select(a => a.Value)));
    }

    [Fact]
    public void Different_category_written_the_band_is_allocated_5_430A_gives_mobile_except_aeronautical_mobile_primary()
    {
        var rule = Single("5.430A", FootnoteRuleKind.DifferentCategory);

        Assert.Equal([FrequencyRange.Parse("3400-3600 MHz")], rule.Bands);
        Assert.Equal("MOBILE except aeronautical mobile", Assert.Single(rule.Services).Format(AllocationStatus.Primary));
        Assert.Equal(AllocationStatus.Primary, rule.Status);
    }

    [Fact]
    public void The_countries_of_5_430A_are_ISO_codes_NL_and_DE_among_them()
    {
        var countries = shipped.Rules("5.430A").Countries.Select(c => c.Value).ToList();

        Assert.Contains("NL", countries);
        Assert.Contains("DE", countries);
        Assert.All(countries, c => Assert.Matches("^[A-Z]{2}$", c));
        Assert.Equal(countries.Distinct(), countries);
    }

    [Fact]
    public void Conditions_of_5_430A_agreement_under_No_9_21_the_pfd_limit_and_its_date_of_effect()
    {
        var rules = shipped.Rules("5.430A");
        var rule = Single("5.430A", FootnoteRuleKind.DifferentCategory);

        Assert.Contains(rule.Conditions, c => c.Kind == ConditionKind.AgreementUnderNo921 && c.Value == "9.21");
        Assert.Contains(rule.Conditions, c => c.Kind == ConditionKind.PowerFluxDensityLimit && c.Value == "−154.5 dBW/(m²∙4 kHz)");
        Assert.Equal(new DateOnly(2010, 11, 17), Assert.Single(rule.Conditions, c => c.Kind == ConditionKind.EffectiveFrom).Date);
        Assert.Equal("WRC-12", rules.LastChangedBy);
    }

    [Fact]
    public void Conditions_of_5_316A_Resolutions_224_and_749()
    {
        var rule = shipped.Rules("5.316A").Rules[0];

        Assert.Equal(["224 (Rev.WRC-12)", "749 (Rev.WRC-12)"],
            rule.Conditions.Where(c => c.Kind == ConditionKind.Resolution).Select(c => c.Value).Distinct());
    }

    [Fact]
    public void The_conference_mark_names_the_conference_that_last_changed_the_footnote()
    {
        Assert.Equal("WRC-03", shipped.Rules("5.431").LastChangedBy);
        Assert.Equal("WRC-2000", shipped.Rules("5.555").LastChangedBy);
        Assert.Null(shipped.Rules("5.458").LastChangedBy);
    }

    [Fact]
    public void Identification_for_IMT_5_384A()
    {
        var rule = Single("5.384A", FootnoteRuleKind.Identification);

        Assert.Equal(Identification.Imt, rule.Identifies);
        Assert.Equal(["1 710-1 885 MHz", "2 300-2 400 MHz", "2 500-2 690 MHz"], rule.Bands.Select(b => b.ToString()));
        Assert.Equal(ServiceKind.Mobile, Assert.Single(rule.Services).Kind);
        Assert.True(rule.Where.IsEverywhere);
    }

    [Fact]
    public void Identification_for_IMT_inside_an_allocation_sentence_5_430A()
    {
        var rule = Single("5.430A", FootnoteRuleKind.Identification);

        Assert.Equal(Identification.Imt, rule.Identifies);
        Assert.Contains(AreaCode.Parse("NL"), rule.Where.Areas);
    }

    [Fact]
    public void Identification_for_HAPS_in_the_fixed_service_5_537A()
    {
        var rule = Single("5.537A", FootnoteRuleKind.Identification);

        Assert.Equal(Identification.Haps, rule.Identifies);
        Assert.Equal(ServiceKind.Fixed, Assert.Single(rule.Services).Kind);
        Assert.Equal([FrequencyRange.Parse("27.9-28.2 GHz")], rule.Bands);
        Assert.Contains(AreaCode.Parse("JP"), rule.Where.Areas);
    }

    [Fact]
    public void Identification_for_HAPS_as_IMT_base_stations_5_388A_per_Region()
    {
        var rules = shipped.Rules("5.388A").Rules;

        Assert.All(rules, r => Assert.Equal(Identification.Hibs, r.Identifies));
        Assert.Equal(["R1 R3", "R2"], rules.Select(r => r.Where.ToString()));
        Assert.Equal(["1 885-1 980 MHz", "2 110-2 160 MHz"], rules[1].Bands.Select(b => b.ToString()));
    }

    [Fact]
    public void Prohibition_5_340_every_band_with_its_exception_Region_or_limitation()
    {
        var rules = shipped.Rules("5.340").Rules;

        Assert.All(rules, r => Assert.Equal(FootnoteRuleKind.Prohibition, r.Kind));
        Assert.Equal(21, rules.Count);
        Assert.Contains(rules, r => r.Bands[0] == FrequencyRange.Parse("23.6-24 GHz") && r.Where.IsEverywhere);
        Assert.Equal("5.422", Assert.Single(Assert.Single(rules, r => r.Bands[0] == FrequencyRange.Parse("2690-2700 MHz")).Conditions).Value);
        Assert.Equal("R2", Assert.Single(rules, r => r.Bands[0] == FrequencyRange.Parse("31.5-31.8 GHz")).Where.ToString());
        Assert.Equal(ConditionKind.Limitation, Assert.Single(Assert.Single(rules, r => r.Bands[0] == FrequencyRange.Parse("48.94-49.04 GHz")).Conditions).Kind);
    }

    [Fact]
    public void Protection_5_149_radio_astronomy_in_6650_to_6675_2_MHz_and_Regions_where_the_text_says()
    {
        var rules = shipped.Rules("5.149").Rules;

        var rule = Assert.Single(rules, r => r.Bands[0] == FrequencyRange.Parse("6650-6675.2 MHz"));
        Assert.Equal(FootnoteRuleKind.Protection, rule.Kind);
        Assert.Equal("Radio Astronomy", Assert.Single(rule.Services).Name);
        Assert.True(rule.Where.IsEverywhere);
        Assert.Equal("R1 R3", Assert.Single(rules, r => r.Bands[0] == FrequencyRange.Parse("73-74.6 MHz")).Where.ToString());
    }

    [Fact]
    public void Notice_5_458_passive_sensing_in_6425_to_7025_and_7075_to_7250_MHz()
    {
        var rule = Single("5.458", FootnoteRuleKind.Notice);

        Assert.Equal(["6.425-7.025 GHz", "7.075-7.25 GHz"], rule.Bands.Select(b => b.ToString()));
        Assert.Equal(["Earth Exploration-Satellite (passive)", "Space Research (passive)"], rule.Services.Select(s => s.Name));
    }

    [Fact]
    public void Non_interference_5_161A_radiolocation_toward_fixed_and_mobile_in_the_countries_of_the_allocation()
    {
        var rule = Single("5.161A", FootnoteRuleKind.NonInterference);

        Assert.Equal("Radiolocation", Assert.Single(rule.Services).Name);
        Assert.Equal(["Fixed", "Mobile"], rule.Toward.Select(s => s.Name));
        Assert.Equal(["KR", "US"], rule.Where.Areas.Select(a => a.Value));
        Assert.Equal(2, rule.Bands.Count);
    }

    [Fact]
    public void Countries_listed_in_another_footnote_are_its_countries_5_446_names_those_of_5_369()
    {
        var rules = shipped.Rules("5.446").Rules;

        Assert.Equal(shipped.Rules("5.369").Countries, rules[0].Where.Areas);
        Assert.Equal(AllocationStatus.Secondary, rules[2].Status);
        Assert.Contains(AreaCode.Parse("BD"), rules[2].Where.Except);
        Assert.Equal("R1 R3", string.Join(' ', rules[2].Where.Areas));
    }

    [Fact]
    public void A_text_that_gives_no_category_of_service_is_not_read_and_says_so()
    {
        var reading = shipped.Reading("5.319");

        Assert.False(reading.Result.Success);
        Assert.StartsWith("5.319: no category of service", reading.Result.Reason, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => reading.Result.Value);
    }

    [Fact]
    public void An_unknown_country_name_fails_the_footnote_naming_the_footnote_and_the_name()
    {
        var text = shipped.Footnotes.Single(f => f.Id == FootnoteId.Parse("5.431"));
        var reading = shipped.Grammar.Read(text with { Text = text.Text.Replace("Israel", "Atlantis", StringComparison.Ordinal) });

        Assert.False(reading.Result.Success);
        Assert.Equal("5.431: 'Atlantis' is not a country name the RR uses, nor one of the country list", reading.Result.Reason);
    }

    [Fact]
    public void An_area_that_is_not_a_list_of_countries_is_not_read_5_304()
    {
        Assert.Equal("5.304: 'African Broadcasting Area' is an area RR Nos. 5.10-5.13 define by parallels and meridians, not a list of countries",
            shipped.Reading("5.304").Result.Reason);
    }
}
