using Azure.Storage.Blobs;
using Compliance.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Compliance.Functions;

/// <summary>
/// Checks each bulletin file a clerk uploads into the bulletins container.
/// Event Grid delivers BlobCreated to the blob extension's webhook (the Flex Consumption plan has no polling
/// blob trigger); the binding is a <see cref="BlobClient"/> so the worker does not download the content:
/// <see cref="BulletinProcessor"/> reads the blob's properties and content itself.
/// Delivery is at least once: a repeated event runs the processor again for the same blob; an event for a blob deleted
/// in the meantime is logged and dropped.
/// </summary>
public sealed class BulletinUploaded(BulletinProcessor processor, ILogger<BulletinUploaded> logger)
{
    [Function(nameof(BulletinUploaded))]
    public async Task RunAsync(
        [BlobTrigger("%BulletinsContainer%/{name}", Source = BlobTriggerSource.EventGrid, Connection = "BulletinStorage")]
        BlobClient bulletin,
        CancellationToken cancellationToken)
    {
        logger.LogInformation("Bulletin {BlobName} uploaded; checking it.", bulletin.Name);
        await processor.TryProcessBlobAsync(bulletin.Name, cancellationToken);
    }
}
