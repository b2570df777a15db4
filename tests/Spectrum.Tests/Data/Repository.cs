namespace Spectrum.Tests.Data;

/// <summary>The repository the tests run from: the folder holding <c>Spectrum.sln</c>, found by walking up.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string DataPath(params string[] parts) => Path.Combine([Root, "data", .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Spectrum.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Spectrum.sln above {AppContext.BaseDirectory}");
    }
}
