using Compliance.Notifications;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Hosting.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class NotificationsRegistrationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(null, typeof(PickupEmailTransport))]
    [InlineData("Pickup", typeof(PickupEmailTransport))]
    [InlineData("Smtp", typeof(SmtpEmailTransport))]
    [InlineData("AcsHttp", typeof(AcsEmailTransport))]
    public void Email_Transport_selects_the_transport(string? transport, Type expected)
    {
        using var services = ComplianceServices.Build(new() { ["BulletinStorage"] = azurite.ConnectionString, ["Email:Transport"] = transport });
        Assert.IsType(expected, services.GetRequiredService<IEmailTransport>());
    }

    [Fact]
    public async Task The_job_from_AddCompliance_writes_the_overview_to_the_pickup_folder_once()
    {
        await azurite.ResetAsync();
        var folder = Path.Combine(Path.GetTempPath(), "compliance-hosting-mail-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var services = ComplianceServices.Build(new()
            {
                ["BulletinStorage"] = azurite.ConnectionString,
                ["Email:PickupDirectory"] = folder,
                ["Email:ComplianceMailbox"] = "overview@example.gov.cn",
            });
            var job = services.GetRequiredService<WeeklySummaryJob>();

            var first = await job.RunAsync(new IsoWeek(2026, 47), force: false, CancellationToken.None);
            var second = await job.RunAsync(new IsoWeek(2026, 47), force: false, CancellationToken.None);

            Assert.Equal([WeeklySummaryJob.OverviewName], first.Sent);
            Assert.Empty(second.Sent);
            var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
            Assert.Contains("overview@example.gov.cn", await File.ReadAllTextAsync(file));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
