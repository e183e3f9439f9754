using Azure.Data.Tables;
using Compliance.TestSupport;

namespace Compliance.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class AzuriteServerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Serves_blobs_and_tables_on_loopback()
    {
        await azurite.ResetAsync();
        Assert.Equal("127.0.0.1", azurite.Server.BlobEndpoint.Host);
        Assert.NotEqual(10000, azurite.Server.BlobPort);

        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient("probe");
        await container.CreateAsync();
        await container.UploadBlobAsync("a.txt", BinaryData.FromString("内容"));
        var downloaded = await container.GetBlobClient("a.txt").DownloadContentAsync();
        Assert.Equal("内容", downloaded.Value.Content.ToString());

        var table = azurite.CreateTableServiceClient().GetTableClient("Probe");
        await table.CreateAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        Assert.Equal(1, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("V"));
    }

    [Fact]
    public async Task Stops_the_process_on_dispose()
    {
        var server = await AzuriteServer.StartAsync();
        var port = server.TablePort;
        await server.DisposeAsync();
        using var client = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => client.ConnectAsync("127.0.0.1", port));
    }
}
