using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Spectrum.Answers;

namespace Spectrum.Web;

/// <summary>
/// The service <c>spectrum serve</c> runs: ASP.NET Core's Kestrel on the Generic Host, in the process of the command,
/// answering the JSON API (<see cref="Api"/>), its OpenAPI document (<c>/openapi/v1.json</c>) and the page
/// (<see cref="Page"/>) from the one data source the command opened. Errors are problem+json, never a stack trace.
/// </summary>
public static class SpectrumServer
{
    /// <param name="report">Where a failure of the store or of the program is told in full (the command's standard
    /// error); the client gets a problem without detail.</param>
    public static WebApplication Build(ServeOptions options, NpgsqlDataSource dataSource, Action<Exception> report)
    {
        if (options.Error() is { } error)
        {
            throw new InputException(error);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls([.. options.UrlList]);
        // The host's own warnings and errors go to standard error, as every error of the program does.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new FailureReport(report));
        builder.Services.AddProblemDetails();
        AnswerCache.AddTo(builder.Services);
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Spectrum";
            document.Info.Description = "What is allocated where, what a proposal conflicts with, the RR footnote rules, the EU positions, "
                + "the editions of the Table and what changed between them. Read-only; errors are application/problem+json.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is { } e)
            {
                report(e);
            }

            await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The service failed",
                detail: "The server's standard error says why.").ExecuteAsync(context);
        }));
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // Everything the page needs comes from this server: no script, style, font or image from elsewhere.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });
        app.UseOutputCache();
        app.MapOpenApi();
        Api.Map(app);
        Page.Map(app);
        return app;
    }

    /// <summary>The addresses the server listens on once started (a port 0 in the URLs becomes the port chosen).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
}

/// <summary>Tells the command what failed inside a request, in full.</summary>
internal sealed record FailureReport(Action<Exception> Report);
