using Spectrum.Conference;

namespace Spectrum.Tests.Conference;

/// <summary>Small tables and amendments written by hand, in MHz, for the engine and diff tests.</summary>
internal static class HandTables
{
    public const string TestFile = "amendments/test.csv";

    public static readonly Provenance Rr2012 = new("ITU RR 2012 Art. 5", Confidence.High);

    public static FrequencyRange MHz(decimal lower, decimal upper) => new(Frequency.FromMHz(lower), Frequency.FromMHz(upper));

    public static Allocation Primary(decimal lower, decimal upper, string service, params string[] footnotes) =>
        new(MHz(lower, upper), RadioService.Parse(service), AllocationStatus.Primary, [.. footnotes.Select(FootnoteId.Parse)], Rr2012);

    public static Allocation Secondary(decimal lower, decimal upper, string service, params string[] footnotes) =>
        new(MHz(lower, upper), RadioService.Parse(service), AllocationStatus.Secondary, [.. footnotes.Select(FootnoteId.Parse)], Rr2012);

    public static BandFootnotes Band(decimal lower, decimal upper, params string[] footnotes) =>
        new(MHz(lower, upper), [.. footnotes.Select(FootnoteId.Parse)], Rr2012);

    public static AllocationTable Region1(IEnumerable<Allocation> allocations, IEnumerable<BandFootnotes>? bands = null) =>
        new("ITU Region 1", "RR-2012", AreaCode.Region(1), allocations, bands);

    /// <summary>
    /// Region 1, 100-400 MHz: 100-200 Fixed primary (5.100), Mobile secondary, band 5.150; 200-300 Broadcasting
    /// primary, band 5.250; 300-400 Radiolocation primary, Amateur secondary (no band row).
    /// </summary>
    public static AllocationTable Small() => Region1(
        [
            Primary(100, 200, "Fixed", "5.100"),
            Secondary(100, 200, "Mobile"),
            Primary(200, 300, "Broadcasting"),
            Primary(300, 400, "Radiolocation"),
            Secondary(300, 400, "Amateur"),
        ],
        [Band(100, 200, "5.150"), Band(200, 300, "5.250")]);

    public static Amendment Amend(
        AmendmentAction action,
        decimal lower,
        decimal upper,
        string? service = null,
        AllocationStatus? status = null,
        string? footnote = null,
        Identification? identifies = null,
        ChangeArea? area = null,
        int line = 2,
        Confidence confidence = Confidence.High,
        string source = "WRC-15 Final Acts") =>
        new("WRC-15", null, area ?? ChangeArea.Region(1), MHz(lower, upper), service is null ? null : RadioService.Parse(service),
            action, status, footnote is null ? null : FootnoteId.Parse(footnote), identifies, new Provenance(source, confidence), TestFile, line);

    public static IReadOnlyList<Allocation> In(AllocationTable table, decimal lower, decimal upper) =>
        [.. table.Allocations.Where(a => a.Range == MHz(lower, upper))];

    public static Allocation Find(AllocationTable table, decimal lower, decimal upper, string service) =>
        Assert.Single(table.Allocations, a => a.Range == MHz(lower, upper) && a.Service == RadioService.Parse(service));

    public static BandFootnotes BandRow(AllocationTable table, decimal lower, decimal upper) =>
        Assert.Single(table.BandFootnotes, b => b.Range == MHz(lower, upper));

    public static ImportException Fails(AllocationTable table, params Amendment[] amendments) =>
        Assert.Throws<ImportException>(() => AmendmentEngine.Apply(table, amendments, "RR-2020"));
}
