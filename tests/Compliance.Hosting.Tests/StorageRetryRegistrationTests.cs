using System.Globalization;
using System.Net;
using System.Net.Sockets;
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
        // A server that answers every request 503 Service Unavailable (which the SDK retries) and closes the connection.
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var port = ((IPEndPoint)server.LocalEndpoint).Port;
        var requests = 0;
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(async () =>
        {
            var answer = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray();
            while (!stop.IsCancellationRequested)
            {
                using var socket = await server.AcceptSocketAsync(stop.Token);
                var buffer = new byte[8192];
                var received = "";
                while (!received.Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var n = await socket.ReceiveAsync(buffer, stop.Token);
                    if (n == 0) break;
                    received += System.Text.Encoding.ASCII.GetString(buffer, 0, n);
                }
                Interlocked.Increment(ref requests);
                await socket.SendAsync(answer, stop.Token);
                socket.Shutdown(SocketShutdown.Both);
            }
        });
        var settings = new Dictionary<string, string?>
        {
            ["BulletinStorage"] = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};" +
                                  $"BlobEndpoint=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{AzuriteServer.AccountName};" +
                                  $"TableEndpoint=http://127.0.0.1:{UnusedPort.Next().ToString(CultureInfo.InvariantCulture)}/{AzuriteServer.AccountName};",
            ["Storage:Retry:Delay"] = "00:00:00.01",
            ["Storage:Retry:MaxDelay"] = "00:00:00.02",
            ["Storage:Retry:ConnectTimeout"] = "00:00:05",
        };
        if (maxRetries is not null) settings["Storage:Retry:MaxRetries"] = maxRetries;
        using var services = ComplianceServices.Build(settings);

        await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("bulletins").ExistsAsync());

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => serving);
        Assert.Equal(1 + expectedRetries, requests);
    }
}
