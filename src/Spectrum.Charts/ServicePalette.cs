namespace Spectrum.Charts;

/// <summary>The groups of services a band chart gives one colour each (the legend lists those used).</summary>
public enum ServiceFamily
{
    Fixed,
    Mobile,
    FixedSatellite,
    MobileSatellite,
    Broadcasting,
    Radiodetermination,
    EarthObservationPassive,
    EarthObservationActive,
    RadioAstronomy,
    Amateur,
    SpaceLinks,
    Other,
}

/// <summary>An opaque sRGB colour, written <c>#rrggbb</c>.</summary>
public readonly record struct ChartColor(byte R, byte G, byte B)
{
    public static ChartColor Parse(string hex) =>
        hex is ['#', _, _, _, _, _, _]
            ? new(Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16))
            : throw new FormatException($"'{hex}' is not a colour #rrggbb");

    /// <summary>Relative luminance (ITU-R BT.709 weights on sRGB values), 0 black to 1 white: what a grayscale copy shows.</summary>
    public double Luminance => (0.2126 * R + 0.7152 * G + 0.0722 * B) / 255.0;

    /// <summary>This colour mixed with white: <paramref name="amount"/> 0 keeps it, 1 gives white.</summary>
    public ChartColor Lighten(double amount) => new(Mix(R, amount), Mix(G, amount), Mix(B, amount));

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    private static byte Mix(byte channel, double amount) => (byte)Math.Round(channel + ((255 - channel) * amount));
}

/// <summary>
/// The service colours. Hues are those of the Okabe-Ito palette (safe for the common colour-vision deficiencies),
/// with lightness spread from dark to light so that neighbouring families stay apart in a grayscale print. A primary
/// allocation is drawn in the family colour; a secondary one in the same hue mixed 55 % with white, so it always reads
/// lighter than the primary. Names and abbreviations in the cells carry the exact service.
/// <list type="table">
/// <item><term>Fixed</term><description>#0b4f8a dark blue</description></item>
/// <item><term>Mobile (land, maritime, aeronautical)</term><description>#e69f00 orange</description></item>
/// <item><term>Fixed-satellite</term><description>#56b4e9 sky blue</description></item>
/// <item><term>Mobile-satellite (all)</term><description>#b34700 dark vermilion</description></item>
/// <item><term>Broadcasting, broadcasting-satellite</term><description>#cc79a7 reddish purple</description></item>
/// <item><term>Radiodetermination, radiolocation, radionavigation (and -satellite), meteorological aids</term><description>#009e73 bluish green</description></item>
/// <item><term>EESS, MetSat, space research: passive</term><description>#f0e442 yellow</description></item>
/// <item><term>EESS, MetSat, space research: active or unqualified</term><description>#7a6a00 olive</description></item>
/// <item><term>Radio astronomy</term><description>#3d1f5c deep purple</description></item>
/// <item><term>Amateur, amateur-satellite</term><description>#8c8c8c mid grey</description></item>
/// <item><term>Inter-satellite, space operation</term><description>#7b1e3c wine</description></item>
/// <item><term>Other (standard frequency and time signal)</term><description>#d0d0d0 light grey</description></item>
/// </list>
/// </summary>
public static class ServicePalette
{
    private static readonly Dictionary<ServiceFamily, (ChartColor Color, string Name)> Families = new()
    {
        [ServiceFamily.Fixed] = (ChartColor.Parse("#0b4f8a"), "Fixed"),
        [ServiceFamily.Mobile] = (ChartColor.Parse("#e69f00"), "Mobile"),
        [ServiceFamily.FixedSatellite] = (ChartColor.Parse("#56b4e9"), "Fixed-Satellite"),
        [ServiceFamily.MobileSatellite] = (ChartColor.Parse("#b34700"), "Mobile-Satellite"),
        [ServiceFamily.Broadcasting] = (ChartColor.Parse("#cc79a7"), "Broadcasting (incl. satellite)"),
        [ServiceFamily.Radiodetermination] = (ChartColor.Parse("#009e73"), "Radiodetermination, radiolocation, radionavigation"),
        [ServiceFamily.EarthObservationPassive] = (ChartColor.Parse("#f0e442"), "EESS / MetSat / SRS (passive)"),
        [ServiceFamily.EarthObservationActive] = (ChartColor.Parse("#7a6a00"), "EESS / MetSat / SRS (active)"),
        [ServiceFamily.RadioAstronomy] = (ChartColor.Parse("#3d1f5c"), "Radio Astronomy"),
        [ServiceFamily.Amateur] = (ChartColor.Parse("#8c8c8c"), "Amateur"),
        [ServiceFamily.SpaceLinks] = (ChartColor.Parse("#7b1e3c"), "Inter-Satellite, Space Operation"),
        [ServiceFamily.Other] = (ChartColor.Parse("#d0d0d0"), "Other"),
    };

