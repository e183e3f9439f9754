using System.Globalization;
using Azure.Storage.Blobs;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Hosting.Tests;

/// <summary>The <c>Storage:Retry</c> settings reach the clients AddCompliance registers.</summary>
public sealed class StorageRetryRegistrationTests
{
    [Theory]
    [InlineData(null, StorageRetry.MaxRetries)]
    [InlineData("0", 0)]
    [InlineData("2", 2)]
    public async Task The_blob_client_tries_once_plus_the_configured_retries(string? maxRetries, int expectedRetries)
    {
        // 503 Service Unavailable is retried by the SDK: every attempt reaches the server.
        await using var server = new StubHttpServer(503);
        var settings = new Dictionary<string, string?>
        {
            ["BulletinStorage"] = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};" +
                                  $"BlobEndpoint=http://127.0.0.1:{server.Port.ToString(CultureInfo.InvariantCulture)}/{AzuriteServer.AccountName};" +
                                  $"TableEndpoint=http://127.0.0.1:{UnusedPort.Next().ToString(CultureInfo.InvariantCulture)}/{AzuriteServer.AccountName};",
            ["Storage:Retry:Delay"] = "00:00:00.01",
            ["Storage:Retry:MaxDelay"] = "00:00:00.02",
            ["Storage:Retry:ConnectTimeout"] = "00:00:05",
        };
        if (maxRetries is not null) settings["Storage:Retry:MaxRetries"] = maxRetries;
        using var services = ComplianceServices.Build(settings);

        await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("bulletins").ExistsAsync());

        Assert.Equal(1 + expectedRetries, server.Requests);
    }
}
