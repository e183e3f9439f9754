using Azure;
using Azure.Data.Tables;
using Compliance.Storage;

namespace Compliance.Notifications;

/// <summary>
/// One office head in the <c>Recipients</c> table, editable in Storage Explorer.
/// <para>PartitionKey: <c>office</c>. RowKey: the office name, <see cref="KeyEncoding.Encode"/>d.</para>
/// A row with an empty <see cref="Email"/> counts as "no head configured".
/// </summary>
public sealed class RecipientEntity : ITableEntity
{
    public const string TableName = "Recipients";
    public const string OfficePartition = "office";

    public string PartitionKey { get; set; } = OfficePartition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The issuing office exactly as the checker extracts it, e.g. 洛阳市人民政府办公室.</summary>
    public string Office { get; set; } = "";

    /// <summary>The head's name, used in the salutation.</summary>
    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public static RecipientEntity From(Recipient recipient) => new()
    {
        RowKey = KeyEncoding.Encode(recipient.Office),
        Office = recipient.Office,
        Name = recipient.Name,
        Email = recipient.Email,
    };
}
