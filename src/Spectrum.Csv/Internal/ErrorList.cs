namespace Spectrum.Csv.Internal;

/// <summary>The errors of one file, in the order found: the first <c>limit</c> are kept, the rest only counted.</summary>
internal sealed class ErrorList(string file, int limit)
{
    private readonly List<ImportError> _kept = [];

    public string File => file;

    public int Total { get; private set; }

    public bool Any => Total > 0;

    public IReadOnlyList<ImportError> Kept => _kept;

    public void Add(long line, int column, string problem, string expected)
    {
        Total++;
        if (_kept.Count < limit)
        {
            _kept.Add(new ImportError(file, checked((int)line), column, problem, expected));
        }
    }

    /// <summary>Adds a domain parser's message, split into problem and expected at its ": expected ".</summary>
    public void AddMessage(long line, Column column, string message, string expected)
    {
        const string marker = ": expected ";
        var cut = message.IndexOf(marker, StringComparison.Ordinal);
        if (cut >= 0)
        {
            expected = message[(cut + marker.Length)..];
            message = message[..cut];
        }

        Add(line, column.Number, $"{column.Header}: {message}", expected);
    }

    public void Add(long line, Column column, string problem, string expected) =>
        Add(line, column.Number, $"{column.Header}: {problem}", expected);
}
