namespace Spectrum.PostGis;

/// <summary>
/// Where Spectrum keeps its own state, above all the managed PostgreSQL cluster:
/// <c>SPECTRUM_HOME</c> when set, else <c>$XDG_DATA_HOME/spectrum</c>, else <c>/var/lib/spectrum</c> for root,
/// else <c>~/.local/share/spectrum</c>.
/// </summary>
public static class SpectrumHome
{
    public const string Variable = "SPECTRUM_HOME";

    /// <summary>
    /// Root's cluster is run by the postgres account, which cannot pass through root's home (mode 0700 on Debian);
    /// /var/lib is where system services keep their state.
    /// </summary>
    public const string RootDefault = "/var/lib/spectrum";

    public static string Resolve() =>
        Resolve(Environment.GetEnvironmentVariable, Environment.IsPrivilegedProcess,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    internal static string Resolve(Func<string, string?> environment, bool isRoot, string userHome)
    {
        if (environment(Variable) is { Length: > 0 } home)
        {
            return Path.GetFullPath(home);
        }

        // The XDG base directory specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (environment("XDG_DATA_HOME") is { Length: > 0 } data && Path.IsPathRooted(data))
        {
            return Path.Combine(data, "spectrum");
        }

        return isRoot ? RootDefault : Path.Combine(userHome, ".local", "share", "spectrum");
    }
}
