using Spectrum.PostGis;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>
/// A managed server set up exactly as a user's (durable, not throwaway) in a temporary home, for the tests that
/// start, stop and reset it. Deleted at the end.
/// </summary>
public sealed class UserServerFixture : IAsyncLifetime
{
    public ManagedPostgres Server { get; } = new(Directory.CreateTempSubdirectory("spectrum-user-").FullName);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Server.DestroyAsync();
}
