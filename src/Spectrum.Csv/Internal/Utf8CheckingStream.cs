namespace Spectrum.Csv.Internal;

/// <summary>
/// A read-only stream over a data file that lets through only well-formed UTF-8 text in lines of a bounded length. At
/// the first byte that is not (a UTF-16 or UTF-32 byte-order mark or text, a NUL byte, an invalid UTF-8 sequence), or
/// at the first line longer than <see cref="MaxLineLength"/>, it stops at the end of the last whole line before it and
/// records the <see cref="Problem"/>, so that the CSV parser sees only the lines it can trust and never holds more than
/// one bounded line. A UTF-8 byte-order mark is skipped. Lines end at LF, CRLF or a lone CR (old Mac files).
/// </summary>
internal sealed class Utf8CheckingStream(Stream inner) : Stream
{
    /// <summary>
    /// The longest line let through, in bytes: a row of a table is a few thousand at most, and four fields of the longest
    /// (<see cref="DelimitedFile.MaxFieldLength"/>) fit. It bounds what the parser holds for one line.
    /// </summary>
    internal const int MaxLineLength = 400_000;

    private const string SaveAsUtf8 = "UTF-8 text (save the file as UTF-8)";

    // As much of the start as tools such as git look at to tell text from binary.
    private const int SniffLength = 8000;

    // As much of the start of the current line as is kept to tell which field a bad byte is in.
    private const int KeptLineStart = 1 << 16;

    private readonly byte[] _lineStart = new byte[KeptLineStart];
    private int _lineStartLength;
    private bool _started;
    private bool _stopped;
    private long _completedLines;
    private long _lineLength;
    private bool _afterCr;
    private int _pending;
    private byte _lead;
    private byte _low = 0x80;
    private byte _high = 0xBF;
    private byte[] _prefix = [];
    private int _prefixAt;

    /// <summary>Why reading stopped early, with the 1-based line where the bad byte is; null while all is well.</summary>
    public EncodingProblem? Problem { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_stopped || buffer.IsEmpty)
        {
            return 0;
        }

        if (!_started)
        {
            _started = true;
            if (!Start())
            {
                return 0;
            }
        }

        int read;
        if (_prefixAt < _prefix.Length)
        {
            read = Math.Min(buffer.Length, _prefix.Length - _prefixAt);
            _prefix.AsSpan(_prefixAt, read).CopyTo(buffer);
            _prefixAt += read;
        }
        else
        {
            read = inner.Read(buffer);
        }

        if (read == 0)
        {
            if (_pending > 0)
            {
                var line = _completedLines + 1;
                Stop(new EncodingProblem(line, $"not UTF-8 at line {line}: the file ends inside a multi-byte character", SaveAsUtf8,
                    LineBefore([])));
            }

            return 0;
        }

        var bytes = buffer[..read];
        var bad = FindInvalid(bytes, out var found);
        var tooLong = CountLines(bad < 0 ? bytes : bytes[..bad]);
        if (tooLong >= 0)
        {
            var line = _completedLines + 1;
            Stop(new EncodingProblem(line, $"line {line} is longer than {MaxLineLength:N0} bytes: this is not a row of a table",
                $"one row per line, each at most {MaxLineLength:N0} bytes", null));
            return EndOfLastLine(bytes[..tooLong]);
        }

        if (bad < 0)
        {
            KeepLineStart(bytes);
            return read;
        }

        var before = LineBefore(bytes[..bad]);
        Stop(found == 0 ? NulProblem(before) : NotUtf8(found, before));
        return EndOfLastLine(bytes[..bad]);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static int EndOfLastLine(ReadOnlySpan<byte> bytes) => bytes.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;

    // Looks at the start of the file: a byte-order mark (UTF-8's is skipped; UTF-16's and UTF-32's stop the file), and
    // NUL bytes, which text never has: UTF-16 or UTF-32 without a mark if they stand beside most letters, a binary file
    // if one comes before the first line ends; else a stray NUL is left to stop the file at its line.
    private bool Start()
    {
        var head = new byte[SniffLength];
        var length = inner.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, length);
        if (MarkedEncoding(bytes) is { } marked)
        {
            Stop(new EncodingProblem(0, $"the file is {marked} text, with a byte-order mark", SaveAsUtf8, null));
            return false;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            if (WideEncoding(bytes) is { } wide)
            {
                Stop(new EncodingProblem(0, $"the file looks like {wide} text without a byte-order mark (NUL bytes beside the letters)",
                    SaveAsUtf8, null));
                return false;
            }

            if (bytes[..nul].IndexOfAny((byte)'\n', (byte)'\r') < 0)
            {
                Stop(new EncodingProblem(0, "binary file: it has NUL bytes, which text never has", "a CSV text file in UTF-8", null));
                return false;
            }
        }

