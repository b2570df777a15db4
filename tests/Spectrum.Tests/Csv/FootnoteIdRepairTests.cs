using Spectrum.Csv.Internal;

namespace Spectrum.Tests.Csv;

/// <summary>The mechanical repair of data/README.md, "Footnote id repair", for ids stored as numbers.</summary>
public class FootnoteIdRepairTests
{
    [Theory]
    [InlineData("5.6", 70_000L, "5.60")]
    [InlineData("5.34", 23_600_000_000L, "5.340")]
    [InlineData("5.15", 1_000L, "5.150")]
    [InlineData("5.34A", 3_400_000_000L, "5.340A")]
    [InlineData("5.54", 28_500_000_000L, "5.540")]
    [InlineData("5.53", 30_000_000L, "5.530")]
    public void An_id_that_cannot_be_meant_as_written_gets_its_trailing_zero_back(string id, long bandLowerHz, string repaired)
    {
        Assert.Equal(repaired, Cells.RepairLostZero(id, new Frequency(bandLowerHz)));
    }

    [Theory]
    [InlineData("5.53", 0L)]
    [InlineData("5.99", 29_999_999L)]
    [InlineData("5.340", 1_400_000_000L)]
    [InlineData("5.384A", 1_700_000_000L)]
    [InlineData("UK12", 1_000L)]
    [InlineData("5.3x", 1_000L)]
    [InlineData("5.", 1_000L)]
    public void Any_other_id_is_left_as_written(string id, long bandLowerHz)
    {
        Assert.Equal(id, Cells.RepairLostZero(id, new Frequency(bandLowerHz)));
    }

    [Fact]
    public void Without_a_band_a_two_digit_id_from_53_up_is_left_as_written()
    {
        Assert.Equal("5.54", Cells.RepairLostZero("5.54", null));
        Assert.Equal("5.340", Cells.RepairLostZero("5.34", null));
    }
}
