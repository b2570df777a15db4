using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Spectrum.Csv.Internal;

/// <summary>
/// One delimited text file read as a stream of rows: the header line, then one row per line. It finds the delimiter
/// from the header, checks the encoding, and reports every structural problem (wrong field count, unbalanced or stray
/// quotes) to the <see cref="ErrorList"/>, yielding only the rows whose fields can be trusted. Line numbers are
/// physical lines of the file, 1 being the header.
/// </summary>
internal sealed class DelimitedFile : IDisposable
{
    /// <summary>A longer field stops the file: it is not a table, and reading on would hold it all in memory.</summary>
    internal const int MaxFieldLength = 100_000;

    /// <summary>A header naming more columns is not one of a table: a data file has a dozen.</summary>
    internal const int MaxColumns = 1_000;

    private const char ByteOrderMark = '\uFEFF';

    private static readonly char[] Delimiters = ['\t', ';', ','];

    private readonly Utf8CheckingStream _stream;
    private readonly StreamReader _reader;
    private bool _fieldTooLong;

    private DelimitedFile(Stream stream, ErrorList errors)
    {
        _stream = new Utf8CheckingStream(stream);
        _reader = new StreamReader(_stream, new UTF8Encoding(false, false), false, 1 << 16);
        Errors = errors;
    }

    public ErrorList Errors { get; }

    public string FileName => Errors.File;

    /// <summary>The header's column names, trimmed; empty when the file has no usable header (an error says why).</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    public char Delimiter { get; private set; } = ',';

    /// <summary>Data rows read so far, including those with errors.</summary>
    public int RowCount { get; private set; }

    public static DelimitedFile Open(Stream stream, ErrorList errors)
    {
        var file = new DelimitedFile(stream, errors);
        file.ReadHeader();
        return file;
    }

    /// <summary>
    /// The data rows, each valid only until the next is read. After the last: the encoding problem that stopped the
    /// file, if any, or "no rows" for a file that has only its header.
    /// </summary>
    public IEnumerable<Row> Rows()
    {
        if (Header.Count == 0)
        {
            yield break;
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Delimiter.ToString(),
            HasHeaderRecord = false,
            Mode = CsvMode.RFC4180,
            // A quote left open would otherwise swallow the following lines into one field: with this, a record ends at
            // the end of its line whatever the quotes. CsvHelper notices bad quoting only when a field is read, and
            // only some of it, so the quoting of each line is checked here instead (FindQuoteProblem).
            LineBreakInQuotedFieldIsBadData = true,
            BadDataFound = null,
            IgnoreBlankLines = true,
            MaxFieldSize = MaxFieldLength,
            // With the default 4,096 characters the parser alone took over 1 s for 20 MB of rows; with 64 K, under 0.2 s.
            BufferSize = 1 << 16,
        };
        using var parser = new CsvParser(_reader, config, leaveOpen: true);
        while (TryRead(parser))
        {
            // Each record is one physical line (see LineBreakInQuotedFieldIsBadData); Row counts blank lines too.
            var line = parser.Row + 1;
            if (_stream.Problem is { } stop && line >= stop.Line)
            {
                break;
            }

            RowCount++;
            var raw = parser.RawRecord;
            if (raw.Contains('"', StringComparison.Ordinal) && FindQuoteProblem(raw) is { } quote)
            {
                Errors.Add(line, quote.Column, quote.Problem, quote.Expected);
                continue;
            }

            if (parser.Count != Header.Count)
            {
                Errors.Add(line, 0,
                    $"the row has {parser.Count} {Plural(parser.Count, "field")}, the header has {Header.Count}",
                    $"{Header.Count} fields separated by {DelimiterName(Delimiter)}");
                continue;
            }

            yield return new Row(parser, line);
        }

        if (_stream.Problem is { } problem)
        {
            AddProblem(problem, Delimiter);
        }
        else if (RowCount == 0 && !_fieldTooLong)
        {
            Errors.Add(0, 0, "no rows: the file has a header line only", "one row per line after the header");
        }
    }

    public void Dispose() => _reader.Dispose();

    internal static string DelimiterName(char delimiter) => delimiter switch
    {
        '\t' => "tabs",
        ';' => "semicolons",
        _ => "commas",
    };

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";