    /// <summary>The colour of an IMT/HIBS highlight outline (black: darkest in grayscale, solid line).</summary>
    public static ChartColor ImtOutline { get; } = ChartColor.Parse("#000000");

    /// <summary>The colour of an Earth-observation protection outline (blue, dashed: a second, different style).</summary>
    public static ChartColor EarthObservationOutline { get; } = ChartColor.Parse("#0072b2");

    /// <summary>The colour of any other agenda item's outline (Okabe-Ito vermilion, dash-dotted: a third style).</summary>
    public static ChartColor AgendaItemOutline { get; } = ChartColor.Parse("#d55e00");

    /// <summary>
    /// The fill of an application of a national table over a band: a light warm grey ("stone"), neutral, so it never
    /// reads as a service: of the low-chroma tones, about the furthest (in CIELAB) from every service colour, primary and
    /// secondary, and from the highlight outlines.
    /// </summary>
    public static ChartColor Application { get; } = ChartColor.Parse("#b4a894");

    /// <summary>The fill of an application at a single frequency: the dark tone of the same stone, so its thin bar shows over a band.</summary>
    public static ChartColor SingleFrequencyApplication { get; } = ChartColor.Parse("#4c4434");

    /// <summary>The hatching over secondary allocations (drawn thin and translucent, so the fill and label show).</summary>
    public static ChartColor Hatch { get; } = ChartColor.Parse("#000000");

    public static ServiceFamily FamilyOf(RadioService service)
    {
        var kind = service.Kind;
        if (kind.IsKindOf(ServiceKind.Mobile))
        {
            return ServiceFamily.Mobile;
        }

        if (kind.IsKindOf(ServiceKind.MobileSatellite))
        {
            return ServiceFamily.MobileSatellite;
        }

        if (kind.IsKindOf(ServiceKind.EarthExplorationSatellite) || kind == ServiceKind.SpaceResearch)
        {
            return service.IsPassive ? ServiceFamily.EarthObservationPassive : ServiceFamily.EarthObservationActive;
        }

        if (kind.IsKindOf(ServiceKind.Radiodetermination) || kind.IsKindOf(ServiceKind.RadiodeterminationSatellite))
        {
            return ServiceFamily.Radiodetermination;
        }

        return kind switch
        {
            ServiceKind.Fixed => ServiceFamily.Fixed,
            ServiceKind.FixedSatellite => ServiceFamily.FixedSatellite,
            ServiceKind.Broadcasting or ServiceKind.BroadcastingSatellite => ServiceFamily.Broadcasting,
            ServiceKind.MeteorologicalAids => ServiceFamily.Radiodetermination,
            ServiceKind.RadioAstronomy => ServiceFamily.RadioAstronomy,
            ServiceKind.Amateur or ServiceKind.AmateurSatellite => ServiceFamily.Amateur,
            ServiceKind.InterSatellite or ServiceKind.SpaceOperation => ServiceFamily.SpaceLinks,
            _ => ServiceFamily.Other,
        };
    }

    /// <summary>The family colour for a primary allocation, the lighter one for a secondary.</summary>
    public static ChartColor ColorOf(ServiceFamily family, AllocationStatus status) =>
        status == AllocationStatus.Primary ? Families[family].Color : Families[family].Color.Lighten(0.55);

    public static string NameOf(ServiceFamily family) => Families[family].Name;
}
