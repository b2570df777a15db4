namespace Spectrum.PostGis;

/// <summary>The database could not be reached or refused the connection.</summary>
public sealed class StoreUnavailableException(string message, Exception innerException)
    : StoreException(message, innerException);
