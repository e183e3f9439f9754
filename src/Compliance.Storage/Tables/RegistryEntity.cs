using Azure;
using Azure.Data.Tables;

namespace Compliance.Storage.Tables;

/// <summary>
/// The citation registry: every checked document and every citation with a title and a number, filed so that one query
/// finds what concerns a number or a title (see docs/storage.md, CitationRegistry).
/// <para>PartitionKey: <c>N|{code}|{year}|{serial}</c> for a number, <c>T|{hash}</c> for a title as compared (24 hex
/// digits of its SHA-256; the title itself is a column), <c>B|{bulletin}</c> for a bulletin's list of the partitions it
/// has rows in. A document is filed under its number and its title, a citation under the number and the title it cites
/// (a title only when it names its organ: 国务院办公厅关于…, the only titles looked up).</para>
/// <para>RowKey: <c>{bulletin}|D|{index:0000}</c> for a document, <c>{bulletin}|C|{index:0000}|{order}</c> for a
/// citation; in a <c>B|</c> partition, the partition listed.</para>
/// </summary>
public sealed class RegistryEntity : ITableEntity
{
    public const string TableName = "CitationRegistry";

    public const string DocumentKind = "document";
    public const string CitationKind = "citation";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary><see cref="DocumentKind"/>, <see cref="CitationKind"/>, or null for a bulletin's list row.</summary>
    public string? Kind { get; set; }

    /// <summary>Blob name of the bulletin the document (or the citing document) is in.</summary>
    public string Bulletin { get; set; } = "";

    /// <summary>1-based place of the document (or the citing document) in the bulletin.</summary>
    public int DocIndex { get; set; }

    /// <summary>That document's title, number, date (yyyy-MM-dd) and issuing organ.</summary>
    public string? DocTitle { get; set; }
    public string? DocNumber { get; set; }
    public string? DocDate { get; set; }
    public string? DocIssuer { get; set; }

    /// <summary>The title filed: the document's own, or the one cited; as printed and as compared.</summary>
    public string? Title { get; set; }
    public string? TitleKey { get; set; }

    /// <summary>The number filed: the document's own, or the one cited; as printed and its key.</summary>
    public string? Number { get; set; }
    public string? NumberCode { get; set; }
    public int? NumberYear { get; set; }
    public int? NumberSerial { get; set; }

    /// <summary>Where the citation stands in the citing document.</summary>
    public int? Line { get; set; }
    public int? Page { get; set; }
    public long? Order { get; set; }

    /// <summary>In a bulletin's list row: a hash of the bulletin's rows in the partition listed, to skip unchanged ones.</summary>
    public string? Hash { get; set; }
}
