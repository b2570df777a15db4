namespace Spectrum.Csv.Internal;

/// <summary>The errors of one file, in the order found: the first <c>limit</c> are kept, the rest only counted.</summary>
internal sealed class ErrorList(string file, int limit)
{
    /// <summary>The longest problem or expectation kept whole.</summary>
    internal const int MaxTextLength = 400;

    private const int KeptHead = 200;
    private const int KeptTail = 150;

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
            _kept.Add(new ImportError(file, checked((int)line), column, Shorten(problem), Shorten(expected)));
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

    /// <summary>
    /// A text of at most <see cref="MaxTextLength"/> characters: a longer one (a huge cell quoted in it) keeps its start
    /// and its end, which say where and what is wrong, and says how much of its middle it leaves out.
    /// </summary>
    internal static string Shorten(string text)
    {
        if (text.Length <= MaxTextLength)
        {
            return text;
        }

        var head = KeptHead - (char.IsHighSurrogate(text[KeptHead - 1]) ? 1 : 0);
        var tail = text.Length - KeptTail + (char.IsLowSurrogate(text[^KeptTail]) ? 1 : 0);
        return $"{text[..head]}… ({tail - head:N0} characters left out) …{text[tail..]}";
    }
}
