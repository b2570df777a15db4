using Spectrum.Csv;
using Spectrum.Footnotes;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Footnotes;

/// <summary>The RR-2012 Region 1 Table as it applies in a country, with the shipped footnote texts read into rules.</summary>
public class CountryTableTests(ShippedFootnotes shipped) : IClassFixture<ShippedFootnotes>
{
    private static readonly Lazy<AllocationTable> Region1 =
        new(() => Assert.Single(new AllocationTableReader().Read(Repository.DataPath("itu", "rr-2012-region-1.csv"))));

    private static readonly FrequencyRange Band = FrequencyRange.Parse("3400-3600 MHz");

    private CountryTable In(string country) => CountryTable.For(Region1.Value, shipped.Readings, AreaCode.Parse(country));

    [Fact]
    public void In_the_Netherlands_3400_to_3600_MHz_has_mobile_except_aeronautical_mobile_primary_by_5_430A()
    {
        var rows = In("NL").AllocationsIn(Band).ToList();

        var mobile = Assert.Single(rows, r => r.By == FootnoteId.Parse("5.430A"));
        Assert.Equal("Mobile except aeronautical mobile", mobile.Allocation.Service.Name);
        Assert.Equal(AllocationStatus.Primary, mobile.Allocation.Status);
        Assert.Equal(FootnoteRuleKind.DifferentCategory, mobile.How);
        Assert.Equal(Band, mobile.Allocation.Range);
    }

    [Fact]
    public void In_the_Netherlands_3400_to_3600_MHz_has_no_amateur_allocation_and_5_431_is_listed_apart_with_its_countries()
    {
        var table = In("NL");

        Assert.DoesNotContain(table.AllocationsIn(Band), r => r.Allocation.Service.Kind == ServiceKind.Amateur);
        var amateur = Assert.Single(table.NotApplying, f => f.Footnote == FootnoteId.Parse("5.431"));
        Assert.Equal(["DE", "IL", "GB"], amateur.Countries.Select(c => c.Value));
        Assert.DoesNotContain(table.Applying, f => f.Footnote == FootnoteId.Parse("5.431"));
        Assert.Contains(table.Applying, f => f.Footnote == FootnoteId.Parse("5.430A") && f.Band == Band);
    }

    [Fact]
    public void In_Germany_3400_to_3475_MHz_has_amateur_secondary_by_5_431()
    {
        var table = In("DE");

        var amateur = Assert.Single(table.AllocationsIn(Band), r => r.Allocation.Service.Kind == ServiceKind.Amateur);
        Assert.Equal(FrequencyRange.Parse("3400-3475 MHz"), amateur.Allocation.Range);
        Assert.Equal(AllocationStatus.Secondary, amateur.Allocation.Status);
        Assert.Equal(FootnoteId.Parse("5.431"), amateur.By);
        Assert.Equal(FootnoteRuleKind.AdditionalAllocation, amateur.How);
        Assert.Contains(table.Applying, f => f.Footnote == FootnoteId.Parse("5.431"));
    }

    [Fact]
    public void The_Tables_own_allocations_stay_and_the_secondary_mobile_is_marked_as_changed_in_part()
    {
        var rows = In("NL").AllocationsIn(Band).Where(r => r.By is null).ToList();

        Assert.Equal(Region1.Value.AllocationsIn(Band).Select(a => a.ToString()), rows.Select(r => r.Allocation.ToString()));
        Assert.Equal(FootnoteId.Parse("5.430A"), Assert.Single(rows, r => r.Allocation.Service.Name == "Mobile").ChangedInPartBy);
    }

    [Fact]
    public void A_country_the_footnote_does_not_name_keeps_the_Tables_secondary_mobile_only()
    {
        // Russia is in Region 1 but not among 5.430A's countries.
        var rows = In("RU").AllocationsIn(Band).ToList();

        Assert.DoesNotContain(rows, r => r.By is not null);
        Assert.Equal(AllocationStatus.Secondary, Assert.Single(rows, r => r.Allocation.Service.Kind == ServiceKind.Mobile).Allocation.Status);
        Assert.Contains(In("RU").NotApplying, f => f.Footnote == FootnoteId.Parse("5.430A"));
    }

    [Fact]
    public void An_alternative_allocation_replaces_the_Tables_allocations_in_its_band_only()
    {
        // 5.68: in Angola 160-200 kHz is allocated to the fixed service on a primary basis instead of the Table's.
        var alternative = FrequencyRange.Parse("160-200 kHz");
        var table = In("AO");

        var inBand = table.AllocationsIn(alternative).Where(r => r.Allocation.Range.Overlaps(alternative)).ToList();
        var fixedService = Assert.Single(inBand, r => r.By == FootnoteId.Parse("5.68"));
        Assert.Equal(FootnoteRuleKind.AlternativeAllocation, fixedService.How);
        Assert.Equal(ServiceKind.Fixed, fixedService.Allocation.Service.Kind);
        Assert.DoesNotContain(inBand, r => r.By is null && r.Allocation.Range.Intersect(alternative) is not null);
        var tableRows = Region1.Value.AllocationsIn(alternative).ToList();
        Assert.All(tableRows.Where(a => a.Range.Lower < alternative.Lower), a =>
            Assert.Contains(table.Allocations, r => r.By is null && r.Allocation.Range == new FrequencyRange(a.Range.Lower, alternative.Lower) && r.Allocation.Service == a.Service));
    }

    [Fact]
    public void A_footnote_whose_text_was_not_read_is_neither_applying_nor_not_applying()
    {
        // 5.319 gives no category of service, so its text is not read into rules.
        var table = In("UA");

        var citations = table.Footnotes.Where(f => f.Footnote == FootnoteId.Parse("5.319")).ToList();
        Assert.Equal(["790-862 MHz", "862-890 MHz"], citations.Select(f => f.Band.ToString()));
        Assert.All(citations, f => Assert.Equal(FootnoteApplicability.NotRead, f.Applicability));
        Assert.DoesNotContain(table.Applying.Concat(table.NotApplying), f => f.Footnote == FootnoteId.Parse("5.319"));
    }

    [Fact]
    public void Only_a_country_of_the_Region_table_can_be_asked_for()
    {
        Assert.Throws<ArgumentException>(() => CountryTable.For(Region1.Value, shipped.Readings, AreaCode.Parse("CEPT")));
    }
}
