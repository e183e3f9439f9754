using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Hosting.Tests;

/// <summary>Builds the container the hosts build: AddCompliance over the given settings, validated on build.</summary>
internal static class ComplianceServices
{
    /// <param name="settings">The configuration.</param>
    /// <param name="after">Registrations added after AddCompliance's (e.g. a post-configuration that observes what it configured).</param>
    public static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? after = null)
    {
        var services = new ServiceCollection().AddCompliance(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        after?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
