using Spectrum.Csv;
using Spectrum.PostGis.Import;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>
/// The shipped data imported once into a database of its own. Tests that import again leave it as it was, which is
/// what they assert.
/// </summary>
public sealed class ImportedStore(PostGisFixture fixture) : IAsyncLifetime
{
    /// <summary>The folder of Spectrum.sln.</summary>
    public static readonly string Root = RepositoryRoot();

    public static readonly string Data = Path.Combine(Root, "data");

    public CommandLine Spectrum { get; } = new();

    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await fixture.CreateDatabaseAsync();
        Spectrum.Configure(Database.ConnectionString);
        await new StoreImporter(Database.DataSource).ImportAsync(ImportPlan.Read([Data]).Build(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        await Spectrum.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Spectrum.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Spectrum.sln not found above " + AppContext.BaseDirectory);
    }
}
