using Compliance.Checking;
using Compliance.Notifications;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Functions.Tests;

/// <summary>The host the app's own registrations build: what the Functions runtime starts in Azure.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class HostTests(AzuriteFixture azurite)
{
    [Fact]
    public void Host_built_from_the_app_registrations_creates_both_functions()
    {
        using var host = new FunctionsHost(new Dictionary<string, string?> { ["BulletinStorage"] = azurite.ConnectionString });

        // The worker's defaults are in (the activator the worker creates function instances with), beside the app's own.
        Assert.NotNull(host.Get<IFunctionActivator>());
        Assert.NotNull(host.Get<BulletinProcessor>());
        Assert.NotNull(host.Get<WeeklySummaryJob>());
        Assert.NotNull(host.Get<BulletinChecker>());
        // Email:Transport of the sample settings: the pickup folder.
        Assert.IsType<PickupEmailTransport>(host.Get<IEmailTransport>());

        using var invocation = host.Services.CreateScope();
        Assert.IsType<BulletinUploaded>(host.CreateFunction<BulletinUploaded>(invocation));
        Assert.IsType<WeeklySummary>(host.CreateFunction<WeeklySummary>(invocation));
    }

    [Fact]
    public void Host_reads_the_bulletins_container_from_its_settings()
    {
        using var host = new FunctionsHost(new Dictionary<string, string?>
        {
            ["BulletinStorage"] = azurite.ConnectionString,
            ["BulletinsContainer"] = "gazettes-2026",
        });

        Assert.Equal("gazettes-2026", host.Get<BulletinProcessor>().Container.Name);
    }
}
