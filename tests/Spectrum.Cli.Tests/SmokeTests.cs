using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

public class SmokeTests
{
    [Fact]
    public async Task Help_exits_zero()
    {
        Assert.Equal(0, await Spectrum.Cli.SpectrumApp.RunAsync(["--help"]));
    }
}
