using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;

namespace Spectrum.Cli;

/// <summary>
/// The `spectrum` program: every service registration and every verb, in one place.
/// Exit codes: 0 success, 1 a command found invalid data, 2 bad input on the command line or a failure.
/// </summary>
public static class SpectrumApp
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        Register(builder.Services);

        var app = new CommandApp(new TypeRegistrar(builder.Services));
        app.Configure(Configure);

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await app.RunAsync(args, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void Register(IServiceCollection services)
    {
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("spectrum");
        config.PropagateExceptions();
        config.Settings.StrictParsing = true;
    }
}
