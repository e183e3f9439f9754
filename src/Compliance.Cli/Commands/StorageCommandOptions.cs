using System.CommandLine;
using Compliance.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Cli.Commands;

/// <summary>The <c>--connection</c> option and the services the storage commands share.</summary>
internal static class StorageCommandOptions
{
    public static Option<string?> Connection() => new("--connection", "-c")
    {
        Description = "存储连接字符串（默认取配置 BulletinStorage，未配置时为 UseDevelopmentStorage=true，即本机 Azurite）",
    };

    /// <summary>Services from configuration (environment variables, e.g. BulletinStorage), <c>--connection</c> overriding.</summary>
    public static ServiceProvider BuildServices(string? connection)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        if (!string.IsNullOrWhiteSpace(connection))
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?> { [ComplianceServiceCollectionExtensions.StorageConnectionKey] = connection });
        }
        return new ServiceCollection().AddCompliance(builder.Build()).BuildServiceProvider();
    }
}
