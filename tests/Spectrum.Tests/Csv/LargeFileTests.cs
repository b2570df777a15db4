using System.Diagnostics;
using System.Globalization;
using System.Text;
using Spectrum.Csv;
using Xunit.Abstractions;

namespace Spectrum.Tests.Csv;

/// <summary>A large file is streamed: bounded memory, seconds not minutes, errors capped with a count of the rest.</summary>
[Collection(Serial.Name)]
public class LargeFileTests(ITestOutputHelper output)
{
    private const int TargetBytes = 15 * 1024 * 1024;

    [Fact]
    public void A_15_MB_file_of_random_rows_is_read_in_seconds_and_bounded_memory_with_errors_capped()
    {
        using var folder = new TempFolder();
        var (path, badRows) = WriteRandomTable(folder, seed: 2023);
        Assert.True(new FileInfo(path).Length >= TargetBytes);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        AllocationTableImport import;
        using (var stream = new HeapSamplingStream(File.OpenRead(path)))
        {
            import = new AllocationTableReader().Import(stream, path);
            clock.Stop();
            // What the reader holds while reading stays small: the file as text would be 30 MB.
            var growth = stream.PeakLiveHeap - heapBefore;
            output.WriteLine($"{new FileInfo(path).Length / 1_000_000.0:F1} MB, {import.Rows} rows, {import.ErrorCount} errors: "
                + $"read in {clock.ElapsedMilliseconds} ms, live heap grew by at most {growth / 1_000_000.0:F1} MB");
            Assert.True(growth < 4_000_000, $"the live heap grew by {growth / 1_000_000.0:F1} MB while reading");
        }

        Assert.False(import.IsValid);
        Assert.Equal(badRows, import.ErrorCount);
        Assert.Equal(DataFileReader.ErrorLimit, import.Errors.Count);
        Assert.Empty(import.Values);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");

        var exception = Assert.Throws<ImportException>(() => new AllocationTableReader().Read(path));
        Assert.Equal(badRows, exception.TotalCount);
        Assert.EndsWith($"… and {badRows - DataFileReader.ErrorLimit} more errors", exception.Message);
    }

    [Fact]
    public void A_15_MB_file_of_valid_rows_is_read_whole()
    {
        using var folder = new TempFolder();
        var (path, rows) = WriteRandomTable(folder, seed: 19, badShare: 0);

        var clock = Stopwatch.StartNew();
        var tables = new AllocationTableReader().Read(path);
        clock.Stop();

        Assert.Equal(rows, tables.Sum(t => t.Allocations.Count + t.BandFootnotes.Count));
        output.WriteLine($"{rows} valid rows read in {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    /// <summary>
    /// Writes random rows (random bands, services, statuses and footnotes over three tables) until the file holds
    /// 15 MB; about one row in <paramref name="badShare"/> has one mistake. Returns the number of bad rows, or of all
    /// rows when none is bad.
    /// </summary>
    private static (string Path, int Count) WriteRandomTable(TempFolder folder, int seed, int badShare = 50)
    {
        var random = new Random(seed);
        var services = ServiceKinds.Names.ToArray();
        string[] statuses = ["p", "s", "primary", "secondary"];
        string[] tables = ["ITU Region 1", "ITU Region 2", "ITU Region 3"];
        var path = Path.Combine(folder.Path, "random.csv");
        var rows = 0;
        var bad = 0;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("table,lower_hz,upper_hz,service,status,footnotes,source,confidence\n");
            var line = new StringBuilder();
            while (writer.BaseStream.Length + line.Length < TargetBytes)
            {
                var lower = random.NextInt64(0, 300_000_000_000);
                var upper = lower + random.NextInt64(1, 1_000_000_000);
                var service = random.Next(10) == 0 ? "-" : services[random.Next(services.Length)];
                var footnotes = string.Join(' ', Enumerable.Range(0, random.Next(4)).Select(_ => $"5.{random.Next(100, 566)}"));
                var fields = new[]
                {
                    tables[random.Next(tables.Length)],
                    lower.ToString(CultureInfo.InvariantCulture),
                    upper.ToString(CultureInfo.InvariantCulture),
                    service,
                    statuses[random.Next(statuses.Length)],
                    footnotes,
                    "\"random, generated\"",
                    "medium",
                };
                if (badShare > 0 && random.Next(badShare) == 0)
                {
                    bad++;
                    switch (random.Next(4))
                    {
                        case 0: fields[1] = "x" + fields[1]; break;
                        case 1: (fields[1], fields[2]) = (fields[2], fields[1]); break;
                        case 2: fields[3] = service == "-" ? "Fixd" : service + "z"; break;
                        default: fields[5] = "5.x"; break;
                    }
                }

                line.Append(string.Join(',', fields)).Append('\n');
                rows++;
                if (line.Length > 1 << 16)
                {
                    writer.Write(line);
                    line.Clear();
                }
            }

            writer.Write(line);
        }

        return (path, badShare > 0 ? bad : rows);
    }
}

/// <summary>A stream that notes the largest live managed heap seen at every <paramref name="every"/>th of its reads.</summary>
internal sealed class HeapSamplingStream(Stream inner, int every = 16) : Stream
{
    private int _reads;

    public long PeakLiveHeap { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_reads++ % every == 0)
        {
            PeakLiveHeap = Math.Max(PeakLiveHeap, GC.GetTotalMemory(forceFullCollection: true));
        }

        return inner.Read(buffer);
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
}
