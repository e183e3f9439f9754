using Azure;
using Azure.Data.Tables;
using Compliance.Storage;
using Compliance.Storage.Tables;

namespace Compliance.Notifications;

/// <summary>Reads one week of the <c>DocumentResults</c> table with a single partition-range query.</summary>
public sealed class DocumentResultReader
{
    private readonly TableClient _table;

    public DocumentResultReader(TableServiceClient tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.GetTableClient(DocumentResultEntity.TableName);
    }

    public async Task<IReadOnlyList<DocumentResultEntity>> ReadWeekAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {DocumentResultEntity.WeekRangeStart(week)} and PartitionKey lt {DocumentResultEntity.WeekRangeEnd(week)}");
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
