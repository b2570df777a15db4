namespace Spectrum.Footnotes;

/// <summary>
/// The outcome of reading a text: a value, or the reason the text could not be read. A failed result never carries a
/// half-read value, and its reason says what was found and what was expected. Immutable; two results are not compared.
/// </summary>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? reason)
    {
        _value = value;
        Reason = reason;
    }

    /// <summary>True when the text was read.</summary>
    public bool Success => Reason is null;

    /// <summary>Why the text could not be read; null on success.</summary>
    public string? Reason { get; }

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The text was not read; the message is the reason.</exception>
    public T Value => Success ? _value! : throw new InvalidOperationException(Reason);

    public static ParseResult<T> ForValue(T value) => new(value, null);

    public static ParseResult<T> ForFailure(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new ParseResult<T>(default, reason);
    }

    /// <exception cref="FormatException">The text was not read; the message is the reason.</exception>
    public T GetValueOrThrow() => Success ? _value! : throw new FormatException(Reason);

    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Success;
    }

    /// <summary>The value converted, or this failure carried over to the other type.</summary>
    public ParseResult<TOut> Convert<TOut>(Func<T, TOut> convert) =>
        Success ? ParseResult<TOut>.ForValue(convert(_value!)) : ParseResult<TOut>.ForFailure(Reason!);

    /// <summary>This failure as a result of another type.</summary>
    public ParseResult<TOut> ConvertError<TOut>() =>
        Success ? throw new InvalidOperationException("a successful result has no error to convert") : ParseResult<TOut>.ForFailure(Reason!);

    public override string ToString() => Success ? $"{_value}" : $"not read: {Reason}";
}
