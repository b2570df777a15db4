namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>
/// The base of a test class whose every test wants a database of its own on the shared server, and the program
/// configured to use it: both are made before each test and deleted after it.
/// </summary>
public abstract class DatabaseOfItsOwn(PostGisFixture fixture) : IAsyncLifetime
{
    protected CommandLine Spectrum { get; } = new() { HangGuard = TimeSpan.FromMinutes(5) };

    protected TestDatabase Database { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Database = await fixture.CreateDatabaseAsync();
        Spectrum.Configure(Database.ConnectionString);
    }

    public virtual async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        await Spectrum.DisposeAsync();
    }
}
