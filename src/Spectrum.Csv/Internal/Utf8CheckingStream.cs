namespace Spectrum.Csv.Internal;

/// <summary>
/// A read-only stream over a data file that lets through only well-formed UTF-8 text. At the first byte that is not
/// (a UTF-16 byte-order mark, a NUL byte, an invalid UTF-8 sequence) it stops at the end of the last whole line before
/// it and records the <see cref="Problem"/>, so that the CSV parser sees only the lines it can trust. A UTF-8 byte-order
/// mark is skipped.
/// </summary>
internal sealed class Utf8CheckingStream(Stream inner) : Stream
{
    private const string SaveAsUtf8 = "UTF-8 text (save the file as UTF-8)";

    // As much of the start as tools such as git look at to tell text from binary.
    private const int SniffLength = 8000;

    private bool _started;
    private bool _stopped;
    private long _completedLines;
    private int _pending;
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
                Stop(new EncodingProblem(_completedLines + 1,
                    $"not UTF-8 at line {_completedLines + 1}: the file ends inside a multi-byte character", SaveAsUtf8));
            }

            return 0;
        }

        var bad = Check(buffer[..read]);
        if (bad < 0)
        {
            return read;
        }

        _stopped = true;
        return buffer[..bad].LastIndexOf((byte)'\n') + 1;
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

    // Looks at the start of the file: a byte-order mark (UTF-8's is skipped; UTF-16's and UTF-32's stop the file), and
    // NUL bytes, which text never has: UTF-16 without a mark if they alternate with letters, else a binary file.
    private bool Start()
    {
        var head = new byte[SniffLength];
        var length = inner.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            Stop(new EncodingProblem(0, "the file is UTF-16 (or UTF-32) text, with a byte-order mark", SaveAsUtf8));
            return false;
        }

        if (bytes.Contains((byte)0))
        {
            Stop(bytes.Length >= 2 && (bytes[0] == 0) != (bytes[1] == 0)
                ? new EncodingProblem(0, "the file looks like UTF-16 text (NUL bytes between letters)", SaveAsUtf8)
                : new EncodingProblem(0, "binary file: it has NUL bytes, which text never has", "a CSV text file in UTF-8"));
            return false;
        }

        _prefix = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..].ToArray() : bytes.ToArray();
        return true;
    }

    // Returns the index of the first byte that is not valid UTF-8 text, or -1; counts the lines before it.
    private int Check(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (_pending == 0)
            {
                var rest = bytes[i..];
                var skip = rest.IndexOfAnyExceptInRange((byte)0x01, (byte)0x7F);
                if (skip < 0)
                {
                    _completedLines += rest.Count((byte)'\n');
                    return -1;
                }

                _completedLines += rest[..skip].Count((byte)'\n');
                i += skip;
                var lead = bytes[i];
                (_pending, _low, _high) = lead switch
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
                    Stop(lead == 0 ? NulProblem() : NotUtf8(lead));
                    return i;
                }
            }
            else
            {
                var next = bytes[i];
                if (next < _low || next > _high)
                {
                    Stop(NotUtf8(next));
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

    private EncodingProblem NotUtf8(byte found)
    {
        var line = _completedLines + 1;
        return new EncodingProblem(line, $"not UTF-8 at line {line} (byte 0x{found:X2})", SaveAsUtf8);
    }

    private EncodingProblem NulProblem()
    {
        var line = _completedLines + 1;
        return new EncodingProblem(line, $"binary file: a NUL byte at line {line}", "a CSV text file in UTF-8");
    }

    private void Stop(EncodingProblem problem)
    {
        _stopped = true;
        Problem ??= problem;
    }
}

/// <summary>Why a file cannot be read as UTF-8 text; <paramref name="Line"/> is 0 when it is the whole file.</summary>
internal sealed record EncodingProblem(long Line, string Problem, string Expected);
