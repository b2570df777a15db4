namespace Spectrum.PostGis.Tests;

public sealed class SpectrumHomeTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public void Spectrum_home_wins_over_everything()
    {
        Assert.Equal("/srv/spectrum", Resolve(new() { ["SPECTRUM_HOME"] = "/srv/spectrum", ["XDG_DATA_HOME"] = "/data" }, isRoot: true));
    }

    [Fact]
    public void A_user_keeps_the_store_under_xdg_data_home()
    {
        Assert.Equal("/data/spectrum", Resolve(new() { ["XDG_DATA_HOME"] = "/data" }, isRoot: false));
    }

    [Fact]
    public void Without_xdg_data_home_a_user_keeps_it_in_local_share()
    {
        Assert.Equal("/home/ana/.local/share/spectrum", Resolve(NoVariables, isRoot: false));
    }

    [Fact]
    public void A_relative_xdg_data_home_is_ignored_as_the_specification_says()
    {
        Assert.Equal("/home/ana/.local/share/spectrum", Resolve(new() { ["XDG_DATA_HOME"] = "data" }, isRoot: false));
    }

    [Fact]
    public void Root_keeps_it_in_var_lib_where_the_postgres_account_can_reach_it()
    {
        Assert.Equal("/var/lib/spectrum", Resolve(NoVariables, isRoot: true));
    }

    private static string Resolve(Dictionary<string, string> variables, bool isRoot) =>
        SpectrumHome.Resolve(name => variables.GetValueOrDefault(name), isRoot, "/home/ana");
}
