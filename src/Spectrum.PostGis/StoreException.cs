using Npgsql;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis;

/// <summary>
/// The store cannot be used as asked. The message is written for the person at the console: one line that says what
/// is wrong and, where there is one, what to do about it. It is printed as is, without a stack trace.
/// </summary>
public class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// The database failed while in use (a statement refused, the server stopped, the connection broken), said in one
    /// line after <paramref name="what"/>: <c>the import failed and nothing was written: the connection to the database
    /// was lost (…)</c>.
    /// </summary>
    public static StoreException Failed(string what, NpgsqlException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var lost = exception is not PostgresException && exception.InnerException is IOException;
        var reason = StoreConnections.Reason(exception);
        return new StoreException($"{what}: {(lost ? $"the connection to the database was lost ({reason})" : reason)}", exception);
    }
}
