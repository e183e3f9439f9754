using Azure;
using Azure.Data.Tables;
using Compliance.Storage;
using Compliance.Storage.Tables;

namespace Compliance.Notifications;

/// <summary>Reads one week of the <c>DocumentResults</c> table: one partition, one query (never a scan).</summary>
public sealed class DocumentResultReader
{
    private readonly TableClient _table;

    public DocumentResultReader(TableServiceClient tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.GetTableClient(DocumentResultEntity.TableName);
    }

    /// <summary>Every document checked in the week: the week's partition.</summary>
    public Task<IReadOnlyList<DocumentResultEntity>> ReadWeekAsync(IsoWeek week, CancellationToken cancellationToken)
        => QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {DocumentResultEntity.PartitionKeyFor(week)}"), cancellationToken);

    /// <summary>The documents of one office checked in the week: a RowKey range within the week's partition.</summary>
    public Task<IReadOnlyList<DocumentResultEntity>> ReadOfficeWeekAsync(IsoWeek week, string office, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(office);
        return QueryAsync(TableClient.CreateQueryFilter(
            $"PartitionKey eq {DocumentResultEntity.PartitionKeyFor(week)} and RowKey ge {DocumentResultEntity.OfficeRangeStart(office)} and RowKey lt {DocumentResultEntity.OfficeRangeEnd(office)}"),
            cancellationToken);
    }

    private async Task<IReadOnlyList<DocumentResultEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<DocumentResultEntity>();
        try
        {
            await foreach (var row in _table.QueryAsync<DocumentResultEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing processed yet.
        }
        return rows;
    }
}
