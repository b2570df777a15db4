namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>
/// The shipped data in a store of its own, imported by a brief (so a brief does not import it again), with a working
/// folder of its own for the program: a command that should write nothing can be caught writing. The store is on a
/// server of its own, so that the many short runs of its tests go alongside the tests of the shared server.
/// </summary>
public sealed class BriefedStore : IAsyncLifetime
{
    private readonly PostGisFixture fixture = new();

    public CommandLine Spectrum { get; } = new() { HangGuard = TimeSpan.FromMinutes(5) };

    public TestDatabase Database { get; private set; } = null!;

    public string WorkingDirectory { get; } = Directory.CreateTempSubdirectory("spectrum-cwd-").FullName;

    /// <summary>The store as the brief left it.</summary>
    public StoreSnapshot Before { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await fixture.InitializeAsync();
        Database = await fixture.CreateDatabaseAsync();
        Spectrum.Configure(Database.ConnectionString);
        Spectrum.WorkingDirectory = WorkingDirectory;
        var brief = await Spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--agenda-item", "1.3", "--format", "md", "--out", Path.Combine(Spectrum.Home, "brief"));
        Assert.True(brief.ExitCode == 0, brief.Output + brief.Error);
        Before = await StoreSnapshot.TakeAsync(Database.DataSource);
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        await Spectrum.DisposeAsync();
        await fixture.DisposeAsync();
        Directory.Delete(WorkingDirectory, recursive: true);
    }
}
