namespace Spectrum.Conflicts;

/// <summary>A default necessary bandwidth for a service in a frequency range, with where the value comes from.</summary>
public sealed record NecessaryBandwidth(ServiceKind Service, FrequencyRange Range, long BandwidthHz, string Source, Confidence Confidence)
{
    public override string ToString() => $"{Frequency.FromHz(BandwidthHz)} ({Source})";
}

/// <summary>The narrow- and wide-band limits of Rec. ITU-R SM.1539 Table 1 for a frequency range (lower exclusive, upper inclusive).</summary>
public sealed record OutOfBandLimits(long LowerHz, long UpperHz, long NarrowHz, long WideHz, Confidence Confidence);

/// <summary>
/// The out-of-band (OoB) domain of an emission (RR Nos. 1.144-1.146A, RR Appendix 3, Rec. ITU-R SM.1539): it ends,
/// and the spurious domain begins, 2.5 BN from the centre frequency for a necessary bandwidth BN; 2.5 BL when BN is
/// below the range's BL; 1.5 BN + BU when BN is above its BU. Beyond a channel placed at the band edge, that leaves
/// <see cref="ExtentHz"/> = boundary − BN/2 (2 BN in the ordinary case): a band whose gap to the proposal is at most
/// the extent is adjacent; beyond it only the spurious-domain limits of RR Appendix 3 apply.
/// </summary>
public static class Emission
{
    private const string Sm1539 = "Rec. ITU-R SM.1539 Table 1 (BL, BU)";

    /// <summary>
    /// SM.1539 Table 1. The rows 30 MHz-1 GHz, 15-26 GHz and above 26 GHz are as a secondary reproduction of the table
    /// gives them (medium); the others are the same table as this project recalls it (low). None is checked against the
    /// Recommendation.
    /// </summary>
    public static IReadOnlyList<OutOfBandLimits> Limits { get; } =
    [
        new(9_000, 150_000, 250, 10_000, Confidence.Low),
        new(150_000, 30_000_000, 4_000, 100_000, Confidence.Low),
        new(30_000_000, 1_000_000_000, 25_000, 10_000_000, Confidence.Medium),
        new(1_000_000_000, 3_000_000_000, 100_000, 50_000_000, Confidence.Low),
        new(3_000_000_000, 10_000_000_000, 100_000, 100_000_000, Confidence.Low),
        new(10_000_000_000, 15_000_000_000, 300_000, 250_000_000, Confidence.Low),
        new(15_000_000_000, 26_000_000_000, 500_000, 500_000_000, Confidence.Medium),
        new(26_000_000_000, long.MaxValue, 1_000_000, 500_000_000, Confidence.Medium),
    ];

    private const string Lte = "3GPP TS 36.104: E-UTRA (IMT) channel bandwidths up to 20 MHz";
    private const string NrFr1 = "3GPP TS 38.104: NR (IMT) FR1 channel bandwidths up to 100 MHz";
    private const string NrFr2 = "3GPP TS 38.104: NR (IMT) FR2 channel bandwidths up to 400 MHz";
    private const string Pmr = "ERC Recommendation T/R 25-08: land mobile channels of 12.5 and 25 kHz below 470 MHz";
    private const string Dvb = "GE06 Agreement: 8 MHz television channels in 470-862 MHz (Region 1)";
    private const string Sounder = "Resolution 656 (Rev.WRC-19): a spaceborne radar sounder around 45 MHz, taken as the 10 MHz of the studied band 40-50 MHz";
    private const string Transponder = "typical FSS transponder widths (36 MHz at C band, up to 500 MHz in Ka band); not taken from an ITU-R text";
    private const string FixedLinks = "ECC/ERC channel arrangements for fixed links (ERC Recommendation T/R 13-02: channels up to 56 MHz)";
    private const string EBand = "ECC Recommendation (05)07: 250 MHz channels for fixed links in 71-76 / 81-86 GHz";

