using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

public sealed class ThrowawayServerTests
{
    [Fact]
    public async Task Two_starts_at_once_make_one_running_server_that_trades_durability_for_speed()
    {
        var home = Directory.CreateTempSubdirectory("spectrum-race-").FullName;
        var first = new ManagedPostgres(home, new ManagedPostgresOptions { Throwaway = true });
        var second = new ManagedPostgres(home, new ManagedPostgresOptions { Throwaway = true });
        try
        {
            await Task.WhenAll(Task.Run(() => first.StartAsync()), Task.Run(() => second.StartAsync()));

            Assert.Equal(await first.GetStatusAsync(), await second.GetStatusAsync());
            Assert.Equal(ServerState.Running, (await first.GetStatusAsync()).State);
            Assert.Equal("off", await Sql.ScalarOnceAsync<string>(first.ConnectionString, "SHOW fsync"));
            Assert.Equal("off", await Sql.ScalarOnceAsync<string>(first.ConnectionString, "SHOW full_page_writes"));
        }
        finally
        {
            await first.DestroyAsync();
        }

        Assert.False(Directory.Exists(home));
    }
}
