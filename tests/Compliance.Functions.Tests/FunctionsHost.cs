using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Compliance.Functions.Tests;

/// <summary>
/// The worker host as the app's Program.cs builds it (<see cref="FunctionsApplication.CreateBuilder"/> and
/// <see cref="ComplianceFunctionsApp.AddComplianceFunctions"/>), configured with local.settings.sample.json's values
/// and the test's overrides, and validated on build. Not started: the tests call the functions as the worker would.
/// </summary>
internal sealed class FunctionsHost : IDisposable
{
    private readonly IHost _host;

    public FunctionsHost(IDictionary<string, string?> overrides, TimeProvider? time = null)
    {
        var settings = AppSettings.LocalSampleAsConfiguration();
        foreach (var (key, value) in overrides) settings[key] = value;

        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddComplianceFunctions();
        if (time is not null) builder.Services.AddSingleton(time);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        _host = builder.Build();
        Settings = settings;
    }

    /// <summary>The configuration values the host was built with.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public IServiceProvider Services => _host.Services;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>
    /// Creates a function instance the way the worker's default activator does for each invocation:
    /// <see cref="ActivatorUtilities"/> over the invocation's service scope.
    /// </summary>
    public T CreateFunction<T>(IServiceScope invocation) where T : class
        => ActivatorUtilities.CreateInstance<T>(invocation.ServiceProvider);

    public void Dispose() => _host.Dispose();
}
