using System.Diagnostics;
using System.Text;
using Spectrum.Csv;
using Xunit.Abstractions;

namespace Spectrum.Tests.Csv;

/// <summary>
/// Hostile files of 200 MB are read in bounded memory: the live heap grows by a few MB while reading, whatever the size
/// of the file, because no line longer than <see cref="DataFileReader.MaxLineLength"/> and no field longer than
/// <see cref="DataFileReader.MaxFieldLength"/> is held, and errors beyond <see cref="DataFileReader.ErrorLimit"/> are
/// only counted. The files are written to a temporary folder and deleted afterwards.
/// </summary>
[Collection(Serial.Name)]
public class HostileLargeFileTests(ITestOutputHelper output)
{
    /// <summary>200 MiB: a little over 200 MB.</summary>
    private const long FileSize = 200L << 20;

    /// <summary>What reading may add to the live heap: buffers, one line at most, the errors kept. Far below the file.</summary>
    private const long HeapGrowthLimit = 6_000_000;

    private const string Header = "table,edition,area,lower_hz,upper_hz,service,status,footnotes,source,confidence";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public Task A_line_of_200_MB_without_a_line_end_stops_at_the_line_limit_in_bounded_memory() =>
        AssertStopsWithOneError($"{Header}\n", "x,"u8.ToArray(),
            (2, 0), $"line 2 is longer than {DataFileReader.MaxLineLength:N0} bytes: this is not a row of a table");

    [Fact]
    public Task A_quoted_field_that_never_closes_over_200_MB_stops_at_the_field_limit_in_bounded_memory() =>
        AssertStopsWithOneError($"{Header}\nITU Region 1,RR-2012,R1,9000,14000,Radionavigation,primary,,\"never closed", ", never closed"u8.ToArray(),
            (2, 9), $"field 9 ('source') is longer than {DataFileReader.MaxFieldLength:N0} characters: this is not a table");

    [Fact]
    public async Task A_file_of_200_MB_of_bad_rows_is_read_to_its_end_in_bounded_memory_with_every_error_counted()
    {
        // Rows of three mistakes in turn: a field missing, a quote inside a value, a confidence that is none.
        string[] bad =
        [
            "ITU Region 1,RR-2012,R1,9000,14000,Radionavigation,primary,,ITU RR 2012 Art. 5\n",
            "ITU Region 1,RR-2012,R1,9000,14000,Radio\"navigation,primary,,ITU RR 2012 Art. 5,high\n",
            "ITU Region 1,RR-2012,R1,9000,14000,Radionavigation,primary,,ITU RR 2012 Art. 5,certain\n",
        ];
        var block = new StringBuilder();
        var rowsPerBlock = 0;
        while (block.Length + bad[rowsPerBlock % 3].Length <= 1 << 20)
        {
            block.Append(bad[rowsPerBlock % 3]);
            rowsPerBlock++;
        }

        using var folder = new TempFolder();
        var path = Write(folder, $"{Header}\n", Encoding.UTF8.GetBytes(block.ToString()));
        var blocks = (new FileInfo(path).Length - Header.Length - 1) / block.Length;

        var import = await ReadMeasured(path, sampleEvery: 64);

        Assert.Equal(blocks * rowsPerBlock, import.Rows);
        Assert.Equal(import.Rows, import.ErrorCount);
        Assert.Equal(DataFileReader.ErrorLimit, import.Errors.Count);
        Assert.Equal([0, 6, 10], import.Errors.Take(3).Select(e => e.Column));
        Assert.Empty(((AllocationTableImport)import).Values);
    }

    // A file of 200 MB that stops reading within its first MB: one error, at its place, and memory sampled at every read.
    private async Task AssertStopsWithOneError(string head, byte[] unit, (int Line, int Column) at, string problem)
    {
        using var folder = new TempFolder();
        var import = await ReadMeasured(Write(folder, head, unit), sampleEvery: 1);

        var error = Assert.Single(import.Errors);
        Assert.Equal(at, (error.Line, error.Column));
        Assert.Equal(problem, error.Problem);
        Assert.Equal(1, import.ErrorCount);
    }

    /// <summary>
    /// Writes <paramref name="head"/>, then <paramref name="unit"/> again and again in large buffered writes until
    /// the file holds <see cref="FileSize"/> bytes or more.
    /// </summary>
    private static string Write(TempFolder folder, string head, ReadOnlySpan<byte> unit)
    {
        var chunk = new byte[(1 << 20) / unit.Length * unit.Length];
        for (var at = 0; at < chunk.Length; at += unit.Length)
        {
            unit.CopyTo(chunk.AsSpan(at));
        }

        var path = Path.Combine(folder.Path, "hostile.csv");
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
        file.Write(Encoding.UTF8.GetBytes(head));
        while (file.Length < FileSize)
        {
            file.Write(chunk);
        }

        return path;
    }

    /// <summary>
    /// Imports the file before the deadline, and asserts that the live heap, sampled at every
    /// <paramref name="sampleEvery"/>th read of the file (every read where reading stops within the first MB), grew by
    /// less than the limit, and that every error is clear.
    /// </summary>
    private async Task<DataFileImport> ReadMeasured(string path, int sampleEvery)
    {
        var size = new FileInfo(path).Length;
        Assert.True(size >= 200_000_000, $"the file has {size:N0} bytes");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var read = Task.Run(() =>
        {
            using var stream = new HeapSamplingStream(File.OpenRead(path), sampleEvery);
            return (Import: DataFileReader.Import(stream, path), stream.PeakLiveHeap);
        });
        var (import, peak) = await read.WaitAsync(Deadline);
        clock.Stop();

        var growth = peak - heapBefore;
        output.WriteLine($"{size / 1_000_000.0:F0} MB: {import.Rows:N0} rows, {import.ErrorCount:N0} errors, read in {clock.ElapsedMilliseconds:N0} ms, "
            + $"live heap at its peak {growth / 1_000_000.0:+0.0;-0.0} MB from its size before reading");
        Assert.True(growth < HeapGrowthLimit, $"the live heap grew by {growth / 1_000_000.0:F1} MB while reading");
        Assert.False(import.IsValid);
        Assert.All(import.Errors, error => HostileCorpusTests.AssertClear(error, path));
        return import;
    }
}
