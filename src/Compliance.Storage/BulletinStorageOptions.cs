namespace Compliance.Storage;

/// <summary>
/// Where bulletins are read from and how large they may be. Bound from configuration: <c>BulletinsContainer</c>
/// (top level) and the <c>Storage</c> section (<c>Storage:MaxBulletinBytes</c>).
/// </summary>
public sealed class BulletinStorageOptions
{
    public const string SectionName = "Storage";
    public const string ContainerKey = "BulletinsContainer";
    public const string DefaultContainer = "bulletins";
    public const long DefaultMaxBulletinBytes = 20 * 1024 * 1024;

    /// <summary>Blob container the clerks upload bulletins to.</summary>
    public string BulletinsContainer { get; set; } = DefaultContainer;

    /// <summary>Bulletins larger than this are rejected without being downloaded.</summary>
    public long MaxBulletinBytes { get; set; } = DefaultMaxBulletinBytes;
}
