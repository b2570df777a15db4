namespace Spectrum.PostGis;

/// <summary>The managed local PostgreSQL could not be prepared, started or stopped.</summary>
public sealed class ManagedPostgresException : StoreException
{
    public ManagedPostgresException(string message)
        : base(message)
    {
    }
}
