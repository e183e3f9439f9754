using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Compliance.Checking;
using Compliance.Checking.Fixing;
using Compliance.Checking.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Compliance.Storage;

/// <summary>
/// The corrected copy of each checked Word document, in the container <c>CorrectionsContainer</c> (default
/// <c>corrections</c>) beside the uploads, under the upload's own name: every determinate correction a tracked change
/// the clerk accepts or rejects in Word. Idempotent like the rest of the pipeline: the copy records the SHA-256 of the
/// upload it corrects, so checking the same upload again writes nothing, and a new version of the upload that needs no
/// correction removes the copy of the old one. The upload itself is never changed.
/// </summary>
public sealed class CorrectedCopyWriter
{
    /// <summary>Metadata of a copy: the SHA-256 of the upload it was made from.</summary>
    public const string SourceShaMetadata = "sourcesha256";

    /// <summary>Metadata of a copy: how many corrections it carries.</summary>
    public const string CorrectionsMetadata = "corrections";

    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly BulletinFixer _fixer;
    private readonly ILogger<CorrectedCopyWriter> _logger;

    public CorrectedCopyWriter(BlobServiceClient blobService, BulletinFixer fixer, IOptions<BulletinStorageOptions> options, ILogger<CorrectedCopyWriter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        _fixer = fixer ?? throw new ArgumentNullException(nameof(fixer));
        _logger = logger ?? NullLogger<CorrectedCopyWriter>.Instance;
        Container = blobService.GetBlobContainerClient((options?.Value ?? throw new ArgumentNullException(nameof(options))).CorrectionsContainer);
    }

    /// <summary>The corrections container.</summary>
    public BlobContainerClient Container { get; }

    /// <summary>
    /// What the copy of <paramref name="blobName"/> should be, made while its content is at hand: null when the upload
    /// is not a Word document or could not be read (nothing to write or remove); otherwise the corrected package, or no
    /// content when nothing needs correcting.
    /// </summary>
    public CorrectedCopy? Prepare(string blobName, ReadOnlyMemory<byte> content, string sha256, BulletinReport report, CancellationToken cancellationToken)
    {
        if (report.IsUnreadable || ContentSniffer.Detect(content.Span) != ContentFormat.Docx) return null;
        if (!report.AllFindings.Any(f => f.Suggestion is not null)) return new CorrectedCopy(blobName, sha256, null, 0);
        var result = _fixer.Fix(content, blobName, cancellationToken);
        return new CorrectedCopy(blobName, sha256, result.Applied.Count > 0 ? result.Content : null, result.Applied.Count);
    }

    /// <summary>Writes (or removes) the copy, unless the one stored was made from the same upload.</summary>
    public async Task WriteAsync(CorrectedCopy copy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copy);
        var blob = Container.GetBlobClient(copy.BlobName);
        try
        {
            var stored = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            if (stored.Metadata.TryGetValue(SourceShaMetadata, out var sha) && sha == copy.SourceSha256 && copy.Content is not null) return;
            if (copy.Content is null)
            {
                await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("Corrected copy of {Bulletin} removed: the upload needs no correction.", copy.BlobName);
                return;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            if (copy.Content is null) return;
        }

        await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await blob.UploadAsync(BinaryData.FromBytes(copy.Content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = DocxContentType },
            Metadata = new Dictionary<string, string>
            {
                [SourceShaMetadata] = copy.SourceSha256,
                [CorrectionsMetadata] = copy.Corrections.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        }, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Corrected copy of {Bulletin} written with {Corrections} tracked corrections.", copy.BlobName, copy.Corrections);
    }
}

/// <summary>The corrected copy of one upload: its package (null: there should be none) and how many corrections it carries.</summary>
public sealed record CorrectedCopy(string BlobName, string SourceSha256, byte[]? Content, int Corrections);
