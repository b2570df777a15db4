using Spectrum.Conference;
using static Spectrum.Tests.Conference.HandTables;

namespace Spectrum.Tests.Conference;

public class AmendmentEngineTests
{
    private static AllocationTable Apply(AllocationTable table, params Amendment[] amendments) =>
        AmendmentEngine.Apply(table, amendments, "RR-2020");

    [Fact]
    public void A_range_inside_a_band_splits_it_at_both_edges_and_every_part_keeps_all_rows()
    {
        var after = Apply(Small(), Amend(AmendmentAction.ChangeStatus, 120, 150, "Mobile", AllocationStatus.Primary));

        foreach (var (lower, upper) in new[] { (100m, 120m), (120m, 150m), (150m, 200m) })
        {
            Assert.Equal(["Fixed", "Mobile"], In(after, lower, upper).Select(a => a.Service.Name));
            Assert.Equal([FootnoteId.Parse("5.100")], Find(after, lower, upper, "Fixed").Footnotes);
            Assert.Equal([FootnoteId.Parse("5.150")], BandRow(after, lower, upper).Footnotes);
        }

        Assert.Equal(AllocationStatus.Primary, Find(after, 120, 150, "Mobile").Status);
        Assert.Equal(AllocationStatus.Secondary, Find(after, 100, 120, "Mobile").Status);
        Assert.Equal(AllocationStatus.Secondary, Find(after, 150, 200, "Mobile").Status);
    }

    [Fact]
    public void Every_row_outside_the_range_is_as_it_was_before()
    {
        var before = Small();
        var after = Apply(before,
            Amend(AmendmentAction.AddAllocation, 150, 250, "Mobile-Satellite (Earth-to-space)", AllocationStatus.Primary, "5.999"),
            Amend(AmendmentAction.AddFootnote, 150, 250, footnote: "5.998", line: 3));
        var range = MHz(150, 250);

        var outside = after.Allocations.Where(a => !a.Range.Overlaps(range)).ToArray();
        Assert.Equal(5, outside.Length);
        foreach (var allocation in outside)
        {
            var original = Assert.Single(before.Allocations, a => a.Service == allocation.Service && a.Range.Intersect(allocation.Range) == allocation.Range);
            Assert.Equal(original with { Range = allocation.Range }, allocation);
        }

        foreach (var band in after.BandFootnotes.Where(b => !b.Range.Overlaps(range)))
        {
            var original = Assert.Single(before.BandFootnotes, b => b.Range.Intersect(band.Range) == band.Range);
            Assert.Equal(original with { Range = band.Range }, band);
        }

        // The hertz outside the range are covered exactly as before.
        Assert.Equal(
            before.Allocations.Sum(a => a.Range.WidthHz - (a.Range.Intersect(range)?.WidthHz ?? 0)),
            outside.Sum(a => a.Range.WidthHz));
    }

    [Fact]
    public void A_range_that_ends_on_band_edges_splits_nothing()
    {
        var after = Apply(Small(), Amend(AmendmentAction.AddFootnote, 200, 300, footnote: "5.251"));

        Assert.Equal(Small().Allocations.Select(a => a.Range), after.Allocations.Select(a => a.Range));
        Assert.Equal([FootnoteId.Parse("5.250"), FootnoteId.Parse("5.251")], BandRow(after, 200, 300).Footnotes);
    }

    [Fact]
    public void Parts_are_not_merged_back_when_the_change_is_undone()
    {
        var after = Apply(Small(),
            Amend(AmendmentAction.ChangeStatus, 120, 150, "Mobile", AllocationStatus.Primary),
            Amend(AmendmentAction.ChangeStatus, 120, 150, "Mobile", AllocationStatus.Secondary, line: 3));

        Assert.Equal(
            [MHz(100, 120), MHz(120, 150), MHz(150, 200)],
            after.Allocations.Where(a => a.Service.Name == "Mobile").Select(a => a.Range));
    }

