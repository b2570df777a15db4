using System.Text.RegularExpressions;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis;

/// <summary>
/// The PostgreSQL server programs and the PostGIS extension on this machine: where they are and which versions.
/// Found through <c>pg_config --bindir</c>, else the highest <c>/usr/lib/postgresql/*/bin</c> (the Debian layout).
/// </summary>
public sealed partial record PostgresInstallation(
    string BinDirectory, string ShareDirectory, string PostgresVersion, string PostGisVersion)
{
    public const string DebianLibRoot = "/usr/lib/postgresql";

    private static readonly string[] ServerPrograms = ["initdb", "pg_ctl", "postgres"];

    /// <summary>The major version (e.g. "15"), as Debian names its packages.</summary>
    public string MajorVersion => PostgresVersion.Split('.')[0];

    public string Program(string name) => Path.Combine(BinDirectory, name);

    /// <summary>Finds the installation, or throws <see cref="PostgresNotInstalledException"/> naming what to install.</summary>
    public static Task<PostgresInstallation> LocateAsync(CancellationToken cancellationToken = default) =>
        LocateAsync("pg_config", DebianLibRoot, cancellationToken);

    /// <param name="pgConfig">The pg_config to ask first (a name looked up on PATH, or a path); null to ask none.</param>
    /// <param name="libRoot">A directory holding one <c>&lt;major&gt;/bin</c> per installed version.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public static async Task<PostgresInstallation> LocateAsync(
        string? pgConfig, string libRoot, CancellationToken cancellationToken = default)
    {
        var binDirectory =
            await BinDirectoryFromPgConfigAsync(pgConfig, cancellationToken)
            ?? HighestVersionUnder(libRoot)
            ?? throw new PostgresNotInstalledException(
                $"PostgreSQL server programs not found (asked {pgConfig ?? "no pg_config"} --bindir, looked in {libRoot}/*/bin)");

        var version = await ServerVersionAsync(binDirectory, cancellationToken);
        var major = version.Split('.')[0];
        var shareDirectory =
            await AskPgConfigAsync(Path.Combine(binDirectory, "pg_config"), "--sharedir", cancellationToken)
            ?? $"/usr/share/postgresql/{major}";

        var control = Path.Combine(shareDirectory, "extension", "postgis.control");
        if (!File.Exists(control))
        {
            throw new PostgresNotInstalledException($"PostGIS is not installed for PostgreSQL {major} (no {control})", major);
        }

        return new PostgresInstallation(binDirectory, shareDirectory, version, PostGisDefaultVersion(control));
    }

    private static async Task<string?> BinDirectoryFromPgConfigAsync(string? pgConfig, CancellationToken cancellationToken) =>
        pgConfig is null ? null
        : await AskPgConfigAsync(pgConfig, "--bindir", cancellationToken) is { } bin && HasServerPrograms(bin) ? bin
        : null;

    private static string? HighestVersionUnder(string libRoot) =>
        !Directory.Exists(libRoot) ? null
        : Directory.EnumerateDirectories(libRoot)
            .Select(d => (Directory: Path.Combine(d, "bin"), Version: Version.TryParse(NormalisedVersion(Path.GetFileName(d)), out var v) ? v : null))
            .Where(c => c.Version is not null && HasServerPrograms(c.Directory))
            .OrderByDescending(c => c.Version)
            .Select(c => c.Directory)
            .FirstOrDefault();

    // "15" is not a Version to System.Version; "15.0" is.
    private static string NormalisedVersion(string name) => name.Contains('.', StringComparison.Ordinal) ? name : name + ".0";

    private static bool HasServerPrograms(string binDirectory) =>
        ServerPrograms.All(p => File.Exists(Path.Combine(binDirectory, p)));

    private static async Task<string?> AskPgConfigAsync(string pgConfig, string question, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.TryRunAsync(pgConfig, [question], asUser: null, cancellationToken);
        var answer = result?.StandardOutput.Trim();
        return result is { Succeeded: true } && !string.IsNullOrEmpty(answer) ? answer : null;
    }

    private static async Task<string> ServerVersionAsync(string binDirectory, CancellationToken cancellationToken)
    {
        // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
        var result = await ProcessRunner.TryRunAsync(Path.Combine(binDirectory, "postgres"), ["--version"], null, cancellationToken);
        var match = result is { Succeeded: true } ? VersionNumber().Match(result.StandardOutput) : Match.Empty;
        return match.Success
            ? match.Value
            : throw new PostgresNotInstalledException($"{binDirectory}/postgres does not run (postgres --version failed)");
    }

    private static string PostGisDefaultVersion(string control)
    {
        var match = File.ReadLines(control).Select(l => DefaultVersionLine().Match(l)).FirstOrDefault(m => m.Success);
        return match?.Groups[1].Value ?? "unknown";
    }

    [GeneratedRegex(@"\d+(\.\d+)+")]
    private static partial Regex VersionNumber();

    [GeneratedRegex(@"^\s*default_version\s*=\s*'([^']+)'")]
    private static partial Regex DefaultVersionLine();
}
