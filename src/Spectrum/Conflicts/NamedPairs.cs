namespace Spectrum.Conflicts;

/// <summary>
/// A passive band and an adjacent active band for which the RR sets limits on the active service's unwanted emissions,
/// with the limits as written and where the row comes from.
/// </summary>
public sealed record NamedPair(FrequencyRange Passive, FrequencyRange Active, RadioService ActiveService, string Provision, string Limits, string Source, Confidence Confidence);

/// <summary>
/// The pairs of Resolution 750 (Rev.WRC-19) Table 1-1: always checked, whatever the out-of-band extent, because the RR
/// names them. The 24.25-27.5 GHz row (WRC-19) gives the limits of Table 1-1 for IMT next to 23.6-24 GHz; the other
/// rows are the table as this project recalls it, to be checked against the Resolution's text (not shipped).
/// </summary>
public static class NamedPairs
{
    public const string Resolution750 = "Resolution 750 (Rev.WRC-19)";

    private const string Reference = "Resolution 750 (Rev.WRC-19) Table 1-1";
    private const string Recalled = "Resolution 750 (Rev.WRC-19) Table 1-1 as recalled; check against the Resolution";

    public static IReadOnlyList<NamedPair> All { get; } =
    [
        Pair("1400-1427 MHz", "1427-1452 MHz", "Mobile", "limits on IMT base and mobile stations' unwanted emissions in 1 400-1 427 MHz", Recalled, Confidence.Low),
        Pair("23.6-24 GHz", "22.55-23.55 GHz", "Inter-Satellite", "limits on non-GSO inter-satellite unwanted emissions in 23.6-24 GHz", Recalled, Confidence.Low),
        Pair("23.6-24 GHz", "24.25-27.5 GHz", "Mobile",
            "total power in any 200 MHz of 23.6-24 GHz at most −33 dBW from an IMT base station (−39 dBW if brought into use after 1 September 2027), −29 dBW from a mobile station (−35 dBW)",
            Reference, Confidence.High),
        Pair("31.3-31.5 GHz", "30-31 GHz", "Fixed-Satellite (Earth-to-space)", "limits on FSS earth stations' unwanted emissions in 31.3-31.5 GHz", Recalled, Confidence.Low),
        Pair("50.2-50.4 GHz", "49.7-50.2 GHz", "Fixed-Satellite (Earth-to-space)", "limits on FSS earth stations' unwanted emissions in 50.2-50.4 GHz", Recalled, Confidence.Low),
        Pair("50.2-50.4 GHz", "50.4-50.9 GHz", "Fixed-Satellite (Earth-to-space)", "limits on FSS earth stations' unwanted emissions in 50.2-50.4 GHz", Recalled, Confidence.Low),
    ];

    /// <summary>The pairs whose active band the proposal's band overlaps, for a service of the pair's active service.</summary>
    public static IEnumerable<NamedPair> For(RadioService service, FrequencyRange range) =>
        All.Where(p => p.Active.Overlaps(range) && service.IsRelatedTo(p.ActiveService));

    private static NamedPair Pair(string passive, string active, string service, string limits, string source, Confidence confidence) =>
        new(FrequencyRange.Parse(passive), FrequencyRange.Parse(active), RadioService.Parse(service), Resolution750, limits, source, confidence);
}
