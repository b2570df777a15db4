using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Spectrum.PostGis;

namespace Spectrum.Web;

/// <summary>
/// The answers of the API kept in memory as sent (the serialized body and its headers), keyed by the request's path
/// and its query parameters (in any order, names in any case), until the store changes: an import notifies on commit
/// (<see cref="StoreChanges"/>) and the server, listening on a connection of its own, drops every answer; it drops them
/// too each time it starts listening again after a lost connection. Only successful GET answers are kept, at most
/// <see cref="SizeLimit"/> bytes of them (the least recently used go first).
/// </summary>
internal static class AnswerCache
{
    public const long SizeLimit = 256L * 1024 * 1024;

    private const string Policy = "store";

    private const string Tag = "store";

    public static void AddTo(IServiceCollection services)
    {
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = SizeLimit;
            // Dropped when the store changes, not after a time: a day is only a bound for a change never heard of.
            cache.DefaultExpirationTimeSpan = TimeSpan.FromDays(1);
            cache.AddPolicy(Policy, policy => policy.Tag(Tag));
        });
        services.AddHostedService<Listener>();
    }

    /// <summary>Keeps the answers of the endpoints built.</summary>
    public static TBuilder Keep<TBuilder>(TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder => endpoints.CacheOutput(Policy);

    private sealed class Listener(NpgsqlDataSource dataSource, IOutputCacheStore cache, FailureReport failure) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            StoreChanges.ListenAsync(dataSource, async token => await cache.EvictByTagAsync(Tag, token), failure.Report, stoppingToken);
    }
}
