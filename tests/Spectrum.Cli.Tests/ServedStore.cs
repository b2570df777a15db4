using System.Diagnostics;
using System.Text;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>
/// The shipped data imported into a database of its own (<see cref="ImportedStore"/>) and a real <c>spectrum serve</c>
/// process answering from it on a free loopback port, with an <see cref="HttpClient"/> on its address. The process is
/// stopped at the end.
/// </summary>
public sealed class ServedStore(PostGisFixture fixture) : IAsyncLifetime
{
    private Process? server;
    private Task<string>? errors;

    public ImportedStore Store { get; } = new(fixture);

    public CommandLine Spectrum => Store.Spectrum;

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Store.InitializeAsync();
        (server, Address, errors) = await StartAsync(Spectrum, "--urls", "http://127.0.0.1:0", "--brief", Path.Combine(Spectrum.Home, "brief"));
        Http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>
    /// Starts <c>spectrum serve</c> with the arguments and waits for the address it prints ("Listening on …"); a server
    /// that ends first fails the test with what it wrote on standard error.
    /// </summary>
    public static async Task<(Process Process, Uri Address, Task<string> Errors)> StartAsync(CommandLine spectrum, params string[] args)
    {
        var process = spectrum.Start(["serve", .. args]);
        var errors = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var seen = new StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(guard.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.StartsWith("Listening on ", StringComparison.Ordinal))
            {
                // Keep reading what it prints, so that a full pipe never blocks it.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return (process, new Uri(line["Listening on ".Length..].Split(' ')[0].TrimEnd('/') + "/"), errors);
            }
        }

        await process.WaitForExitAsync(CancellationToken.None);
        throw new InvalidOperationException($"spectrum serve ended with exit code {process.ExitCode} before listening: {seen}{await errors}");
    }

    /// <summary>What the server wrote on standard error so far is only known at its end; this stops it and returns it.</summary>
    public async Task<string> StopAsync()
    {
        if (server is null)
        {
            return "";
        }

        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
        server.Dispose();
        server = null;
        return await errors!;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        await StopAsync();
        await Store.DisposeAsync();
    }
}
