using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Hosting.Tests;

/// <summary>Builds the container the hosts build: AddCompliance over the given settings, validated on build.</summary>
internal static class ComplianceServices
{
    public static ServiceProvider Build(Dictionary<string, string?> settings)
        => new ServiceCollection()
            .AddCompliance(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
