using System.CommandLine;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Compliance.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Cli.Commands;

/// <summary>The <c>--connection</c> option and the services the storage commands share.</summary>
internal static class StorageCommandOptions
{
    /// <summary>
    /// The CLI's own defaults, under every other source: someone waits at a terminal, so an endpoint that cannot be
    /// reached fails within seconds (2 quick retries, 3 s to connect) instead of the Functions app's 15 s of back-off,
    /// and one that accepts connections but never answers within 3 × 30 s instead of 6 × 100 s.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string?> InteractiveDefaults = new Dictionary<string, string?>
    {
        ["Storage:Retry:MaxRetries"] = "2",
        ["Storage:Retry:Delay"] = "00:00:00.2",
        ["Storage:Retry:MaxDelay"] = "00:00:01",
        ["Storage:Retry:ConnectTimeout"] = "00:00:03",
        ["Storage:Retry:NetworkTimeout"] = "00:00:30",
    };

    public static Option<string?> Connection() => new("--connection", "-c")
    {
        Description = "存储连接字符串（默认取配置 BulletinStorage，未配置时为 UseDevelopmentStorage=true，即本机 Azurite）",
    };

    /// <summary>Services from configuration (environment variables, e.g. BulletinStorage), <c>--connection</c> overriding.</summary>
    public static ServiceProvider BuildServices(string? connection)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(InteractiveDefaults)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        if (!string.IsNullOrWhiteSpace(connection))
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?> { [ComplianceServiceCollectionExtensions.StorageConnectionKey] = connection });
        }
        return new ServiceCollection().AddCompliance(builder.Build()).BuildServiceProvider();
    }

    /// <summary>
    /// Runs a storage command: builds the services and resolves what the command needs with <paramref name="resolve"/>
    /// (a failure there is malformed configuration), then runs it. Either kind of failure, and storage or e-mail that
    /// cannot be reached or refuses the credentials, becomes a <see cref="ServiceFailureException"/>.
    /// </summary>
    public static async Task<int> RunAsync<T>(string? connection, Func<IServiceProvider, T> resolve,
        Func<T, CancellationToken, Task<int>> run, CancellationToken cancellationToken)
    {
        ServiceProvider services;
        try
        {
            services = BuildServices(connection);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw ServiceFailures.Configuration(ex);
        }

        await using (services.ConfigureAwait(false))
        {
            StorageEndpoints endpoints;
            try
            {
                endpoints = new StorageEndpoints(services.GetRequiredService<BlobServiceClient>().Uri, services.GetRequiredService<TableServiceClient>().Uri);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw ServiceFailures.StorageConnection(ex);
            }

            T resolved;
            try
            {
                resolved = resolve(services);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw ServiceFailures.Configuration(ex);
            }

            try
            {
                return await run(resolved, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ServiceFailures.Outages(ex, endpoints, cancellationToken) is { } failure)
            {
                throw failure;
            }
        }
    }
}
