using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Npgsql;
using Spectrum.PostGis.Import;

namespace Spectrum.Benchmarks;

/// <summary>
/// Writing synthetic national tables into an emptied store: the import's binary COPY, against <c>psql \copy</c> of the
/// same rows into the same schema (the reference a client cannot beat by much), each in one transaction.
/// </summary>
[BulkJob(5)]
[RowsPerOperation]
public class CopyBenchmarks
{
    private IReadOnlyList<AllocationTable> tables = [];
    private string copyFile = "";
    private string script = "";

    [Params(10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        tables = SyntheticTables.Generate(Rows, BenchStore.Countries);
        var stem = Path.Combine("/var/tmp", $"spectrum-bench-{Environment.ProcessId}-{Rows}");
        copyFile = stem + ".copy";
        script = stem + ".sql";
        WritePsqlInput();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(copyFile);
        File.Delete(script);
    }

    [IterationSetup]
    public void Empty() => BenchStore.ClearAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "spectrum import (binary COPY)", Baseline = true)]
    public async Task<long> Import() =>
        (await new StoreImporter(BenchStore.DataSource).ImportAsync(new ImportBatch(null, [], tables), CancellationToken.None)).Allocations;

    [Benchmark(Description = "psql \\copy, same rows")]
    public async Task PsqlCopy()
    {
        var connection = new NpgsqlConnectionStringBuilder(BenchStore.Server.ConnectionString);
        var start = new ProcessStartInfo("psql",
            ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture),
             "-U", connection.Username!, "-d", connection.Database!, "-f", script])
        {
            RedirectStandardError = true,
        };
        using var psql = Process.Start(start)!;
        var error = await psql.StandardError.ReadToEndAsync();
        await psql.WaitForExitAsync();
        if (psql.ExitCode != 0)
        {
            throw new InvalidOperationException("psql failed: " + error);
        }
    }

    // The same tables and rows as the import writes, in COPY's text format, with the table ids the emptied store's
    // sequence would give them.
    private void WritePsqlInput()
    {
        var sql = new StringBuilder("BEGIN;\nINSERT INTO allocation_table (id, name, edition, area_code) VALUES\n");
        sql.AppendJoin(",\n", tables.Select((t, i) => $"({i + 1}, '{t.Name}', '{t.Edition}', '{t.Area}')"));
        sql.Append(";\nSELECT setval('allocation_table_id_seq', ").Append(tables.Count).Append(");\n");
        sql.Append("\\copy allocation (table_id, range, service, status, footnotes, source, confidence, marks) from '")
            .Append(copyFile).Append("'\nCOMMIT;\n");
        File.WriteAllText(script, sql.ToString());

        using var writer = new StreamWriter(copyFile, false, new UTF8Encoding(false), 1 << 16);
        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var a in tables[t].Allocations)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{t + 1}\t[{a.Range.LowerHz},{a.Range.UpperHz})\t{a.Service.Name}\t{Terms.Of(a.Status)}\t{{{string.Join(',', Terms.Of(a.Footnotes))}}}\t{a.Provenance.Source}\t{Terms.Of(a.Provenance.Confidence)}\t{Terms.MarksJson(a.Marks)}\n"));
            }
        }
    }
}
