namespace Spectrum.Tests.Domain;

public class FrequencyRangeTests
{
    private static FrequencyRange R(long lower, long upper) => FrequencyRange.FromHz(lower, upper);

    [Fact]
    public void The_default_range_is_empty_at_zero_and_overlaps_nothing()
    {
        var none = default(FrequencyRange);

        Assert.Equal((0L, 0L, 0L), (none.LowerHz, none.UpperHz, none.WidthHz));
        Assert.False(none.Overlaps(R(0, 10)));
        Assert.False(R(0, 10).Overlaps(none));
        Assert.False(none.Contains(Frequency.FromHz(0)));
        Assert.NotEqual(none, R(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => R(0, 0));
    }

    [Theory]
    [InlineData("6425-7125 MHz", 6_425_000_000L, 7_125_000_000L)]
    [InlineData("6.425–7.125 GHz", 6_425_000_000L, 7_125_000_000L)]
    [InlineData("3 300 – 3 400 MHz", 3_300_000_000L, 3_400_000_000L)]
    [InlineData("3\u2009300\u2009–\u20093\u2009400\u2009MHz", 3_300_000_000L, 3_400_000_000L)]
    [InlineData("148.5-151.5 GHz", 148_500_000_000L, 151_500_000_000L)]
    [InlineData("3.3 to 3.8 GHz", 3_300_000_000L, 3_800_000_000L)]
    [InlineData("9 kHz-3 MHz", 9_000L, 3_000_000L)]
    [InlineData("3400MHz-3.6GHz", 3_400_000_000L, 3_600_000_000L)]
    [InlineData("22-28GHz", 22_000_000_000L, 28_000_000_000L)]
    [InlineData("10.5GHz", 10_500_000_000L, 10_500_000_001L)]
    public void Parses_the_ways_users_type_ranges(string text, long lower, long upper)
    {
        var range = FrequencyRange.Parse(text);
        Assert.Equal(lower, range.LowerHz);
        Assert.Equal(upper, range.UpperHz);
    }

    [Theory]
    [InlineData("7125-6425 MHz", "runs backwards")]
    [InlineData("6425-6425 MHz", "runs backwards")]
    [InlineData("-5 MHz", "no lower frequency")]
    [InlineData("6425-7125", "no unit")]
    [InlineData("6425-7125 parsecs", "not a frequency unit")]
    [InlineData("banana", "not a frequency range")]
    [InlineData("6425-", "not a frequency range")]
    [InlineData("1.5-2.5 Hz", "whole number of hertz")]
    public void Refuses_bad_ranges_with_a_reason(string text, string reason)
    {
        Assert.False(FrequencyRange.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_must_be_below_upper()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => R(10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => R(11, 10));
    }

    [Fact]
    public void Adjacent_bands_touch_but_do_not_overlap()
    {
        var lower = R(6_425_000_000, 7_025_000_000);
        var upper = R(7_025_000_000, 7_075_000_000);
        Assert.True(lower.Touches(upper));
        Assert.True(upper.Touches(lower));
        Assert.False(lower.Overlaps(upper));
        Assert.Null(lower.Intersect(upper));
        Assert.Equal(0, lower.GapTo(upper));
    }

    [Fact]
    public void Contains_the_lower_edge_but_not_the_upper_edge()
    {
        var band = R(100, 200);
        Assert.True(band.Contains(Frequency.FromHz(100)));
        Assert.True(band.Contains(Frequency.FromHz(199)));
        Assert.False(band.Contains(Frequency.FromHz(200)));
    }

    [Fact]
    public void Overlapping_bands_intersect_in_their_shared_part()
    {
        Assert.Equal(R(150, 200), R(100, 200).Intersect(R(150, 300)));
        Assert.Equal(R(120, 130), R(100, 200).Intersect(R(120, 130)));
        Assert.True(R(100, 200).Overlaps(R(199, 300)));
    }

    [Fact]
    public void Gap_is_the_hertz_between_separate_bands_either_way()
    {
        // 24.25 GHz IMT against the 23.6-24 GHz passive band: 250 MHz apart.
        var passive = FrequencyRange.Parse("23.6-24 GHz");
        var imt = FrequencyRange.Parse("24.25-27.5 GHz");
        Assert.Equal(250_000_000, passive.GapTo(imt));
        Assert.Equal(250_000_000, imt.GapTo(passive));
        Assert.Equal(0, R(100, 200).GapTo(R(150, 300)));
    }

    [Fact]
    public void Overlap_agrees_with_counting_shared_hertz()
    {
        var random = new Random(11);
        for (var i = 0; i < 5_000; i++)
        {
            var a = RandomRange(random);
            var b = RandomRange(random);
            var shared = Math.Max(0, Math.Min(a.UpperHz, b.UpperHz) - Math.Max(a.LowerHz, b.LowerHz));
            Assert.Equal(shared > 0, a.Overlaps(b));
            Assert.Equal(shared, a.Intersect(b)?.WidthHz ?? 0);
            Assert.Equal(a.Overlaps(b), b.Overlaps(a));
        }
    }

    [Theory]
    [InlineData(6_425_000_000L, 7_125_000_000L, "6.425-7.125 GHz")]
    [InlineData(1_400_000_000L, 1_427_000_000L, "1 400-1 427 MHz")]
    [InlineData(2_900_000_000L, 3_100_000_000L, "2 900-3 100 MHz")]
    [InlineData(9_000L, 14_000L, "9-14 kHz")]
    [InlineData(0L, 8_300L, "0-8.3 kHz")]
    public void Formats_in_RR_style_in_the_unit_of_the_lower_edge(long lower, long upper, string expected)
    {
        var range = R(lower, upper);
        Assert.Equal(expected, range.ToString());
        Assert.Equal(range, FrequencyRange.Parse(range.ToString()));
    }

    private static FrequencyRange RandomRange(Random random)
    {
        var lower = random.NextInt64(0, 1_000);
        return R(lower, lower + random.NextInt64(1, 300));
    }
}
