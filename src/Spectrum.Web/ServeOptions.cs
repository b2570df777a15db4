using System.Net;

namespace Spectrum.Web;

/// <summary>
/// How <c>spectrum serve</c> listens: the URLs (semicolon-separated, as ASP.NET Core takes them), whether an address
/// beyond the loopback interface is allowed, and the folder of the briefing the page opens.
/// </summary>
public sealed record ServeOptions(string Urls, bool AllowRemote, string BriefingFolder)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The URLs given, one each.</summary>
    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What is wrong with the options, or null: a URL that is not http(s)://host:port, or one beyond
    /// loopback without <c>--allow-remote</c>.</summary>
    public string? Error()
    {
        if (UrlList.Count == 0)
        {
            return "--urls is empty: give e.g. " + DefaultUrls;
        }

        foreach (var url in UrlList)
        {
            // Kestrel's wildcards (http://*:5080, http://+:5080) listen on every interface.
            var host = Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" ? uri.Host : null;
            if (host is null)
            {
                return $"--urls '{url}' is not a URL to listen on: expected http://host:port, e.g. {DefaultUrls}";
            }

            if (!AllowRemote && !IsLoopback(host))
            {
                return $"--urls '{url}' listens beyond this machine's loopback interface: add --allow-remote to serve other machines (the service is read-only and has no login)";
            }
        }

        return null;
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
