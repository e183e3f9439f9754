namespace Compliance.Storage;

/// <summary>
/// Where bulletins are read from and how large they may be. Bound from configuration: <c>BulletinsContainer</c>
/// and <c>CorrectionsContainer</c> (top level) and the <c>Storage</c> section (<c>Storage:MaxBulletinBytes</c>, <c>Storage:ProcessingLease</c>).
/// </summary>
public sealed class BulletinStorageOptions
{
    public const string SectionName = "Storage";
    public const string ContainerKey = "BulletinsContainer";
    public const string DefaultContainer = "bulletins";
    public const string CorrectionsContainerKey = "CorrectionsContainer";
    public const string DefaultCorrectionsContainer = "corrections";
    public const long DefaultMaxBulletinBytes = 64 * 1024 * 1024;

    /// <summary>Blob container the clerks upload bulletins to.</summary>
    public string BulletinsContainer { get; set; } = DefaultContainer;

    /// <summary>Blob container the corrected copies of checked Word documents are written to, under the upload's name.</summary>
    public string CorrectionsContainer { get; set; } = DefaultCorrectionsContainer;

    /// <summary>
    /// How long a run's claim on a bulletin (its <c>Bulletins</c> row marked 处理中) keeps other runs for the same blob
    /// waiting. A run that died holding a claim blocks the bulletin for at most this long; then the next run takes over.
    /// Longer than the table writes of any bulletin take (about a second each).
    /// </summary>
    public TimeSpan ProcessingLease { get; set; } = DefaultProcessingLease;

    public static readonly TimeSpan DefaultProcessingLease = TimeSpan.FromMinutes(1);

    /// <summary>Bulletins larger than this are rejected without being downloaded.</summary>
    public long MaxBulletinBytes { get; set; } = DefaultMaxBulletinBytes;
}