    private void ReadHeader()
    {
        var line = ReadHeaderLine();
        if (line is null || (line.Trim().Length == 0 && _reader.Peek() < 0))
        {
            if (_stream.Problem is { } problem)
            {
                AddProblem(problem, null);
            }
            else
            {
                Errors.Add(0, 0, "the file is empty", "a header line naming the columns, then one row per line");
            }

            return;
        }

        if (line.Trim().Length == 0)
        {
            Errors.Add(1, 0, "line 1 is empty", "a header line naming the columns");
            return;
        }

        Delimiter = DetectDelimiter(line);
        if (line.Length > MaxFieldLength)
        {
            // Cut where reading stopped: what was read tells whether it is a header of too many columns.
            var columns = line.Count(c => c == Delimiter) + 1;
            Errors.Add(1, 0,
                columns > MaxColumns
                    ? $"the header has more than {MaxColumns:N0} columns in its first {MaxFieldLength:N0} characters: this is not a header"
                    : $"line 1 is longer than {MaxFieldLength:N0} characters: this is not a header",
                $"a header line naming the columns (at most {MaxColumns:N0})");
            return;
        }

        if (FindQuoteProblem(line) is { } quote)
        {
            Errors.Add(1, quote.Column, quote.Problem, quote.Expected);
            return;
        }

        var header = SplitHeader(line);
        if (header.Length > MaxColumns)
        {
            Errors.Add(1, 0, $"the header has {header.Length:N0} columns, more than {MaxColumns:N0}: this is not a header",
                $"a header line naming the columns (at most {MaxColumns:N0})");
            return;
        }

        // A second byte-order mark (a file saved twice, or two files joined) hides in a column name and makes it
        // another column: say so rather than report the column missing, or ignore it as an extra one.
        var marked = Array.FindIndex(header, name => name.Contains(ByteOrderMark, StringComparison.Ordinal));
        if (marked >= 0)
        {
            var name = header[marked].Replace(ByteOrderMark.ToString(), "", StringComparison.Ordinal);
            Errors.Add(1, marked + 1, $"column {marked + 1} ('{name}') has a byte-order mark (U+FEFF) in its name",
                "one byte-order mark at most, at the very start of the file (save the file as UTF-8)");
            return;
        }

        Header = header;
    }

    // An encoding problem at its line, and at the field of the bad byte where the start of its line is known.
    private void AddProblem(EncodingProblem problem, char? delimiter)
    {
        var field = 0;
        if (problem.LineBefore is { } bytes)
        {
            var before = new UTF8Encoding(false, false).GetString(bytes);
            field = FieldAt(before, delimiter ?? DetectDelimiter(before));
        }

        Errors.Add(problem.Line, field, problem.Problem, problem.Expected);
    }

    // The 1-based field the end of a line's text is in: one more than the delimiters outside quotes before it.
    private static int FieldAt(string text, char delimiter)
    {
        var field = 1;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                field++;
            }
        }

        return field;
    }

    // Like ReadLine, but a line with no end in sight (not a text table) is cut rather than held whole in memory.
    private string? ReadHeaderLine()
    {
        var line = new StringBuilder();
        while (line.Length <= MaxFieldLength)
        {
            var c = _reader.Read();
            if (c < 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (c == '\n')
            {
                break;
            }

            if (c == '\r')
            {
                if (_reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                break;
            }

            line.Append((char)c);
        }

        return line.ToString();
    }

    private bool TryRead(CsvParser parser)
    {
        try
        {
            return parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            // The fields before it are complete: it is the next one.
            var field = parser.Count + 1;
            Errors.Add(parser.Row + 1, field,
                $"field {field}{HeaderName(field)} is longer than {MaxFieldLength:N0} characters: this is not a table",
                $"fields of at most {MaxFieldLength:N0} characters (a footnote text has a few thousand)");
            _fieldTooLong = true;
            return false;
        }
    }

    // The delimiter is the candidate found most often outside quotes in the header; a tie goes to tab, then semicolon.
    private static char DetectDelimiter(string header)
    {
        var counts = new int[Delimiters.Length];
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && Array.IndexOf(Delimiters, c) is var k and >= 0)
            {
                counts[k]++;
            }
        }

        var best = 2;
        for (var k = 0; k < Delimiters.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return Delimiters[best];
    }

    private string[] SplitHeader(string line)
    {
        var names = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == Delimiter && !quoted)
            {
                names.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        names.Add(field.ToString().Trim());
        return [.. names];
    }

    /// <summary>
    /// The first quoting mistake in one line, as RFC 4180 reads it: a quoted field not closed before the end of the
    /// line, a quote inside an unquoted field, or text after a closing quote. Null when the line is well quoted.
    /// </summary>
    private QuoteProblem? FindQuoteProblem(string record)
    {
        var text = record.TrimEnd('\r', '\n');
        var field = 1;
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var opened = i;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return new QuoteProblem(field,
                            $"unbalanced quote: the quote that opens field {field}{HeaderName(field)} at character {opened + 1} is not closed on this line",
                            "a closing quote on the same line (a field cannot hold a line break)");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    i++;
                }

                if (i < text.Length && text[i] != Delimiter)
                {
                    return new QuoteProblem(field,
                        $"field {field}{HeaderName(field)} has text after its closing quote",
                        "the whole field in quotes, each quote inside it doubled (\"\")");
                }
            }
            else
            {
                while (i < text.Length && text[i] != Delimiter)
                {
                    if (text[i] == '"')
                    {
                        return new QuoteProblem(field,
                            $"field {field}{HeaderName(field)} has a quote inside an unquoted value",
                            "the whole field in quotes, each quote inside it doubled (\"\")");
                    }

                    i++;
                }
            }

            if (i >= text.Length)
            {
                return null;
            }

            i++;
            field++;
        }
    }

    private string HeaderName(int field) =>
        field <= Header.Count ? $" ('{Header[field - 1]}')" : Header.Count == 0 ? "" : " (beyond the header)";

    private sealed record QuoteProblem(int Column, string Problem, string Expected);
}

/// <summary>One data row of a <see cref="DelimitedFile"/>: its physical line and its fields, trimmed.</summary>
internal readonly struct Row(CsvParser parser, int line)
{
    public int Line => line;

    public string this[Column column] => column.IsPresent ? parser[column.Index].Trim() : "";
}
