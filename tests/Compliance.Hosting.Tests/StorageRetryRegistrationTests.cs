using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Hosting.Tests;

/// <summary>
/// The <c>Storage:Retry</c> settings reach the clients AddCompliance registers. The clients' transport is replaced,
/// after AddCompliance configured them, by one that answers every attempt the SDK's retry policy makes with 503 and counts
/// them: no network, no server, no timeout, so a busy machine cannot add or lose an attempt.
/// </summary>
public sealed class StorageRetryRegistrationTests
{
    private static Dictionary<string, string?> Settings(string? maxRetries)
    {
        var settings = new Dictionary<string, string?>
        {
            // Never contacted: the transport below answers instead.
            ["BulletinStorage"] = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};" +
                                  $"BlobEndpoint=http://127.0.0.1:9/{AzuriteServer.AccountName};TableEndpoint=http://127.0.0.1:9/{AzuriteServer.AccountName};",
            ["Storage:Retry:Delay"] = "00:00:00.001",
            ["Storage:Retry:MaxDelay"] = "00:00:00.002",
        };
        if (maxRetries is not null) settings["Storage:Retry:MaxRetries"] = maxRetries;
        return settings;
    }

    [Theory]
    [InlineData(null, StorageRetry.MaxRetries)]
    [InlineData("0", 0)]
    [InlineData("2", 2)]
    public async Task The_blob_client_tries_once_plus_the_configured_retries(string? maxRetries, int expectedRetries)
    {
        var transport = new CountingTransport(503); // 503 Service Unavailable is retried by the SDK
        using var services = ComplianceServices.Build(Settings(maxRetries), s => s.PostConfigureAll<BlobClientOptions>(o => o.Transport = transport));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("bulletins").ExistsAsync());

        Assert.Equal(503, failure.Status);
        Assert.Equal(1 + expectedRetries, transport.Attempts);
    }

    [Theory]
    [InlineData(null, StorageRetry.MaxRetries)]
    [InlineData("1", 1)]
    public async Task The_table_client_tries_once_plus_the_configured_retries(string? maxRetries, int expectedRetries)
    {
        var transport = new CountingTransport(503);
        using var services = ComplianceServices.Build(Settings(maxRetries), s => s.PostConfigureAll<TableClientOptions>(o => o.Transport = transport));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => services.GetRequiredService<TableServiceClient>().GetTableClient("Bulletins").CreateIfNotExistsAsync());

        Assert.Equal(503, failure.Status);
        Assert.Equal(1 + expectedRetries, transport.Attempts);
    }

    [Fact]
    public async Task A_status_the_sdk_does_not_retry_is_tried_once_whatever_the_retries()
    {
        // The count above is the SDK's retry policy at work, not a transport that always answers several times.
        var transport = new CountingTransport(403);
        using var services = ComplianceServices.Build(Settings("4"), s => s.PostConfigureAll<BlobClientOptions>(o => o.Transport = transport));

        await Assert.ThrowsAsync<RequestFailedException>(() => services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("bulletins").ExistsAsync());

        Assert.Equal(1, transport.Attempts);
    }

    /// <summary>Answers every request with <paramref name="status"/> and an empty body, counting them.</summary>
    private sealed class CountingTransport(int status) : HttpPipelineTransport
    {
        private readonly HttpClientTransport _requests = new();
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public override Request CreateRequest() => _requests.CreateRequest();

        public override void Process(HttpMessage message)
        {
            Interlocked.Increment(ref _attempts);
            message.Response = new StubResponse(status, message.Request.ClientRequestId);
        }

        public override ValueTask ProcessAsync(HttpMessage message)
        {
            Process(message);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class StubResponse(int status, string clientRequestId) : Response
    {
        public override int Status => status;

        public override string ReasonPhrase => "Stub";

        public override Stream? ContentStream { get; set; } = new MemoryStream();

        public override string ClientRequestId { get; set; } = clientRequestId;

        public override void Dispose()
        {
            // An empty memory stream holds nothing; the SDK reads it again for the exception's message after disposing.
        }

        protected override bool ContainsHeader(string name) => false;

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

        protected override bool TryGetHeader(string name, out string value)
        {
            value = null!;
            return false;
        }

        protected override bool TryGetHeaderValues(string name, out IEnumerable<string> values)
        {
            values = null!;
            return false;
        }
    }
}
