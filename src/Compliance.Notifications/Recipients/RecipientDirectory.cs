using Azure;
using Azure.Data.Tables;
using Compliance.Storage;

namespace Compliance.Notifications;

/// <summary>Reads and seeds the <c>Recipients</c> table (office → head).</summary>
public sealed class RecipientDirectory
{
    private readonly TableClient _table;

    public RecipientDirectory(TableServiceClient tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.GetTableClient(RecipientEntity.TableName);
    }

    /// <summary>Every office that has a head with an e-mail address, keyed by office name.</summary>
    public async Task<IReadOnlyDictionary<string, Recipient>> GetAllAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Recipient>(StringComparer.Ordinal);
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RecipientEntity.OfficePartition}");
            await foreach (var row in _table.QueryAsync<RecipientEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                // An officer may have typed only the RowKey; it holds the encoded office name.
                var office = string.IsNullOrWhiteSpace(row.Office) ? KeyEncoding.Decode(row.RowKey) : row.Office.Trim();
                if (string.IsNullOrWhiteSpace(row.Email)) continue;
                result[office] = new Recipient(office, string.IsNullOrWhiteSpace(row.Name) ? "负责人" : row.Name.Trim(), row.Email.Trim());
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No Recipients table yet: nobody is configured, which the overview reports.
        }
        return result;
    }

    /// <summary>Creates or replaces one row per recipient; rows of other offices are left alone.</summary>
    public async Task<int> ImportAsync(IEnumerable<Recipient> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var recipient in recipients)
        {
            await _table.UpsertEntityAsync(RecipientEntity.From(recipient), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            count++;
        }
        return count;
    }
}
