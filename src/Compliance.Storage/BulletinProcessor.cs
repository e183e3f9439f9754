using System.Buffers;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Compliance.Checking;
using Compliance.Checking.Citations;
using Compliance.Storage.Citations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Compliance.Storage;

/// <summary>
/// Checks one bulletin blob and stores the results (see <see cref="ResultTableWriter"/>). Called by the blob-triggered
/// function and by <c>compliance process</c>. Safe to call again for the same blob: the rows converge. The blob
/// itself is only read, never changed or deleted; the corrected copy of a Word document goes to its own container
/// (<see cref="CorrectedCopyWriter"/>).
/// </summary>
public sealed class BulletinProcessor
{
    private readonly BulletinChecker _checker;
    private readonly ResultTableWriter _writer;
    private readonly BulletinStorageOptions _options;
    private readonly ILogger<BulletinProcessor> _logger;
    private readonly CitationRegistryStore? _registry;
    private readonly CitationChecker? _citations;
    private readonly CorrectedCopyWriter? _copies;

    /// <param name="registry">The citation registry; with <paramref name="citations"/>, citations are judged against
    /// every bulletin processed before, and the bulletins a new one affects are checked again. Without them, each
    /// bulletin is judged on its own.</param>
    /// <param name="copies">Writes the corrected copy of each checked Word document; none are written without it.</param>
    public BulletinProcessor(BlobServiceClient blobService, ResultTableWriter writer, BulletinChecker checker,
        IOptions<BulletinStorageOptions> options, ILogger<BulletinProcessor>? logger = null,
        CitationRegistryStore? registry = null, CitationChecker? citations = null, CorrectedCopyWriter? copies = null)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _checker = checker ?? throw new ArgumentNullException(nameof(checker));
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? NullLogger<BulletinProcessor>.Instance;
        _registry = registry;
        _citations = citations is { IsEnabled: true } ? citations : null;
        _copies = copies;
        Container = blobService.GetBlobContainerClient(_options.BulletinsContainer);
    }

    /// <summary>The bulletins container.</summary>
    public BlobContainerClient Container { get; }

    /// <summary>Reads the blob's properties and, unless it is too large or empty, its content; checks it and stores the results.</summary>
    /// <exception cref="RequestFailedException">The blob does not exist (404) or storage failed after the SDK's retries.</exception>
    public Task<BulletinProcessingResult> ProcessBlobAsync(string blobName, CancellationToken cancellationToken)
        => ProcessBlobAsync(blobName, recheck: false, cancellationToken);

    /// <param name="recheck">True when the bulletin is checked again because another one it cites or shares a citation
    /// with arrived: its registry entries are unchanged, so nothing further is checked again.</param>
    private async Task<BulletinProcessingResult> ProcessBlobAsync(string blobName, bool recheck, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var blob = Container.GetBlobClient(blobName);
        var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;

        var rejection = RejectBySize(properties.ContentLength);
        if (rejection is not null)
        {
            return await StoreAsync(BulletinOutcome.Rejected(blobName, properties.ETag, properties.ContentLength, null, rejection), recheck, cancellationToken).ConfigureAwait(false);
        }

        // The content is streamed once into one pooled buffer of the blob's size and hashed as it arrives; the checker
        // reads that buffer. The download's own ETag and length describe the bytes received, even if the blob was
        // replaced since the properties were read.
        using var download = (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var etag = download.Details.ETag;
        var length = download.Details.ContentLength;
        rejection = RejectBySize(length);
        if (rejection is not null)
        {
            var sha = length == 0 ? Sha256Hex([]) : null;
            return await StoreAsync(BulletinOutcome.Rejected(blobName, etag, length, sha, rejection), recheck, cancellationToken).ConfigureAwait(false);
        }
        string sha256;
        BulletinReport report;
        CorrectedCopy? copy;
        var buffer = ArrayPool<byte>.Shared.Rent(checked((int)length));
        try
        {
            var content = buffer.AsMemory(0, (int)length);
            sha256 = await ReadAndHashAsync(download.Content, content, cancellationToken).ConfigureAwait(false);
            report = _checker.Check(content, blobName, cancellationToken);
            copy = _copies?.Prepare(blobName, content, sha256, report, cancellationToken);
        }
        finally
        {
            // The report holds strings only, never slices of the content: the buffer goes back before the table writes.
            ArrayPool<byte>.Shared.Return(buffer);
        }
        var result = await StoreReportAsync(blobName, etag, length, sha256, report, recheck, cancellationToken).ConfigureAwait(false);
        if (copy is not null) await _copies!.WriteAsync(copy, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Fills <paramref name="content"/> from the stream, hashing each chunk as it is read.</summary>
    private static async Task<string> ReadAndHashAsync(Stream source, Memory<byte> content, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var total = 0;
        while (total < content.Length)
        {
            var read = await source.ReadAsync(content[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0) throw new IOException($"The blob download ended after {total} of {content.Length} bytes.");
            sha256.AppendData(content.Span.Slice(total, read));
            total += read;
        }
        return Convert.ToHexStringLower(sha256.GetHashAndReset());
    }

    /// <summary>
    /// As <see cref="ProcessBlobAsync"/>, for an event that may arrive after the blob is gone (a clerk deleted or
    /// replaced-then-deleted it): returns null, writing nothing, instead of failing the invocation into the poison queue.
    /// </summary>
    public async Task<BulletinProcessingResult?> TryProcessBlobAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            return await ProcessBlobAsync(blobName, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode is "BlobNotFound" or "ContainerNotFound")
        {
            _logger.LogWarning("Bulletin {Bulletin} no longer exists; nothing to check.", blobName);
            return null;
        }
    }

    /// <summary>Checks content already in memory (the CLI and tests) and stores the results under <paramref name="blobName"/>.</summary>
    public async Task<BulletinProcessingResult> ProcessAsync(string blobName, ReadOnlyMemory<byte> content, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var rejection = RejectBySize(content.Length);
        if (rejection is not null)
        {
            // Too large: not hashed, like a blob that was never downloaded.
            var sha = content.Length == 0 ? Sha256Hex(content.Span) : null;
            return await StoreAsync(BulletinOutcome.Rejected(blobName, etag, content.Length, sha, rejection), recheck: false, cancellationToken).ConfigureAwait(false);
        }

        var sha256 = Sha256Hex(content.Span);
        var report = _checker.Check(content, blobName, cancellationToken);
        var copy = _copies?.Prepare(blobName, content, sha256, report, cancellationToken);
        var result = await StoreReportAsync(blobName, etag, content.Length, sha256, report, recheck: false, cancellationToken).ConfigureAwait(false);
        if (copy is not null) await _copies!.WriteAsync(copy, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<BulletinProcessingResult> StoreReportAsync(string blobName, ETag etag, long length, string sha256, BulletinReport report,
        bool recheck, CancellationToken cancellationToken)
    {
        var outcome = report.IsUnreadable
            ? BulletinOutcome.Rejected(blobName, etag, length, sha256, report.UnreadableReason ?? RejectionReasons.Unreadable(_checker.Messages), report)
            : BulletinOutcome.Checked(blobName, etag, length, sha256, report);
        return await StoreAsync(outcome, recheck, cancellationToken).ConfigureAwait(false);
    }

    private string? RejectBySize(long size)
    {
        if (size == 0) return RejectionReasons.Empty(_checker.Messages);
        if (size > _options.MaxBulletinBytes) return RejectionReasons.TooLarge(_checker.Messages, size, _options.MaxBulletinBytes);
        return null;
    }

    private async Task<BulletinProcessingResult> StoreAsync(BulletinOutcome outcome, bool recheck, CancellationToken cancellationToken)
    {
        RegistryUpdate? update = null;
        ClaimedStage? stage = null;
        var judged = outcome;
        if (_registry is not null && _citations is not null)
        {
            // A rejected bulletin files nothing: what it filed before is withdrawn.
            var entries = outcome is { IsRejected: false, Report: { } checkedReport }
                ? RegistryEntries.Of(checkedReport)
                : new RegistryEntries(outcome.BulletinName, [], []);
            stage = new ClaimedStage(async (claimed, ct) =>
            {
                update = await _registry.UpdateAsync(entries, ct).ConfigureAwait(false);
                judged = claimed is { IsRejected: false, Report: { } r } ? claimed with { Report = _citations.Apply(r, update.Registry) } : claimed;
                return judged;
            }, entries.Citations.Count * _citations.MaxFindingsPerCitation, AlwaysWrite: recheck);
        }
        var row = await _writer.WriteAsync(outcome, stage, cancellationToken).ConfigureAwait(false);
        if (judged.IsRejected)
        {
            _logger.LogWarning("Bulletin {Bulletin} rejected: {Reason}", judged.BulletinName, judged.RejectionReason);
        }
        else
        {
            _logger.LogInformation("Bulletin {Bulletin} checked: {Documents} documents, {Errors} errors, {Warnings} warnings, {Infos} infos",
                judged.BulletinName, row.Documents, row.Errors, row.Warnings, row.Infos);
        }
        if (update is not null)
        {
            if (!recheck && update.Changed) await RecheckAffectedAsync(update, cancellationToken).ConfigureAwait(false);
            await _registry!.CommitAsync(update, cancellationToken).ConfigureAwait(false);
        }
        return new BulletinProcessingResult(row, judged.Report);
    }

    /// <summary>
    /// Checks again the other bulletins whose citation findings the new entries change (or whose rows shared a
    /// partition with entries this bulletin withdrew), so that the order of arrival does not matter.
    /// </summary>
    private async Task RecheckAffectedAsync(RegistryUpdate update, CancellationToken cancellationToken)
    {
        var affected = new SortedSet<string>(_citations!.AffectedBy(update.Registry, update.Bulletin), StringComparer.Ordinal);
        affected.UnionWith(update.Neighbours);
        affected.Remove(update.Bulletin);
        foreach (var other in affected)
        {
            _logger.LogInformation("Bulletin {Bulletin} checked again: {Other} changes what its citations are judged against.", other, update.Bulletin);
            try
            {
                await ProcessBlobAsync(other, recheck: true, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode is "BlobNotFound" or "ContainerNotFound")
            {
                _logger.LogWarning("Bulletin {Bulletin} no longer exists; its stored findings stay as they were.", other);
            }
        }
    }

    private static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
