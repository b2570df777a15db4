using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectrum.Cli;
using Spectrum.Csv;
using Spectrum.PostGis.Import;

namespace Spectrum.Benchmarks;

/// <summary>
/// The web API under load (<c>-- api</c>): the shipped data and synthetic national tables of <c>--rows</c>
/// allocations (default 1 000 000) in the benchmark store, <c>spectrum serve</c> in this process (the Release build
/// of the program), and <c>wrk</c> (Debian package wrk) sending <c>GET /api/query?range=…&amp;country=…</c> from
/// <c>--connections</c> clients (default 32) for <c>--seconds</c> (default 30), after a 10 s warm-up. Each request
/// is a random range (the query benchmarks' ranges) in a random listed country, cycling through 2 000 seeded pairs.
/// First every pair is asked once from <c>--connections</c> clients of this process, before any answer is kept (the
/// cost of answering from the store); then wrk asks them again and again, every answer kept (the steady state). wrk
/// reports the latency percentiles; p50 and p99 are printed with the throughput.
/// </summary>
internal static partial class ApiLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = Option(args, "--rows", 1_000_000);
        var connections = Option(args, "--connections", 32);
        var seconds = Option(args, "--seconds", 30);
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("wrk is not installed: apt-get install wrk (Debian package wrk)");

        var clock = Stopwatch.StartNew();
        await new StoreImporter(BenchStore.DataSource).ImportAsync(ImportPlan.Read([BenchStore.Data]).Build(), CancellationToken.None);
        await new StoreImporter(BenchStore.DataSource).ImportAsync(
            new ImportBatch(null, [], SyntheticTables.Generate(rows, BenchStore.Countries)), CancellationToken.None);
        await BenchStore.ExecuteAsync("VACUUM ANALYZE");
        var stored = await CountAsync();
        Console.WriteLine($"store: {stored} allocations ({rows} synthetic national rows and the shipped data), loaded in {clock.Elapsed.TotalSeconds:0} s");

        var folder = Directory.CreateTempSubdirectory("spectrum-api-load-").FullName;
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        using var stop = new CancellationTokenSource();
        var quiet = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var server = Task.Run(() => SpectrumApp.RunAsync(["serve", "--db", BenchStore.Server.ConnectionString, "--urls", address], stop.Token, quiet, quiet));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var paths = Paths(2_000);
            await WaitUntilServingAsync(http, server);
            // The first pass over the pairs, from as many clients: every answer is computed from the store (none is
            // kept yet), and every one must be 200 with rows.
            var first = await FirstPassAsync(http, paths, connections);
            Console.WriteLine($"GET /api/query, range + country, {stored} allocations, {connections} client(s), first pass over {paths.Count} questions (none kept): "
                + $"p50 {first.P50:0.0} ms, p99 {first.P99:0.0} ms, {first.PerSecond:0} requests/s, every answer 200");

            var list = Path.Combine(folder, "paths.txt");
            await File.WriteAllLinesAsync(list, paths);
            var script = Path.Combine(folder, "paths.lua");
            await File.WriteAllTextAsync(script, $$"""
                local paths = {}
                for line in io.lines("{{list}}") do paths[#paths + 1] = line end
                local i = math.random(#paths)
                request = function()
                  i = i % #paths + 1
                  return wrk.format("GET", paths[i])
                end
                """);
            // Then the steady state, every answer kept: the clients asked for, then one client alone.
            foreach (var clients in new[] { connections, 1 })
            {
                var threads = Math.Min(clients, Environment.ProcessorCount);
                await WrkAsync(wrk, ["-t", $"{threads}", "-c", $"{clients}", "-d", "10s", "-s", script, address]);
                var report = await WrkAsync(wrk, ["-t", $"{threads}", "-c", $"{clients}", "-d", $"{seconds}s", "--latency", "-s", script, address]);
                Console.WriteLine(report);
                var percentile = (string p) => Percentile().Matches(report).First(m => m.Groups["p"].Value == p).Groups["value"].Value;
                Console.WriteLine($"GET /api/query, range + country, {stored} allocations, {clients} client(s), wrk -t{threads}: "
                    + $"p50 {percentile("50")}, p99 {percentile("99")}, {RequestsPerSecond().Match(report).Groups["value"].Value} requests/s"
                    + (NonSuccess().Match(report) is { Success: true } bad ? $", {bad.Groups["value"].Value} non-2xx answers" : ", every answer 200"));
            }

            return 0;
        }
        finally
        {
            await stop.CancelAsync();
            await server;
            Directory.Delete(folder, recursive: true);
        }
    }

    // Random ranges as the query benchmarks draw them, each in a random listed country; seeded.
    private static List<string> Paths(int count)
    {
        var random = new Random(2023);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var range = BenchStore.RandomRange(random);
            var country = BenchStore.Countries[random.Next(BenchStore.Countries.Count)];
            return $"/api/query?range={Uri.EscapeDataString(range.ToString())}&country={country}";
        })];
    }

    // Each client asks the next question not yet asked; the latencies are those of single requests.
    private static async Task<(double P50, double P99, double PerSecond)> FirstPassAsync(HttpClient http, List<string> paths, int clients)
    {
        var latencies = new double[paths.Count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < paths.Count; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(paths[i]);
                var body = await response.Content.ReadAsStringAsync();
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK || !body.StartsWith("[{", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{paths[i]}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                }
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return (latencies[(int)(0.50 * (latencies.Length - 1))], latencies[(int)(0.99 * (latencies.Length - 1))], paths.Count / elapsed);
    }

    private static async Task WaitUntilServingAsync(HttpClient http, Task<int> server)
    {
        for (var tries = 0; tries < 600; tries++)
        {
            if (server.IsCompleted)
            {
                throw new InvalidOperationException($"spectrum serve ended with exit code {await server}");
            }

            try
            {
                using var response = await http.GetAsync("/api/editions");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("spectrum serve did not answer within 60 s");
    }

    private static async Task<string> WrkAsync(string wrk, IEnumerable<string> args)
    {
        using var process = Process.Start(new ProcessStartInfo(wrk, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"wrk failed: {await error}{await output}");
    }

    private static async Task<long> CountAsync()
    {
        await using var command = BenchStore.DataSource.CreateCommand("SELECT count(*) FROM allocation");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    [GeneratedRegex(@"^\s+(?<p>50|75|90|99)%\s+(?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Percentile();

    [GeneratedRegex(@"Requests/sec:\s+(?<value>\S+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(?<value>\d+)")]
    private static partial Regex NonSuccess();
}
