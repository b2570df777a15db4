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
}
