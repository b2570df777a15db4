namespace Spectrum.Conflicts;

/// <summary>One band of RR No. 5.340, where all emissions are prohibited, with the limits the footnote sets.</summary>
public sealed record PassiveBand(FrequencyRange Range, AreaCode? OnlyIn, string? Condition);

/// <summary>
/// The bands of RR No. 5.340 (2012 text, as in data/itu/rr-2012-footnotes.csv): all emissions are prohibited there, to
/// protect the Earth exploration-satellite (passive), space research (passive) and radio astronomy services.
/// 31.5-31.8 GHz only in Region 2.
/// </summary>
public static class PassiveBands
{
    public static readonly FootnoteId Footnote = FootnoteId.Parse("5.340");

    public static IReadOnlyList<PassiveBand> Rr5340 { get; } =
    [
        Band("1400-1427 MHz"),
        Band("2690-2700 MHz", condition: "except those provided for by No. 5.422"),
        Band("10.68-10.7 GHz", condition: "except those provided for by No. 5.483"),
        Band("15.35-15.4 GHz", condition: "except those provided for by No. 5.511"),
        Band("23.6-24 GHz"),
        Band("31.3-31.5 GHz"),
        Band("31.5-31.8 GHz", onlyIn: AreaCode.Region(2)),
        Band("48.94-49.04 GHz", condition: "from airborne stations"),
        Band("50.2-50.4 GHz"),
        Band("52.6-54.25 GHz"),
        Band("86-92 GHz"),
        Band("100-102 GHz"),
        Band("109.5-111.8 GHz"),
        Band("114.25-116 GHz"),
        Band("148.5-151.5 GHz"),
        Band("164-167 GHz"),
        Band("182-185 GHz"),
        Band("190-191.8 GHz"),
        Band("200-209 GHz"),
        Band("226-231.5 GHz"),
        Band("250-252 GHz"),
    ];

    /// <summary>The 5.340 bands that hold in a table for <paramref name="area"/> (a Region-only band only in its Region).</summary>
    public static IEnumerable<PassiveBand> In(AreaCode area, int? region) =>
        Rr5340.Where(b => b.OnlyIn is null || b.OnlyIn == area || b.OnlyIn.Value.RegionNumber == region);

    private static PassiveBand Band(string range, AreaCode? onlyIn = null, string? condition = null) =>
        new(FrequencyRange.Parse(range), onlyIn, condition);
}
