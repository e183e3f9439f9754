using Azure;
using Azure.Data.Tables;
using Compliance.Storage;

namespace Compliance.Notifications;

/// <summary>Reads and writes the <c>SummarySends</c> table: which (week, office) e-mails went out.</summary>
public sealed class SummarySendLedger
{
    /// <summary>Table properties hold at most 32K characters; an error body beyond this is cut.</summary>
    private const int MaxErrorLength = 16_000;

    private readonly TableClient _table;
    private bool _created;

    public SummarySendLedger(TableServiceClient tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.GetTableClient(SummarySendEntity.TableName);
    }

    /// <summary>Every record of the week, keyed by RowKey (one partition query).</summary>
    public async Task<IReadOnlyDictionary<string, SummarySendEntity>> GetWeekAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, SummarySendEntity>(StringComparer.Ordinal);
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {week.ToString()}");
            await foreach (var row in _table.QueryAsync<SummarySendEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                result[row.RowKey] = row;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Table not created yet: nothing sent so far.
        }
        return result;
    }

    public Task RecordSentAsync(IsoWeek week, string? office, string recipient, string subject, string messageId, string transport,
        DateTimeOffset at, SummarySendEntity? previous, CancellationToken cancellationToken)
    {
        var row = Attempt(week, office, recipient, subject, transport, at, previous);
        row.Status = SummarySendEntity.StatusSent;
        row.SentAt = at;
        row.MessageId = messageId;
        return UpsertAsync(row, cancellationToken);
    }

    public Task RecordFailedAsync(IsoWeek week, string? office, string recipient, string subject, string error, string transport,
        DateTimeOffset at, SummarySendEntity? previous, CancellationToken cancellationToken)
    {
        var row = Attempt(week, office, recipient, subject, transport, at, previous);
        row.Status = SummarySendEntity.StatusFailed;
        // Keep the time of an earlier successful send when a forced resend fails.
        row.SentAt = previous?.SentAt;
        row.MessageId = previous?.MessageId;
        row.Error = error.Length > MaxErrorLength ? error[..MaxErrorLength] + "…" : error;
        return UpsertAsync(row, cancellationToken);
    }

    // What every attempt records, whatever its outcome.
    private static SummarySendEntity Attempt(IsoWeek week, string? office, string recipient, string subject, string transport,
        DateTimeOffset at, SummarySendEntity? previous) => new()
    {
        PartitionKey = week.ToString(),
        RowKey = SummarySendEntity.RowKeyFor(office),
        Office = office ?? "",
        Kind = office is null ? "overview" : "office",
        Recipient = recipient,
        Subject = subject,
        Transport = transport,
        LastAttemptAt = at,
        Attempts = (previous?.Attempts ?? 0) + 1,
    };

    private async Task UpsertAsync(SummarySendEntity entity, CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _created = true;
        }
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
