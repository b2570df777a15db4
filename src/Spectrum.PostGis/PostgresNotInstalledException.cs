namespace Spectrum.PostGis;

/// <summary>
/// The PostgreSQL server or the PostGIS extension is missing from this machine; the message says how to install them.
/// </summary>
public sealed class PostgresNotInstalledException : StoreException
{
    public PostgresNotInstalledException(string whatIsMissing, string majorVersion = "15")
        : base($"{whatIsMissing}. Install PostgreSQL and PostGIS with: {InstallCommand(majorVersion)} (or, in a checkout of Spectrum: bash .ci/install)")
    {
    }

    public static string InstallCommand(string majorVersion) =>
        $"sudo apt-get install postgresql-{majorVersion} postgresql-{majorVersion}-postgis-3";
}
