namespace Spectrum.Conflicts;

/// <summary>
/// The bands within <see cref="ExtentHz"/> of a proposal's band: those that overlap it, and those whose gap to it is
/// at most the extent (a band exactly the extent away is within). An extent of 0 takes only overlapping bands. This
/// is the one rule for "adjacent": the store selects its candidates by <see cref="Range"/> with its range index, and
/// the finder keeps those that <see cref="Includes"/>.
/// </summary>
public readonly record struct AdjacentWindow
{
    public AdjacentWindow(FrequencyRange band, long extentHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extentHz);
        Band = band;
        ExtentHz = extentHz;
    }

    public FrequencyRange Band { get; }

    public long ExtentHz { get; }

    /// <summary>
    /// The frequencies a band must share a hertz with to be within the window: one hertz past the extent on each side,
    /// because a band that ends exactly the extent below the proposal ends there and does not include that hertz.
    /// </summary>
    public FrequencyRange Range => ExtentHz == 0
        ? Band
        : FrequencyRange.FromHz(Math.Max(0, Band.LowerHz - ExtentHz - 1), SaturatingAdd(Band.UpperHz, ExtentHz + 1));

    /// <summary>True when <paramref name="other"/> overlaps the band, or lies at most the extent from it.</summary>
    public bool Includes(FrequencyRange other) =>
        other.Overlaps(Band) || (ExtentHz > 0 && other.GapTo(Band) <= ExtentHz);

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