        _prefix = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..].ToArray() : bytes.ToArray();
        return true;
    }

    private static string? MarkedEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
        _ => null,
    };

    // UTF-16 or UTF-32 text without a mark: most characters of a table are ASCII, so most of their code units have a
    // NUL in the same place (x 0, 0 x, x 0 0 0, 0 0 0 x).
    private static string? WideEncoding(ReadOnlySpan<byte> bytes)
    {
        int quads = bytes.Length / 4, littleQuads = 0, bigQuads = 0;
        for (var i = 0; i + 3 < bytes.Length; i += 4)
        {
            littleQuads += bytes[i] != 0 && bytes[i + 1] == 0 && bytes[i + 2] == 0 && bytes[i + 3] == 0 ? 1 : 0;
            bigQuads += bytes[i] == 0 && bytes[i + 1] == 0 && bytes[i + 2] == 0 && bytes[i + 3] != 0 ? 1 : 0;
        }

        if (quads > 0 && 2 * Math.Max(littleQuads, bigQuads) >= quads)
        {
            return littleQuads > bigQuads ? "UTF-32 (little-endian)" : "UTF-32 (big-endian)";
        }

        int pairs = bytes.Length / 2, littlePairs = 0, bigPairs = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            littlePairs += bytes[i] != 0 && bytes[i + 1] == 0 ? 1 : 0;
            bigPairs += bytes[i] == 0 && bytes[i + 1] != 0 ? 1 : 0;
        }

        if (pairs > 0 && 2 * Math.Max(littlePairs, bigPairs) >= pairs)
        {
            return littlePairs > bigPairs ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)";
        }

        return null;
    }

    // The index of the first byte that is not valid UTF-8 text (a NUL byte is not text), or -1. found is the byte to
    // report: the NUL, the byte that cannot start a character, or the first byte of a sequence cut short.
    private int FindInvalid(ReadOnlySpan<byte> bytes, out byte found)
    {
        found = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (_pending == 0)
            {
                var skip = bytes[i..].IndexOfAnyExceptInRange((byte)0x01, (byte)0x7F);
                if (skip < 0)
                {
                    return -1;
                }

                i += skip;
                _lead = bytes[i];
                (_pending, _low, _high) = _lead switch
                {
                    >= 0xC2 and <= 0xDF => (1, (byte)0x80, (byte)0xBF),
                    0xE0 => (2, (byte)0xA0, (byte)0xBF),
                    0xED => (2, (byte)0x80, (byte)0x9F),
                    >= 0xE1 and <= 0xEF => (2, (byte)0x80, (byte)0xBF),
                    0xF0 => (3, (byte)0x90, (byte)0xBF),
                    >= 0xF1 and <= 0xF3 => (3, (byte)0x80, (byte)0xBF),
                    0xF4 => (3, (byte)0x80, (byte)0x8F),
                    _ => (0, (byte)0, (byte)0),
                };
                if (_pending == 0)
                {
                    found = _lead;
                    return i;
                }
            }
            else
            {
                var next = bytes[i];
                if (next < _low || next > _high)
                {
                    found = _lead;
                    return i;
                }

                _pending--;
                _low = 0x80;
                _high = 0xBF;
            }

            i++;
        }

        return -1;
    }

    // Counts the lines that end in bytes (LF, CRLF or CR); returns the index at which a line grows longer than
    // MaxLineLength, having counted the lines before it, or -1.
    private int CountLines(ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        while (start < bytes.Length)
        {
            var end = bytes[start..].IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0)
            {
                break;
            }

            end += start;
            if (_lineLength + (end - start) > MaxLineLength)
            {
                return start + (int)(MaxLineLength - _lineLength);
            }

            // The LF of a CRLF ends no other line: its CR did.
            var secondHalf = bytes[end] == '\n' && (end > 0 ? bytes[end - 1] == '\r' : _afterCr);
            if (!secondHalf)
            {
                _completedLines++;
            }

            _lineLength = 0;
            start = end + 1;
        }

        if (bytes.Length > 0)
        {
            _afterCr = bytes[^1] == '\r';
        }

        if (_lineLength + (bytes.Length - start) > MaxLineLength)
        {
            return start + (int)(MaxLineLength - _lineLength);
        }

        _lineLength += bytes.Length - start;
        return -1;
    }

    // Keeps the start of the line that the bytes leave unfinished, up to KeptLineStart bytes.
    private void KeepLineStart(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (end >= 0)
        {
            _lineStartLength = 0;
            bytes = bytes[(end + 1)..];
        }

        var room = KeptLineStart - _lineStartLength;
        bytes[..Math.Min(room, bytes.Length)].CopyTo(_lineStart.AsSpan(_lineStartLength));
        _lineStartLength += Math.Min(room, bytes.Length);
    }

    // The bytes of the current line before the bad byte at the end of bytes; null when they were not all kept.
    private byte[]? LineBefore(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (end >= 0)
        {
            return bytes[(end + 1)..].ToArray();
        }

        // The line so far (counted up to the bad byte) is the part kept from earlier reads and these bytes.
        return _lineLength <= KeptLineStart ? [.. _lineStart.AsSpan(0, _lineStartLength), .. bytes] : null;
    }

    private EncodingProblem NotUtf8(byte found, byte[]? before)
    {
        var line = _completedLines + 1;
        // Most files that are not UTF-8 were saved by a spreadsheet in Windows-1252 (or Latin-1), which agree from 0xA0.
        var hint = found >= 0xA0 ? $", '{(char)found}' in Latin-1 and Windows-1252" : "";
        return new EncodingProblem(line, $"not UTF-8 at line {line} (byte 0x{found:X2}{hint})", SaveAsUtf8, before);
    }

    private EncodingProblem NulProblem(byte[]? before)
    {
        var line = _completedLines + 1;
        return new EncodingProblem(line, $"binary file: a NUL byte at line {line}", "a CSV text file in UTF-8", before);
    }

    private void Stop(EncodingProblem problem)
    {
        _stopped = true;
        Problem ??= problem;
    }
}

/// <summary>
/// Why a file cannot be read as UTF-8 text in lines; <paramref name="Line"/> is 0 when it is the whole file.
/// <paramref name="LineBefore"/> holds the bytes of the line before the bad byte, to tell its field; null when the
/// problem is not a byte, or the line was too long to keep.
/// </summary>
internal sealed record EncodingProblem(long Line, string Problem, string Expected, byte[]? LineBefore);
