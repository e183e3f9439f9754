namespace Compliance.Storage.Tables;

/// <summary>The pipeline's tables (see docs/storage.md).</summary>
public static class TableNames
{
    public const string Bulletins = BulletinEntity.TableName;
    public const string Findings = FindingEntity.TableName;
    public const string DocumentResults = DocumentResultEntity.TableName;
    public const string CitationRegistry = RegistryEntity.TableName;

    public static IReadOnlyList<string> All { get; } = [Bulletins, Findings, DocumentResults, CitationRegistry];
}
