using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;

namespace Compliance.Storage;

/// <summary>Uploads bulletin files to the bulletins container (the CLI's <c>upload</c> command).</summary>
public sealed class BulletinUploader
{
    private static readonly string[] BulletinExtensions = [".txt", ".docx", ".pdf"];

    public BulletinUploader(BlobServiceClient blobService, IOptions<BulletinStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        ArgumentNullException.ThrowIfNull(options);
        Container = blobService.GetBlobContainerClient(options.Value.BulletinsContainer);
    }

    public BlobContainerClient Container { get; }

    /// <summary>
    /// Expands files and folders into (path, blob name) pairs: a file keeps its name; a folder contributes its bulletin
    /// files (.txt, .docx, .pdf, recursively) named by their path relative to the folder, with '/' separators.
    /// </summary>
    public static IReadOnlyList<(string Path, string BlobName)> Expand(IEnumerable<string> paths)
    {
        var result = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                             .Where(f => BulletinExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                             .Order(StringComparer.Ordinal))
                {
                    result.Add((file, Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')));
                }
            }
            else if (File.Exists(path))
            {
                result.Add((Path.GetFullPath(path), Path.GetFileName(path)));
            }
            else
            {
                throw new FileNotFoundException($"找不到文件或文件夹：{path}", path);
            }
        }
        return result;
    }

    public async Task EnsureContainerAsync(CancellationToken cancellationToken = default)
        => await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Largest request of an upload: 4 MiB takes 30 s at about 1 Mbit/s.</summary>
    public const int BlockBytes = 4 * 1024 * 1024;

    /// <summary>Uploads one file, replacing a blob of the same name (a new version is processed again).</summary>
    public async Task UploadAsync(string path, string blobName, CancellationToken cancellationToken = default)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypeOf(path) },
            // Files above one block go up in blocks, so that each request fits in Storage:Retry:NetworkTimeout on a
            // slow link and a failed block is retried alone.
            TransferOptions = new StorageTransferOptions { InitialTransferSize = BlockBytes, MaximumTransferSize = BlockBytes },
        };
        await using var stream = File.OpenRead(path);
        await Container.GetBlobClient(blobName).UploadAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => "text/plain",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };
}