    /// <summary>
    /// The defaults this planner uses, per service and frequency range, each with its source. Services and ranges not
    /// listed have no default: they are screened in band and against the pairs the RR names only, unless the user
    /// gives a bandwidth.
    /// </summary>
    public static IReadOnlyList<NecessaryBandwidth> Defaults { get; } =
    [
        Row(ServiceKind.Mobile, "29.7-470 MHz", 25_000, Pmr, Confidence.Medium),
        Row(ServiceKind.Mobile, "470-3000 MHz", 20_000_000, Lte, Confidence.High),
        Row(ServiceKind.Mobile, "3000-7125 MHz", 100_000_000, NrFr1, Confidence.High),
        Row(ServiceKind.Mobile, "7125-24250 MHz", 100_000_000, NrFr1 + " (no NR band above 7.125 GHz in that text: FR1's largest taken)", Confidence.Low),
        Row(ServiceKind.Mobile, "24.25-71 GHz", 400_000_000, NrFr2, Confidence.High),
        Row(ServiceKind.Broadcasting, "470-862 MHz", 8_000_000, Dvb, Confidence.High),
        Row(ServiceKind.EarthExplorationSatellite, "40-50 MHz", 10_000_000, Sounder, Confidence.Medium),
        Row(ServiceKind.Fixed, "1-57 GHz", 56_000_000, FixedLinks, Confidence.Medium),
        Row(ServiceKind.Fixed, "71-86 GHz", 250_000_000, EBand, Confidence.Medium),
        Row(ServiceKind.FixedSatellite, "3-10.7 GHz", 36_000_000, Transponder, Confidence.Low),
        Row(ServiceKind.FixedSatellite, "10.7-17.3 GHz", 72_000_000, Transponder, Confidence.Low),
        Row(ServiceKind.FixedSatellite, "17.3-51.4 GHz", 500_000_000, Transponder, Confidence.Low),
        // Resolution 773 (WRC-19): the inter-satellite links of AI 1.17 relay FSS carriers in FSS bands.
        Row(ServiceKind.InterSatellite, "10.7-17.3 GHz", 72_000_000, Transponder + "; ISS links relaying FSS carriers (Resolution 773 (WRC-19))", Confidence.Low),
        Row(ServiceKind.InterSatellite, "17.3-30 GHz", 500_000_000, Transponder + "; ISS links relaying FSS carriers (Resolution 773 (WRC-19))", Confidence.Low),
    ];

    /// <summary>The default necessary bandwidth of <paramref name="service"/> around <paramref name="range"/>'s centre, or null.</summary>
    public static NecessaryBandwidth? DefaultFor(RadioService service, FrequencyRange range)
    {
        var centre = range.LowerHz + (range.WidthHz / 2);
        return Defaults.FirstOrDefault(d => service.Kind.IsKindOf(d.Service) && d.Range.LowerHz <= centre && centre < d.Range.UpperHz);
    }

    /// <summary>The SM.1539 limits for an emission centred at <paramref name="centreHz"/>.</summary>
    public static OutOfBandLimits LimitsAt(long centreHz) =>
        Limits.FirstOrDefault(l => l.LowerHz < centreHz && centreHz <= l.UpperHz) ?? Limits[0];

    /// <summary>The boundary between the OoB and the spurious domain, in hertz from the centre frequency (SM.1539).</summary>
    public static long BoundaryHz(long necessaryHz, long centreHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(necessaryHz);
        var limits = LimitsAt(centreHz);
        return necessaryHz < limits.NarrowHz ? (limits.NarrowHz * 5) / 2
            : necessaryHz > limits.WideHz ? ((necessaryHz * 3) / 2) + limits.WideHz
            : (necessaryHz * 5) / 2;
    }

    /// <summary>How far the OoB domain reaches beyond the edge of a channel of <paramref name="necessaryHz"/> at a band edge.</summary>
    public static long ExtentHz(long necessaryHz, long centreHz) => BoundaryHz(necessaryHz, centreHz) - (necessaryHz / 2);

    /// <summary>
    /// The OoB extent of a service's emission in a band: from <paramref name="necessaryHz"/> when given, else from the
    /// default; 0 when neither is known.
    /// </summary>
    public static long ExtentHz(RadioService service, FrequencyRange range, long? necessaryHz)
    {
        var bandwidth = necessaryHz ?? DefaultFor(service, range)?.BandwidthHz;
        return bandwidth is { } bn ? ExtentHz(bn, range.LowerHz + (range.WidthHz / 2)) : 0;
    }

    /// <summary>The largest OoB extent of any service with a default in the range: how far a victim band's screening looks.</summary>
    public static long LargestExtentHz(FrequencyRange range) =>
        Defaults.Where(d => d.Range.Overlaps(range))
            .Select(d => ExtentHz(d.BandwidthHz, Math.Clamp(range.LowerHz + (range.WidthHz / 2), d.Range.LowerHz, d.Range.UpperHz - 1)))
            .DefaultIfEmpty(0)
            .Max();

    /// <summary>The words that say where a limit comes from.</summary>
    public static string LimitsSource => Sm1539;

    private static NecessaryBandwidth Row(ServiceKind service, string range, long bandwidthHz, string source, Confidence confidence) =>
        new(service, FrequencyRange.Parse(range), bandwidthHz, source, confidence);
}
