using Azure;
using Azure.Data.Tables;
using Compliance.Storage;

namespace Compliance.Notifications;

/// <summary>
/// Reads and writes the <c>SummarySends</c> table: which (week, office) e-mails went out, and which a run is sending
/// (reserved with optimistic concurrency on the row's ETag, for <c>Email:SendLease</c>).
/// </summary>
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

    /// <summary>The record of one (week, office), or null.</summary>
    public async Task<SummarySendEntity?> GetAsync(IsoWeek week, string? office, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _table.GetEntityIfExistsAsync<SummarySendEntity>(week.ToString(), SummarySendEntity.RowKeyFor(office),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.HasValue ? response.Value : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Reserves (week, office) for <paramref name="run"/> until <paramref name="at"/> + <paramref name="lease"/>: adds the
    /// row when there was none, else replaces it only if it is still <paramref name="previous"/> (its ETag). Returns the
    /// reservation, or null when another run changed the row first (it reserved or sent the e-mail).
    /// </summary>
    public async Task<SummarySendEntity?> TryReserveAsync(IsoWeek week, string? office, string recipient, string subject, string run,
        DateTimeOffset at, TimeSpan lease, SummarySendEntity? previous, CancellationToken cancellationToken)
    {
        var row = new SummarySendEntity
        {
            PartitionKey = week.ToString(),
            RowKey = SummarySendEntity.RowKeyFor(office),
            Office = office ?? "",
            Kind = office is null ? "overview" : "office",
            Recipient = recipient,
            Subject = subject,
            Status = SummarySendEntity.StatusSending,
            ReservedBy = run,
            ReservedUntil = at + lease,
            // What earlier attempts recorded stays until this one's outcome replaces it.
            SentAt = previous?.SentAt,
            MessageId = previous?.MessageId,
            Transport = previous?.Transport,
            LastAttemptAt = previous?.LastAttemptAt ?? at,
            Attempts = previous?.Attempts ?? 0,
            Error = previous?.Error,
        };
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = previous is null
                ? await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await _table.UpdateEntityAsync(row, previous.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            row.ETag = response.Headers.ETag ?? default;
            return row;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Records that the transport accepted the reserved e-mail. Written even if another run took the reservation over
    /// meanwhile (the lease ran out): the message went out, and the record must say so.
    /// </summary>
    public async Task RecordSentAsync(SummarySendEntity reservation, string messageId, string transport, DateTimeOffset at,
        SummarySendEntity? previous, CancellationToken cancellationToken)
    {
        var row = Attempt(reservation, transport, at, previous);
        row.Status = SummarySendEntity.StatusSent;
        row.SentAt = at;
        row.MessageId = messageId;
        if (!await TryReplaceAsync(row, reservation.ETag, cancellationToken).ConfigureAwait(false))
        {
            await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records that the reserved e-mail failed, ending the reservation (unless another run has taken it over).</summary>
    public async Task RecordFailedAsync(SummarySendEntity reservation, string error, string transport, DateTimeOffset at,
        SummarySendEntity? previous, CancellationToken cancellationToken)
    {
        var row = Attempt(reservation, transport, at, previous);
        row.Status = SummarySendEntity.StatusFailed;
        // Keep the time of an earlier successful send when a forced resend fails.
        row.SentAt = previous?.SentAt;
        row.MessageId = previous?.MessageId;
        row.Error = error.Length > MaxErrorLength ? error[..MaxErrorLength] + "…" : error;
        await TryReplaceAsync(row, reservation.ETag, cancellationToken).ConfigureAwait(false);
    }

    // What every attempt records, whatever its outcome; the reservation's columns are left out, which ends it.
    private static SummarySendEntity Attempt(SummarySendEntity reservation, string transport, DateTimeOffset at, SummarySendEntity? previous) => new()
    {
        PartitionKey = reservation.PartitionKey,
        RowKey = reservation.RowKey,
        Office = reservation.Office,
        Kind = reservation.Kind,
        Recipient = reservation.Recipient,
        Subject = reservation.Subject,
        Transport = transport,
        LastAttemptAt = at,
        Attempts = (previous?.Attempts ?? 0) + 1,
    };

    /// <summary>Replaces the row if it is still the reservation; false when another run has changed it.</summary>
    private async Task<bool> TryReplaceAsync(SummarySendEntity entity, Azure.ETag reservation, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateEntityAsync(entity, reservation, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_created) return;
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        _created = true;
    }
}
