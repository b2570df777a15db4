namespace Spectrum.PostGis;

/// <summary>How a <see cref="ManagedPostgres"/> runs its server.</summary>
public sealed record ManagedPostgresOptions
{
    /// <summary>
    /// Trade crash safety for speed (no fsync, no full-page writes, no synchronous commit): for servers whose data
    /// nobody will miss, such as the tests'. A user's server never sets this.
    /// </summary>
    public bool Throwaway { get; init; }

    /// <summary>The installation to use; found on first use when null.</summary>
    public PostgresInstallation? Installation { get; init; }
}
