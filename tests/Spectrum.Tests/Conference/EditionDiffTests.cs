using Spectrum.Conference;
using static Spectrum.Tests.Conference.HandTables;

namespace Spectrum.Tests.Conference;

public class EditionDiffTests
{
    private static AllocationTable Amended(params Amendment[] amendments) => AmendmentEngine.Apply(Small(), amendments, "RR-2020");

    [Fact]
    public void Identical_tables_have_no_change()
    {
        Assert.Empty(EditionDiff.Compare(Small(), Small()));
    }

    [Fact]
    public void A_band_split_in_one_edition_only_shows_no_change()
    {
        var split = Amended(
            Amend(AmendmentAction.AddFootnote, 120, 150, "Fixed", footnote: "5.101"),
            Amend(AmendmentAction.RemoveFootnote, 120, 150, "Fixed", footnote: "5.101", line: 3));

        Assert.Contains(split.Allocations, a => a.Range == MHz(120, 150));
        Assert.Empty(EditionDiff.Compare(Small(), split));
        Assert.Empty(EditionDiff.Compare(split, Small()));
    }

    [Fact]
    public void A_change_in_part_of_a_band_is_reported_on_that_part_only()
    {
        var after = Amended(Amend(AmendmentAction.ChangeStatus, 120, 150, "Mobile", AllocationStatus.Primary));

        var change = Assert.Single(EditionDiff.Compare(Small(), after));

        Assert.Equal((MHz(120, 150), EditionChangeKind.StatusChanged, "Mobile"), (change.Band, change.Kind, change.Service?.Name));
        Assert.Equal((AllocationStatus.Secondary, AllocationStatus.Primary), (change.OldStatus, change.NewStatus));
        Assert.Equal(MHz(120, 150), change.Before!.Range);
        Assert.Equal("120-150 MHz Mobile secondary → primary", change.ToString());
    }

    [Fact]
    public void Every_kind_of_change_is_found_and_sorted_by_band_then_service()
    {
        var after = Amended(
            Amend(AmendmentAction.RemoveAllocation, 100, 200, "Mobile"),
            Amend(AmendmentAction.AddAllocation, 100, 200, "Mobile except aeronautical mobile", AllocationStatus.Primary, "5.101", line: 3),
            Amend(AmendmentAction.RemoveFootnote, 100, 200, "Fixed", footnote: "5.100", line: 4),
            Amend(AmendmentAction.AddFootnote, 100, 200, footnote: "5.151", line: 5),
            Amend(AmendmentAction.Identify, 300, 400, "Radiolocation", identifies: Identification.Haps, line: 6),
            Amend(AmendmentAction.AddFootnote, 200, 300, "Broadcasting", line: 7));

        var changes = EditionDiff.Compare(Small(), after);

        Assert.Equal(
            [
                "100-200 MHz band: footnote 5.151 added",
                "100-200 MHz Fixed: footnote 5.100 removed",
                "100-200 MHz Mobile removed",
                "100-200 MHz MOBILE except aeronautical mobile 5.101 added",
                "200-300 MHz Broadcasting: footnote without number added",
                "300-400 MHz Radiolocation: HAPS identified (no number)",
            ],
            changes.Select(c => c.ToString()));
    }

    [Fact]
    public void An_identification_on_an_added_allocation_is_reported_too()
    {
        var after = Amended(
            Amend(AmendmentAction.AddAllocation, 200, 300, "Mobile", AllocationStatus.Primary),
            Amend(AmendmentAction.Identify, 200, 300, "Mobile", footnote: "5.252", identifies: Identification.Imt, line: 3));

        var changes = EditionDiff.Compare(Small(), after);

        Assert.Equal([EditionChangeKind.AllocationAdded, EditionChangeKind.IdentificationAdded], changes.Select(c => c.Kind));
        Assert.Equal(FootnoteId.Parse("5.252"), changes[1].Footnote);
        Assert.Equal(["5.252"], changes[0].After!.Footnotes.Select(f => f.Value));
    }

    [Fact]
    public void Removed_identifications_and_listed_country_allocations_are_reported()
    {
        var identified = Amended(
            Amend(AmendmentAction.Identify, 100, 200, "Mobile", footnote: "5.199", identifies: Identification.Imt),
            Amend(AmendmentAction.AddAllocation, 200, 300, "Mobile", AllocationStatus.Secondary, area: ChangeArea.Listed(1), line: 3));

        var changes = EditionDiff.Compare(identified, Small());

        Assert.Equal(
            [
                "100-200 MHz Mobile: footnote 5.199 removed",
                "100-200 MHz Mobile: IMT identification (5.199) removed",
                "200-300 MHz band: Mobile added secondary in listed countries (no number) removed",
            ],
            changes.Select(c => c.ToString()));
    }

    [Fact]
    public void A_range_limits_the_changes_and_cuts_the_bands_at_its_edges()
    {
        var after = Amended(Amend(AmendmentAction.AddFootnote, 100, 400, footnote: "5.999"));

        var changes = EditionDiff.Compare(Small(), after, MHz(150, 250));

        Assert.Equal([MHz(150, 200), MHz(200, 250)], changes.Select(c => c.Band));
        Assert.All(changes, c => Assert.Equal((EditionChangeKind.FootnoteAdded, "5.999"), (c.Kind, c.Footnote?.Value)));
    }

    [Fact]
    public void Tables_of_two_editions_pair_by_name_and_a_table_in_one_only_shows_all_its_allocations()
    {
        var region2 = new AllocationTable("ITU Region 2", "RR-2020", AreaCode.Region(2), [Primary(100, 200, "Fixed")]);

        var pairs = EditionDiff.Pair([Small()], [region2, Amended()]);
        var diffs = EditionDiff.CompareEditions([Small()], [region2, Amended()]);

        Assert.Equal([("ITU Region 1", true, true), ("ITU Region 2", false, true)], pairs.Select(p => (p.Name, p.Before is not null, p.After is not null)));
        Assert.Empty(diffs[0].Changes);
        Assert.Equal(EditionChangeKind.AllocationAdded, Assert.Single(diffs[1].Changes).Kind);
    }

    [Fact]
    public void Two_tables_of_one_name_in_one_edition_cannot_be_paired()
    {
        Assert.Throws<ArgumentException>(() => EditionDiff.Pair([Small(), Small()], []));
    }
}