    [Fact]
    public void Rows_apply_in_order_so_remove_then_add_replaces_an_allocation()
    {
        var after = Apply(Small(),
            Amend(AmendmentAction.RemoveAllocation, 100, 200, "Mobile"),
            Amend(AmendmentAction.AddAllocation, 100, 200, "Mobile", AllocationStatus.Primary, "5.101", line: 3));

        var mobile = Find(after, 100, 200, "Mobile");
        Assert.Equal(AllocationStatus.Primary, mobile.Status);
        Assert.Equal([FootnoteId.Parse("5.101")], mobile.Footnotes);
    }

    [Fact]
    public void Rows_apply_in_order_so_add_then_remove_fails_on_the_add()
    {
        var error = Assert.Single(Fails(Small(),
            Amend(AmendmentAction.AddAllocation, 100, 200, "Mobile", AllocationStatus.Primary, line: 5),
            Amend(AmendmentAction.RemoveAllocation, 100, 200, "Mobile", line: 6)).Errors);

        Assert.Equal((TestFile, 5), (error.File, error.Line));
        Assert.Contains("Mobile is already allocated (secondary)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_that_crosses_no_band_is_an_error_with_file_and_line()
    {
        var error = Assert.Single(Fails(Small(), Amend(AmendmentAction.AddFootnote, 500, 600, footnote: "5.500", line: 7)).Errors);

        Assert.Equal((TestFile, 7), (error.File, error.Line));
        Assert.Contains("crosses no band", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_of_the_range_where_the_table_has_no_band_are_skipped()
    {
        var table = Region1([Primary(100, 200, "Fixed"), Primary(300, 400, "Fixed")]);

        var after = Apply(table, Amend(AmendmentAction.AddAllocation, 150, 350, "Mobile", AllocationStatus.Secondary));

        Assert.Equal([MHz(150, 200), MHz(300, 350)], after.Allocations.Where(a => a.Service.Name == "Mobile").Select(a => a.Range));
        Assert.DoesNotContain(after.Allocations, a => a.Range.Overlaps(MHz(200, 300)));
    }

    [Fact]
    public void Removing_an_allocation_the_band_does_not_have_is_an_error_with_file_and_line()
    {
        var error = Assert.Single(Fails(Small(), Amend(AmendmentAction.RemoveAllocation, 200, 300, "Mobile", line: 4)).Errors);

        Assert.Equal((TestFile, 4), (error.File, error.Line));
        Assert.Contains("cannot remove Mobile", error.Problem, StringComparison.Ordinal);
        Assert.Contains("BROADCASTING", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_status_to_the_one_it_has_is_an_error_with_file_and_line()
    {
        var error = Assert.Single(Fails(Small(), Amend(AmendmentAction.ChangeStatus, 100, 200, "Fixed", AllocationStatus.Primary, line: 9)).Errors);

        Assert.Equal((TestFile, 9), (error.File, error.Line));
        Assert.Contains("Fixed is already primary", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_status_of_a_missing_allocation_is_an_error()
    {
        var error = Assert.Single(Fails(Small(), Amend(AmendmentAction.ChangeStatus, 300, 400, "Fixed", AllocationStatus.Secondary, line: 3)).Errors);

        Assert.Equal(3, error.Line);
        Assert.Contains("cannot change the status of Fixed", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_service_the_band_has_with_another_status_is_an_error_with_file_and_line()
    {
        var error = Assert.Single(Fails(Small(), Amend(AmendmentAction.AddAllocation, 300, 400, "Amateur", AllocationStatus.Primary, line: 11)).Errors);

        Assert.Equal((TestFile, 11), (error.File, error.Line));
        Assert.Contains("Amateur is already allocated (secondary)", error.Problem, StringComparison.Ordinal);
        Assert.Contains("change-status", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_footnote_that_is_not_there_is_an_error_with_file_and_line()
    {
        var error = Assert.Single(Fails(Small(), Amend(AmendmentAction.RemoveFootnote, 100, 200, "Fixed", footnote: "5.101", line: 6)).Errors);

        Assert.Equal((TestFile, 6), (error.File, error.Line));
        Assert.Contains("cannot remove footnote 5.101: Fixed does not have it", error.Problem, StringComparison.Ordinal);
        Assert.Contains("5.100", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_footnote_that_is_already_there_is_an_error()
    {
        var error = Assert.Single(Fails(Small(), Amend(AmendmentAction.AddFootnote, 100, 200, footnote: "5.150", line: 8)).Errors);

        Assert.Equal(8, error.Line);
        Assert.Contains("already has footnote 5.150", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifying_in_an_allocation_the_band_does_not_have_is_an_error_with_file_and_line()
    {
        var error = Assert.Single(Fails(Small(),
            Amend(AmendmentAction.Identify, 200, 300, "Mobile", footnote: "5.252", identifies: Identification.Imt, line: 12)).Errors);

        Assert.Equal((TestFile, 12), (error.File, error.Line));
        Assert.Contains("Mobile is not allocated in the band", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_is_reported_at_once_and_names_the_Region_and_band()
    {
        var exception = Fails(Small(),
            Amend(AmendmentAction.RemoveAllocation, 100, 400, "Broadcasting", line: 2),
            Amend(AmendmentAction.AddFootnote, 500, 600, footnote: "5.500", line: 3));

        Assert.Equal([2, 2, 3], exception.Errors.Select(e => e.Line));
        Assert.StartsWith("R1 100-200 MHz: cannot remove Broadcasting", exception.Errors[0].Problem, StringComparison.Ordinal);
        Assert.StartsWith("R1 300-400 MHz: cannot remove Broadcasting", exception.Errors[1].Problem, StringComparison.Ordinal);
        Assert.StartsWith("R1 500-600 MHz crosses no band", exception.Errors[2].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Amendments_for_other_Regions_pass_the_table_by()
    {
        var before = Small();

        var after = Apply(before, Amend(AmendmentAction.RemoveAllocation, 100, 200, "Fixed", area: ChangeArea.Region(2)));

        Assert.Equal(before.Allocations, after.Allocations);
    }

    [Fact]
    public void The_new_table_keeps_its_name_and_area_and_takes_the_edition_name()
    {
        var after = Apply(Small());

        Assert.Equal(("ITU Region 1", "RR-2020", AreaCode.Region(1)), (after.Name, after.Edition, after.Area));
    }

    [Fact]
    public void A_footnote_without_number_leaves_a_mark_with_no_footnote()
    {
        var after = Apply(Small(), Amend(AmendmentAction.AddFootnote, 200, 300, "Broadcasting", source: "WRC-23 outcome"));

        var broadcasting = Find(after, 200, 300, "Broadcasting");
        Assert.Empty(broadcasting.Footnotes);
        var mark = Assert.Single(broadcasting.Marks);
        Assert.Null(mark.Footnote);
        Assert.Null(mark.Identifies);
        Assert.False(mark.ListedCountriesOnly);
        Assert.Equal("WRC-23 outcome", mark.Provenance.Source);
    }

    [Fact]
    public void An_identification_adds_its_footnote_and_a_mark_saying_what_is_identified()
    {
        var after = Apply(Small(), Amend(AmendmentAction.Identify, 100, 200, "Mobile", footnote: "5.199", identifies: Identification.Imt));

        var mobile = Find(after, 100, 200, "Mobile");
        Assert.Equal([FootnoteId.Parse("5.199")], mobile.Footnotes);
        var mark = Assert.Single(mobile.Marks);
        Assert.Equal((Identification.Imt, FootnoteId.Parse("5.199"), "WRC-15"), (mark.Identifies, mark.Footnote, mark.Conference));
    }

    [Fact]
    public void An_identification_without_number_is_one_mark_and_no_footnote()
    {
        var after = Apply(Small(), Amend(AmendmentAction.Identify, 100, 200, "Mobile", identifies: Identification.Hibs));

        var mobile = Find(after, 100, 200, "Mobile");
        Assert.Empty(mobile.Footnotes);
        var mark = Assert.Single(mobile.Marks);
        Assert.Equal(Identification.Hibs, mark.Identifies);
        Assert.Null(mark.Footnote);
    }

    [Fact]
    public void An_identification_in_the_band_footnotes_marks_the_band()
    {
        var after = Apply(Small(), Amend(AmendmentAction.Identify, 200, 300, footnote: "5.251", identifies: Identification.Imt));

        var band = BandRow(after, 200, 300);
        Assert.Equal(["5.250", "5.251"], band.Footnotes.Select(f => f.Value));
        Assert.Equal(Identification.Imt, Assert.Single(band.Marks).Identifies);
    }

    [Fact]
    public void A_band_footnote_on_a_band_without_footnote_row_creates_the_row()
    {
        var after = Apply(Small(), Amend(AmendmentAction.AddFootnote, 300, 400, footnote: "5.350", confidence: Confidence.Medium));

        var band = BandRow(after, 300, 400);
        Assert.Equal([FootnoteId.Parse("5.350")], band.Footnotes);
        Assert.Equal(new Provenance("WRC-15 Final Acts", Confidence.Medium), band.Provenance);
    }

    [Fact]
    public void Removing_a_footnote_takes_away_the_identification_it_made()
    {
        var after = Apply(Small(),
            Amend(AmendmentAction.Identify, 100, 200, "Mobile", footnote: "5.199", identifies: Identification.Imt),
            Amend(AmendmentAction.RemoveFootnote, 100, 200, "Mobile", footnote: "5.199", line: 3));

        var mobile = Find(after, 100, 200, "Mobile");
        Assert.Empty(mobile.Footnotes);
        Assert.Empty(mobile.Marks);
    }

    [Fact]
    public void A_changed_allocation_takes_the_amendment_source_and_the_lower_confidence()
    {
        var table = Region1([Primary(100, 200, "Fixed") with { Provenance = new("ITU RR 2012", Confidence.Medium) }]);

        var raised = Find(Apply(table, Amend(AmendmentAction.AddFootnote, 100, 200, "Fixed", footnote: "5.101", confidence: Confidence.High, source: "WRC-15 5.101")),
            100, 200, "Fixed");
        var lowered = Find(Apply(table, Amend(AmendmentAction.ChangeStatus, 100, 200, "Fixed", AllocationStatus.Secondary, confidence: Confidence.Low, source: "WRC-23 outcome")),
            100, 200, "Fixed");

        Assert.Equal(new Provenance("WRC-15 5.101", Confidence.Medium), raised.Provenance);
        Assert.Equal(new Provenance("WRC-23 outcome", Confidence.Low), lowered.Provenance);
    }

    [Fact]
    public void An_added_allocation_takes_the_amendment_provenance_and_split_rows_keep_theirs()
    {
        var after = Apply(Small(), Amend(AmendmentAction.AddAllocation, 120, 150, "Radio Astronomy", AllocationStatus.Secondary, confidence: Confidence.Low));

        Assert.Equal(new Provenance("WRC-15 Final Acts", Confidence.Low), Find(after, 120, 150, "Radio Astronomy").Provenance);
        Assert.All(In(after, 100, 120).Concat(In(after, 150, 200)).Concat(In(after, 120, 150).Where(a => a.Service.Name != "Radio Astronomy")),
            a => Assert.Equal(Rr2012, a.Provenance));
    }

    [Fact]
    public void In_listed_countries_an_identification_marks_the_Region_allocation_as_listed_only()
    {
        var after = Apply(Small(),
            Amend(AmendmentAction.Identify, 100, 200, "Mobile", footnote: "5.199", identifies: Identification.Imt, area: ChangeArea.Listed(1)));

        var mobile = Find(after, 100, 200, "Mobile");
        Assert.Equal([FootnoteId.Parse("5.199")], mobile.Footnotes);
        Assert.True(Assert.Single(mobile.Marks).ListedCountriesOnly);
    }

    [Fact]
    public void In_listed_countries_an_added_allocation_leaves_the_service_rows_and_puts_its_footnote_with_the_band()
    {
        var before = Small();
        var after = Apply(before,
            Amend(AmendmentAction.AddAllocation, 200, 300, "Mobile", AllocationStatus.Secondary, "5.296A", area: ChangeArea.Listed(1)));

        Assert.Equal(before.Allocations, after.Allocations);
        var band = BandRow(after, 200, 300);
        Assert.Equal(["5.250", "5.296A"], band.Footnotes.Select(f => f.Value));
        var mark = Assert.Single(band.Marks);
        Assert.True(mark.ListedCountriesOnly);
        Assert.Equal(new ListedAllocationChange(AmendmentAction.AddAllocation, RadioService.Parse("Mobile"), AllocationStatus.Secondary), mark.ListedAllocation);
    }

    [Fact]
    public void In_listed_countries_an_allocation_without_footnote_number_is_a_band_mark_only()
    {
        var after = Apply(Small(), Amend(AmendmentAction.AddAllocation, 200, 300, "Mobile", AllocationStatus.Secondary, area: ChangeArea.Listed(1)));

        var band = BandRow(after, 200, 300);
        Assert.Equal([FootnoteId.Parse("5.250")], band.Footnotes);
        Assert.Null(Assert.Single(band.Marks).Footnote);
    }

    [Fact]
    public void In_listed_countries_adding_a_service_the_Region_has_is_still_an_error()
    {
        var error = Assert.Single(Fails(Small(),
            Amend(AmendmentAction.AddAllocation, 100, 200, "Mobile", AllocationStatus.Primary, area: ChangeArea.Listed(1), line: 4)).Errors);

        Assert.Equal(4, error.Line);
        Assert.Contains("already allocated (secondary) in the Region table", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void In_listed_countries_removing_or_changing_a_service_the_Region_lacks_is_still_an_error()
    {
        var errors = Fails(Small(),
            Amend(AmendmentAction.RemoveAllocation, 200, 300, "Mobile", area: ChangeArea.Listed(1), line: 4),
            Amend(AmendmentAction.ChangeStatus, 200, 300, "Fixed", AllocationStatus.Primary, area: ChangeArea.Listed(1), line: 5)).Errors;

        Assert.Equal([4, 5], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Contains("the Region table does not have it", e.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Country_codes_without_known_Regions_are_an_error_when_applied()
    {
        var area = new ChangeArea([], true, [AreaCode.Parse("DE")]);

        var error = Assert.Single(Fails(Small(), Amend(AmendmentAction.AddFootnote, 100, 200, footnote: "5.101", area: area, line: 3)).Errors);

        Assert.Equal(3, error.Line);
        Assert.Contains("Regions of the countries DE are not known", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Country_codes_act_on_the_table_of_their_Region_as_listed_countries()
    {
        var area = new ChangeArea([AreaCode.Region(1)], true, [AreaCode.Parse("DE"), AreaCode.Parse("FR")]);

        var after = Apply(Small(), Amend(AmendmentAction.Identify, 100, 200, "Mobile", identifies: Identification.Imt, area: area));

        Assert.True(Assert.Single(Find(after, 100, 200, "Mobile").Marks).ListedCountriesOnly);
    }

    [Fact]
    public void The_input_table_is_not_changed()
    {
        var before = Small();
        var allocations = before.Allocations.ToArray();

        Apply(before, Amend(AmendmentAction.RemoveAllocation, 120, 150, "Fixed"));

        Assert.Equal(allocations, before.Allocations);
    }
}
