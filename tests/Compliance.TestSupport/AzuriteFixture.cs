using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Xunit;

namespace Compliance.TestSupport;

/// <summary>
/// xunit collection fixture: one Azurite per test collection. Each test project that uses it declares
/// <code>
/// [CollectionDefinition(AzuriteFixture.CollectionName)]
/// public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;
/// </code>
/// and marks its test classes <c>[Collection(AzuriteFixture.CollectionName)]</c>. Tests in one collection run one
/// after another; call <see cref="ResetAsync"/> at the start of a test for empty storage.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string CollectionName = "Azurite";

    private AzuriteServer? _server;

    /// <summary>The running server. Starting it fails the tests (never skips them) with the reason.</summary>
    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not been started.");

    public string ConnectionString => Server.ConnectionString;

    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions? options = null) => new(ConnectionString, options);

    public TableServiceClient CreateTableServiceClient(TableClientOptions? options = null) => new(ConnectionString, options);

    /// <summary>Deletes every table and blob container, so a test starts from empty storage.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        var tables = CreateTableServiceClient();
        await foreach (var table in tables.QueryAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await tables.DeleteTableAsync(table.Name, cancellationToken).ConfigureAwait(false);
        }
        var blobs = CreateBlobServiceClient();
        await foreach (var container in blobs.GetBlobContainersAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await blobs.DeleteBlobContainerAsync(container.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync().ConfigureAwait(false);
    }
}
