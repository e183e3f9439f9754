using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Compliance.Checking;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Compliance.Hosting.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class StorageRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_connection_string_wires_a_working_processor()
    {
        await azurite.ResetAsync();
        using var services = ComplianceServices.Build(new()
        {
            ["BulletinStorage"] = azurite.ConnectionString,
            ["BulletinsContainer"] = "incoming",
            ["Storage:MaxBulletinBytes"] = "10",
        });
        var processor = services.GetRequiredService<BulletinProcessor>();
        Assert.Equal("incoming", processor.Container.Name);
        await processor.Container.CreateAsync();
        await processor.Container.UploadBlobAsync("长公报.txt", BinaryData.FromString("这是一份超过十个字节的公报"));

        var result = await processor.ProcessBlobAsync("长公报.txt", CancellationToken.None);

        Assert.Equal(BulletinStatus.Rejected, result.Status);
        Assert.Contains("超过上限", result.Reason);
        var rows = await services.GetRequiredService<ResultReader>().GetBulletinsAsync();
        Assert.Equal(BulletinStatus.Rejected, rows["长公报.txt"].Status);
    }

    [Fact]
    public void Identity_based_settings_give_clients_for_the_service_uris()
    {
        using var services = ComplianceServices.Build(new()
        {
            ["BulletinStorage:blobServiceUri"] = "https://contoso.blob.core.windows.net/",
            ["BulletinStorage:tableServiceUri"] = "https://contoso.table.core.windows.net/",
            ["BulletinStorage:credential"] = "managedidentity",
            ["BulletinStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal("contoso", services.GetRequiredService<BlobServiceClient>().AccountName);
        Assert.Equal(new Uri("https://contoso.blob.core.windows.net/"), services.GetRequiredService<BlobServiceClient>().Uri);
        Assert.Equal("contoso", services.GetRequiredService<TableServiceClient>().AccountName);
        Assert.Equal("ManagedIdentityCredential",
            ComplianceServiceCollectionExtensions.CreateCredential(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BulletinStorage:credential"] = "managedidentity",
            }).Build().GetSection("BulletinStorage")).GetType().Name);
    }

    [Fact]
    public void Identity_based_settings_without_uris_fail_at_startup_with_a_message_naming_the_keys()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ComplianceServices.Build(new() { ["BulletinStorage:credential"] = "managedidentity" }));
        Assert.Contains("BulletinStorage:blobServiceUri", error.Message);
    }

    [Fact]
    public void Defaults_apply_without_configuration()
    {
        using var services = ComplianceServices.Build([]);
        var options = services.GetRequiredService<IOptions<BulletinStorageOptions>>().Value;
        Assert.Equal("bulletins", options.BulletinsContainer);
        Assert.Equal(67108864, options.MaxBulletinBytes);
        Assert.Equal("devstoreaccount1", services.GetRequiredService<BlobServiceClient>().AccountName);
        Assert.NotNull(services.GetRequiredService<BulletinChecker>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }
}
