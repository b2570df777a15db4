using System.Diagnostics;
using Npgsql;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>GDAL's <c>ogrinfo</c>, the reader QGIS opens PostGIS databases and GeoJSON files with.</summary>
public static class OgrInfo
{
    /// <summary>Runs <c>ogrinfo</c> and returns what it printed; a non-zero exit fails the test with its error.</summary>
    public static async Task<string> RunAsync(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("ogrinfo", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Xunit.Assert.True(process.ExitCode == 0, $"ogrinfo {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
        return await output;
    }

    /// <summary>A database as GDAL names it: <c>PG:host=… port=… dbname=…</c>.</summary>
    public static string Source(string connectionString)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var parts = new List<string> { $"host={connection.Host}", $"port={connection.Port}", $"dbname={connection.Database}" };
        if (connection.Username is { } user)
        {
            parts.Add($"user={user}");
        }

        if (connection.Password is { } password)
        {
            parts.Add($"password={password}");
        }

        return "PG:" + string.Join(' ', parts);
    }
}
