namespace Spectrum.Tests.Domain;

public class FrequencyTests
{
    [Theory]
    [InlineData("9 kHz", 9_000L)]
    [InlineData("10.5GHz", 10_500_000_000L)]
    [InlineData("6 425 MHz", 6_425_000_000L)]
    [InlineData("6\u2009425 MHz", 6_425_000_000L)]
    [InlineData("6\u00a0425\u00a0MHz", 6_425_000_000L)]
    [InlineData("8.3 kHz", 8_300L)]
    [InlineData("1 THz", 1_000_000_000_000L)]
    [InlineData("3400000000", 3_400_000_000L)]
    [InlineData("275 ghz", 275_000_000_000L)]
    [InlineData("0 Hz", 0L)]
    public void Parses_numbers_with_units_and_digit_groups(string text, long hertz)
    {
        Assert.Equal(hertz, Frequency.Parse(text).Hertz);
    }

    [Theory]
    [InlineData("-5 MHz", "negative")]
    [InlineData("5 MHZZ", "not a frequency unit")]
    [InlineData("5 furlongs", "not a frequency unit")]
    [InlineData("abc", "not a frequency")]
    [InlineData("", "not a frequency")]
    [InlineData("1.5 Hz", "whole number of hertz")]
    [InlineData("64 25 MHz", "not a frequency")]
    [InlineData("1.2.3 MHz", "not a frequency")]
    [InlineData("99999999999 THz", "too large")]
    public void Refuses_what_is_not_a_frequency(string text, string reason)
    {
        Assert.False(Frequency.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9_000L, "9 kHz")]
    [InlineData(8_300L, "8.3 kHz")]
    [InlineData(3_000_000L, "3 000 kHz")]
    [InlineData(3_000_001L, "3.000001 MHz")]
    [InlineData(1_427_000_000L, "1 427 MHz")]
    [InlineData(3_000_000_000L, "3 000 MHz")]
    [InlineData(3_100_000_000L, "3.1 GHz")]
    [InlineData(10_680_000_000L, "10.68 GHz")]
    [InlineData(275_000_000_000L, "275 GHz")]
    public void Formats_in_the_unit_of_RR_No_2_1(long hertz, string expected)
    {
        Assert.Equal(expected, Frequency.FromHz(hertz).ToString());
    }

    [Fact]
    public void Formatting_then_parsing_gives_the_same_frequency()
    {
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var hertz = random.NextInt64(0, 3_000_000_000_000L);
            var frequency = Frequency.FromHz(hertz);
            Assert.Equal(frequency, Frequency.Parse(frequency.ToString()));
        }
    }

    [Fact]
    public void A_negative_frequency_cannot_be_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromHz(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromMHz(-0.5m));
    }

    [Fact]
    public void Unit_constructors_are_exact()
    {
        Assert.Equal(6_425_000_000L, Frequency.FromMHz(6425).Hertz);
        Assert.Equal(148_500_000_000L, Frequency.FromGHz(148.5m).Hertz);
        Assert.Equal(8_300L, Frequency.FromKHz(8.3m).Hertz);
        Assert.Throws<ArgumentException>(() => Frequency.FromKHz(0.0001m));
    }
}
