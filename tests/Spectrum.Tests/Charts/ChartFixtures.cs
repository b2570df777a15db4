using Spectrum.Charts;
using Spectrum.Conference;

namespace Spectrum.Tests.Charts;

/// <summary>Hand-made Region tables of 22-28 GHz and an IMT agenda band, for charts whose every cell is known.</summary>
internal static class ChartFixtures
{
    public static readonly ChartOptions Options = new(new DateOnly(2023, 11, 20)) { Title = "22-28 GHz", DataSource = "hand-made test tables" };

    private static readonly Provenance Source = new("test", Confidence.High);

    public static FrequencyRange GHz(decimal lower, decimal upper) => new(Frequency.FromGHz(lower), Frequency.FromGHz(upper));

    public static Allocation Primary(decimal lower, decimal upper, string service) =>
        new(GHz(lower, upper), RadioService.Parse(service), AllocationStatus.Primary, [], Source);

    public static Allocation Secondary(decimal lower, decimal upper, string service) =>
        new(GHz(lower, upper), RadioService.Parse(service), AllocationStatus.Secondary, [], Source);

    /// <summary>
    /// 22-23.6 Fixed; 23.6-24 EESS (passive), Radio Astronomy, Space Research (passive) (RR 5.340); 24-24.05 Amateur,
    /// Amateur-Satellite; 24.05-24.25 Radiolocation, Amateur secondary, EESS (active) secondary; 24.25-27.5 Fixed,
    /// Mobile (IMT, WRC-19 AI 1.13); 27.5-28 Fixed, Fixed-Satellite (Earth-to-space), Mobile.
    /// </summary>
    public static AllocationTable Region(int number) => new(
        $"ITU Region {number}",
        "RR-test",
        AreaCode.Region(number),
        [
            Primary(22, 23.6m, "Fixed"),
            Primary(23.6m, 24, "Earth Exploration-Satellite (passive)"),
            Primary(23.6m, 24, "Radio Astronomy"),
            Primary(23.6m, 24, "Space Research (passive)"),
            Primary(24, 24.05m, "Amateur"),
            Primary(24, 24.05m, "Amateur-Satellite"),
            Primary(24.05m, 24.25m, "Radiolocation"),
            Secondary(24.05m, 24.25m, "Amateur"),
            Secondary(24.05m, 24.25m, "Earth Exploration-Satellite (active)"),
            Primary(24.25m, 27.5m, "Fixed"),
            Primary(24.25m, 27.5m, "Mobile") with
            {
                Marks = [new ChangeMark("WRC-19", "1.13", Identification.Imt, null, false, Source)],
            },
            Primary(27.5m, 28, "Fixed"),
            Primary(27.5m, 28, "Fixed-Satellite (Earth-to-space)"),
            Primary(27.5m, 28, "Mobile"),
        ]);

    /// <summary>An IMT agenda band in Region 1 only, 26-27 GHz, as agenda item 1.2.</summary>
    public static AgendaBand ImtBand { get; } = new(
        "1.2", ChangeArea.Region(1), GHz(26, 27), RadioService.Parse("Mobile"), AgendaBandAction.Identify, null, Identification.Imt,
        Highlight.Imt, Source);

    public static BandChart Chart(ChartOptions? options = null) =>
        BandChartBuilder.Build(GHz(22, 28), [Region(1), Region(2)], [ImtBand], options ?? Options);
}
