using Spectrum.Conference;
using static Spectrum.Tests.Conference.HandTables;

namespace Spectrum.Tests.Conference;

public class EditionBuilderTests
{
    private static readonly Provenance Source = new("editions.csv", Confidence.High);

    private static EditionDefinition OnFiles(string name) => new(name, null, ["itu/r1.csv"], [], "", Source);

    private static EditionDefinition On(string name, string baseEdition, params string[] files) => new(name, baseEdition, [], files, "", Source);

    private static Dictionary<string, IReadOnlyList<AllocationTable>> Base(string edition) => new() { [edition] = [Small()] };

    [Fact]
    public void Each_edition_starts_from_its_base_and_applies_its_files_in_order()
    {
        var amendments = new Dictionary<string, IReadOnlyList<Amendment>>
        {
            ["a.csv"] = [Amend(AmendmentAction.RemoveAllocation, 100, 200, "Mobile")],
            ["b.csv"] = [Amend(AmendmentAction.AddAllocation, 100, 200, "Mobile", AllocationStatus.Primary)],
            ["c.csv"] = [Amend(AmendmentAction.Identify, 100, 200, "Mobile", identifies: Identification.Imt)],
        };

        // Definitions in any order: a base is built before the editions on it.
        var editions = EditionBuilder.Build(
            [On("RR-2024", "RR-2020", "c.csv"), On("RR-2020", "RR-2012", "a.csv", "b.csv"), OnFiles("RR-2012")],
            Base("RR-2012"), amendments);

        Assert.Equal(["RR-2024", "RR-2020", "RR-2012"], editions.Select(e => e.Name));
        Assert.All(editions, e => Assert.Equal(e.Name, Assert.Single(e.Tables).Edition));
        Assert.Equal(AllocationStatus.Secondary, Find(editions[2].Tables[0], 100, 200, "Mobile").Status);
        Assert.Equal(AllocationStatus.Primary, Find(editions[1].Tables[0], 100, 200, "Mobile").Status);
        Assert.Empty(Find(editions[1].Tables[0], 100, 200, "Mobile").Marks);
        Assert.Single(Find(editions[0].Tables.Single(t => t.Area == AreaCode.Region(1)), 100, 200, "Mobile").Marks);
    }

    [Fact]
    public void The_errors_of_every_edition_are_thrown_together_in_file_order()
    {
        var amendments = new Dictionary<string, IReadOnlyList<Amendment>>
        {
            ["a.csv"] = [Amend(AmendmentAction.RemoveAllocation, 200, 300, "Mobile", line: 4), Amend(AmendmentAction.AddFootnote, 900, 950, footnote: "5.900", line: 5)],
            ["b.csv"] = [Amend(AmendmentAction.AddAllocation, 100, 200, "Fixed", AllocationStatus.Secondary, line: 2)],
        };

        var errors = Assert.Throws<ImportException>(() => EditionBuilder.Build(
            [OnFiles("RR-2012"), On("RR-2020", "RR-2012", "a.csv"), On("RR-2024", "RR-2020", "b.csv")], Base("RR-2012"), amendments)).Errors;

        Assert.Equal([4, 5, 2], errors.Select(e => e.Line));
    }

    [Fact]
    public void A_base_that_is_not_defined_or_a_cycle_is_refused()
    {
        Assert.Throws<ArgumentException>(() => EditionBuilder.Build([On("RR-2020", "RR-2012")], Base("RR-2012"), new Dictionary<string, IReadOnlyList<Amendment>>()));
        Assert.Throws<ArgumentException>(() => EditionBuilder.Build([On("A", "B"), On("B", "A")], Base("RR-2012"), new Dictionary<string, IReadOnlyList<Amendment>>()));
        Assert.Throws<ArgumentException>(() => EditionBuilder.Build([On("A", "RR-2012", "missing.csv"), OnFiles("RR-2012")], Base("RR-2012"), new Dictionary<string, IReadOnlyList<Amendment>>()));
    }
}
