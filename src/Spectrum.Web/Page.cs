using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Spectrum.Web;

/// <summary>
/// The page a delegate opens (<c>/</c>): its HTML, script and style are embedded in this assembly, so it works with no
/// internet; and the briefing <c>spectrum brief</c> (or <c>watch</c>) last wrote, at <c>/briefing</c>.
/// </summary>
internal static class Page
{
    private static readonly (string Path, string Resource, string Type)[] Files =
    [
        ("/", "wwwroot/index.html", "text/html; charset=utf-8"),
        ("/app.js", "wwwroot/app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "wwwroot/app.css", "text/css; charset=utf-8"),
        ("/favicon.svg", "wwwroot/favicon.svg", "image/svg+xml"),
    ];

    public static void Map(WebApplication app)
    {
        foreach (var (path, resource, type) in Files)
        {
            var bytes = Read(resource);
            app.MapGet(path, () => TypedResults.Bytes(bytes, type)).ExcludeFromDescription();
        }

        app.MapGet("/briefing", Briefing).ExcludeFromDescription();
    }

    // The briefing is one self-contained file: its style inline, its charts data: images, no script.
    private static Results<PhysicalFileHttpResult, ProblemHttpResult> Briefing(HttpContext context, ServeOptions options)
    {
        var file = Path.GetFullPath(Path.Combine(options.BriefingFolder, "index.html"));
        if (!File.Exists(file))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No briefing yet",
                detail: $"{options.BriefingFolder} has no index.html: spectrum brief --out {options.BriefingFolder} writes it (spectrum watch keeps it current)");
        }

        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
        return TypedResults.PhysicalFile(file, "text/html; charset=utf-8");
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(Page).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in {typeof(Page).Assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
