using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Compliance.Checking;
using Compliance.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Compliance.Storage;

/// <summary>
/// Writes one bulletin's results to the Findings, DocumentResults and Bulletins tables so that any number of runs
/// for the same blob converge on the same rows:
/// <list type="number">
/// <item>read the bulletin's row (which lists the rows it owns in the other tables);</item>
/// <item>claim it: mark it 处理中 with the rows this run will write (pending) and a lease, conditional on the row's ETag
/// (a run that dies leaves no unknown rows; a concurrent run sees the claim and waits);</item>
/// <item>per partition, upsert the new rows and delete the bulletin's stale ones, in transactions of at most 100;</item>
/// <item>write the bulletin's row last (status checked or rejected), replacing the pending marks, conditional on the
/// claim's ETag: a run whose claim was taken over starts again.</item>
/// </list>
/// Concurrent runs for the same blob thus leave the rows of one of them (see docs/storage.md, Concurrency).
/// </summary>
public sealed class ResultTableWriter
{
    /// <summary>Most operations in one entity-group transaction.</summary>
    public const int MaxTransactionSize = 100;

    // Table properties hold at most 64 KiB (32K UTF-16 characters); keep long values well inside that.
    private const int MaxEvidenceLength = 1000;
    private const int MaxMessageLength = 2000;
    private const int MaxFindingsJsonLength = 30000;

    private readonly TableServiceClient _service;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lease;
    private readonly SemaphoreSlim _ensureLock = new(1, 1);
    private bool _tablesReady;

    public ResultTableWriter(TableServiceClient tableService, TimeProvider timeProvider, IOptions<BulletinStorageOptions>? options = null)
    {
        _service = tableService ?? throw new ArgumentNullException(nameof(tableService));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _lease = options?.Value.ProcessingLease ?? BulletinStorageOptions.DefaultProcessingLease;
        Bulletins = _service.GetTableClient(TableNames.Bulletins);
        Findings = _service.GetTableClient(TableNames.Findings);
        DocumentResults = _service.GetTableClient(TableNames.DocumentResults);
    }

    public TableClient Bulletins { get; }
    public TableClient Findings { get; }
    public TableClient DocumentResults { get; }

    /// <summary>Creates the three tables if missing (once per instance).</summary>
    public async Task EnsureTablesAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _tablesReady)) return;
        await _ensureLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tablesReady) return;
            foreach (var table in new[] { Bulletins, Findings, DocumentResults })
            {
                await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            }
            Volatile.Write(ref _tablesReady, true);
        }
        finally
        {
            _ensureLock.Release();
        }
    }

    /// <summary>The bulletin's row, or null if it has never been processed.</summary>
    public async Task<BulletinEntity?> GetBulletinAsync(string bulletinName, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var response = await Bulletins.GetEntityIfExistsAsync<BulletinEntity>(
            KeyEncoding.Encode(bulletinName), BulletinEntity.RowKeyValue, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Writes the outcome; returns the bulletin's row as written. When another run for the same blob holds a claim, waits
    /// for it (at most <c>Storage:ProcessingLease</c>); if that run stored this same blob version meanwhile, returns its
    /// row without writing anything.
    /// </summary>
    public Task<BulletinEntity> WriteAsync(BulletinOutcome outcome, CancellationToken cancellationToken = default)
        => WriteAsync(outcome, null, cancellationToken);

    /// <summary>
    /// As <see cref="WriteAsync(BulletinOutcome, CancellationToken)"/>, with <paramref name="stage"/> run on the outcome
    /// while this run holds the bulletin's claim, before the rows are built: work whose result depends on what other
    /// runs wrote (the citation registry) is then ordered like the writes of runs for the same blob.
    /// </summary>
    public async Task<BulletinEntity> WriteAsync(BulletinOutcome outcome, ClaimedStage? stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var etag = BulletinEntity.ETagText(outcome.ETag);
        var run = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var contended = false;
        while (true)
        {
            var previous = await GetBulletinAsync(outcome.BulletinName, cancellationToken).ConfigureAwait(false);
            if (previous is not null && IsClaimedByAnother(previous, run))
            {
                contended = true;
                await Task.Delay(ClaimPollInterval, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (contended && stage is not { AlwaysWrite: true } && previous is not null && BulletinStatus.IsFinal(previous.Status) && previous.BlobETag == etag)
            {
                return previous;
            }
            var row = await TryWriteAsync(outcome, previous, etag, run, stage, cancellationToken).ConfigureAwait(false);
            if (row is not null) return row;
            // Another run changed the bulletin's row since it was read: read it again.
            contended = true;
        }
    }

    /// <summary>How often a run waiting for another run's claim reads the bulletin's row again.</summary>
    internal static readonly TimeSpan ClaimPollInterval = TimeSpan.FromMilliseconds(200);

    private bool IsClaimedByAnother(BulletinEntity row, string run)
        => row.Status == BulletinStatus.Processing && row.ClaimedBy != run
           && row.ClaimExpiresAt is { } until && until > _time.GetUtcNow();

    /// <summary>
    /// Claims the bulletin (conditional on the row read), writes the rows, then the bulletin's row (conditional on the
    /// claim). Null when another run changed the bulletin's row in between: nothing this run wrote is then unknown to
    /// that run, which read this run's pending marks.
    /// </summary>
    private async Task<BulletinEntity?> TryWriteAsync(BulletinOutcome outcome, BulletinEntity? previous, string etag, string run,
        ClaimedStage? stage, CancellationToken cancellationToken)
    {
        var partitionKey = KeyEncoding.Encode(outcome.BulletinName);
        var (week, processedAt) = ChooseWeek(previous, etag);

        var report = outcome.IsRejected ? null : outcome.Report;
        var findings = report is null ? [] : BuildFindings(outcome.BulletinName, partitionKey, report, week);
        var documents = report is null ? [] : BuildDocumentResults(outcome.BulletinName, report, week, processedAt);
        var newDocumentRows = RowMap.Of(documents);
        var known = RowMap.Parse(previous?.DocumentRows).Union(RowMap.Parse(previous?.PendingDocumentRows));
        var knownFindingRows = Math.Max(previous?.FindingRows ?? 0, previous?.PendingFindingRows ?? 0);

        var claim = await TryClaimAsync(outcome.BulletinName, partitionKey, previous, etag, week, processedAt,
            Math.Max(previous?.PendingFindingRows ?? 0, findings.Count + (stage?.ReserveFindingRows ?? 0)),
            RowMap.Parse(previous?.PendingDocumentRows).Union(newDocumentRows), run, cancellationToken).ConfigureAwait(false);
        if (claim is not { } claimETag) return null;

        try
        {
            if (stage is not null)
            {
                outcome = await stage.Run(outcome, cancellationToken).ConfigureAwait(false);
                report = outcome.IsRejected ? null : outcome.Report;
                findings = report is null ? [] : BuildFindings(outcome.BulletinName, partitionKey, report, week);
                documents = report is null ? [] : BuildDocumentResults(outcome.BulletinName, report, week, processedAt);
            }
            var staleFindings = Enumerable.Range(findings.Count + 1, Math.Max(0, knownFindingRows - findings.Count))
                .Select(FindingEntity.RowKeyFor).ToList();
            await ReplacePartitionAsync(Findings, partitionKey, findings, staleFindings,
                ct => QueryRowKeysAsync(Findings, TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), ct),
                cancellationToken).ConfigureAwait(false);

            // One partition per week: first processing writes ceil(documents/100) transactions here; a new version
            // checked in a later week also cleans up the earlier week's partition.
            foreach (var partition in newDocumentRows.Weeks.Union(known.Weeks).Order(StringComparer.Ordinal))
            {
                var upserts = documents.Where(d => d.PartitionKey == partition).ToList();
                var stale = known.RowKeys(partition, outcome.BulletinName).Except(newDocumentRows.RowKeys(partition, outcome.BulletinName)).ToList();
                // Only for the fallback after a failed delete: the bulletin's rows of that week, found within one partition.
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Bulletin eq {outcome.BulletinName}");
                await ReplacePartitionAsync(DocumentResults, partition, upserts, stale,
                    ct => QueryRowKeysAsync(DocumentResults, filter, ct), cancellationToken).ConfigureAwait(false);
            }

            var row = new BulletinEntity
            {
                PartitionKey = partitionKey,
                Bulletin = outcome.BulletinName,
                Status = outcome.IsRejected ? BulletinStatus.Rejected : BulletinStatus.Checked,
                Reason = outcome.RejectionReason,
                Encoding = outcome.Report?.Encoding,
                Documents = report?.Documents.Count ?? 0,
                Findings = findings.Count,
                Errors = report?.ErrorCount ?? 0,
                Warnings = report?.WarningCount ?? 0,
                Infos = report?.InfoCount ?? 0,
                Week = week.ToString(),
                ProcessedAt = processedAt,
                BlobETag = etag,
                ContentSha256 = outcome.ContentSha256,
                SizeBytes = outcome.SizeBytes,
                FindingRows = findings.Count,
                DocumentRows = newDocumentRows.ToJson(),
            };
            // Replace (not merge) so the pending and claim marks disappear with this final write; only while the
            // claim is still this run's.
            try
            {
                var response = await Bulletins.UpdateEntityAsync(row, claimETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                row.ETag = response.Headers.ETag ?? default;
                return row;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                return null;
            }
        }
        catch
        {
            await ReleaseClaimAsync(partitionKey, claimETag).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The same blob version keeps the week and time of its first processing, so re-runs write identical rows.</summary>
    private (IsoWeek Week, DateTimeOffset At) ChooseWeek(BulletinEntity? previous, string etag)
    {
        if (previous is not null)
        {
            if (previous.BlobETag == etag && IsoWeek.TryParse(previous.Week, out var week))
            {
                return (week, previous.ProcessedAt);
            }
            if (previous.PendingETag == etag && previous.PendingAt is { } at && IsoWeek.TryParse(previous.PendingWeek, out var pendingWeek))
            {
                return (pendingWeek, at);
            }
        }
        var now = _time.GetUtcNow();
        return (IsoWeek.FromInstant(now), now);
    }

    /// <summary>
    /// Marks the bulletin 处理中 with the rows this run will write (pending) and the claim, only if the row is as it was
    /// read (added if there was none). Returns the marked row's ETag, or null when another run got there first.
    /// </summary>
    private async Task<ETag?> TryClaimAsync(string bulletinName, string partitionKey, BulletinEntity? previous, string etag,
        IsoWeek week, DateTimeOffset at, int findingRows, RowMap documentRows, string run, CancellationToken cancellationToken)
    {
        var pending = new TableEntity(partitionKey, BulletinEntity.RowKeyValue)
        {
            [nameof(BulletinEntity.Bulletin)] = bulletinName,
            [nameof(BulletinEntity.Status)] = BulletinStatus.Processing,
            [nameof(BulletinEntity.PendingETag)] = etag,
            [nameof(BulletinEntity.PendingWeek)] = week.ToString(),
            [nameof(BulletinEntity.PendingAt)] = at,
            [nameof(BulletinEntity.PendingFindingRows)] = findingRows,
            [nameof(BulletinEntity.PendingDocumentRows)] = documentRows.ToJson(),
            [nameof(BulletinEntity.ClaimedBy)] = run,
            [nameof(BulletinEntity.ClaimExpiresAt)] = _time.GetUtcNow() + _lease,
        };
        try
        {
            if (previous is null)
            {
                // The row must carry every column of the contract even before the first final write.
                pending[nameof(BulletinEntity.FindingRows)] = 0;
                pending[nameof(BulletinEntity.DocumentRows)] = "{}";
                return (await Bulletins.AddEntityAsync(pending, cancellationToken).ConfigureAwait(false)).Headers.ETag;
            }
            return (await Bulletins.UpdateEntityAsync(pending, previous.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false)).Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    /// <summary>After a failure, lets the next run start at once instead of waiting for the lease (best effort).</summary>
    private async Task ReleaseClaimAsync(string partitionKey, ETag claim)
    {
        // Long expired whatever the other hosts' clocks say.
        var released = new TableEntity(partitionKey, BulletinEntity.RowKeyValue) { [nameof(BulletinEntity.ClaimExpiresAt)] = DateTimeOffset.UnixEpoch };
        try
        {
            using var timeout = new CancellationTokenSource(ReleaseTimeout);
            await Bulletins.UpdateEntityAsync(released, claim, TableUpdateMode.Merge, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or IOException or AggregateException or HttpRequestException)
        {
            // Storage is failing or another run took over; the claim then simply expires.
        }
    }

    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Upserts <paramref name="upserts"/> and deletes <paramref name="staleKeys"/> in one partition. Deleting a row
    /// that is not there fails the whole transaction (a run that died before writing it, or a row removed by hand):
    /// then the stale rows are taken from a query of what exists and the partition is written again.
    /// </summary>
    private static async Task ReplacePartitionAsync(TableClient table, string partitionKey, IReadOnlyList<ITableEntity> upserts,
        IReadOnlyCollection<string> staleKeys, Func<CancellationToken, Task<List<string>>> existingKeys, CancellationToken cancellationToken)
    {
        try
        {
            await SubmitAsync(table, partitionKey, upserts, staleKeys, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && staleKeys.Count > 0)
        {
            var keep = upserts.Select(e => e.RowKey).ToHashSet(StringComparer.Ordinal);
            var stale = (await existingKeys(cancellationToken).ConfigureAwait(false)).Where(k => !keep.Contains(k)).ToList();
            await SubmitAsync(table, partitionKey, upserts, stale, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task SubmitAsync(TableClient table, string partitionKey, IReadOnlyList<ITableEntity> upserts,
        IReadOnlyCollection<string> staleKeys, CancellationToken cancellationToken)
    {
        var actions = upserts.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))
            .Concat(staleKeys.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, k), ETag.All)))
            .ToList();
        foreach (var chunk in actions.Chunk(MaxTransactionSize))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<string>> QueryRowKeysAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            keys.Add(entity.RowKey);
        }
        return keys;
    }

    internal static List<ITableEntity> BuildFindings(string bulletinName, string partitionKey, BulletinReport report, IsoWeek week)
    {
        var rows = new List<ITableEntity>();
        void Add(Finding finding, DocumentReport? document)
        {
            rows.Add(new FindingEntity
            {
                PartitionKey = partitionKey,
                RowKey = FindingEntity.RowKeyFor(rows.Count + 1),
                Bulletin = bulletinName,
                DocIndex = document?.Index ?? 0,
                DocNumber = document?.DocNumber,
                Title = document?.Title,
                Issuer = document is null ? null : OfficeOf(document),
                Rule = finding.RuleId,
                Severity = SeverityLabels.Label(finding.Severity),
                Message = Truncate(finding.Message, MaxMessageLength) ?? "",
                Line = finding.Line,
                Page = finding.Page ?? document?.Page,
                Evidence = Truncate(finding.Evidence, MaxEvidenceLength),
                Suggestion = Truncate(finding.Suggestion, MaxEvidenceLength),
                Week = week.ToString(),
            });
        }
        foreach (var finding in report.Findings) Add(finding, null);
        foreach (var document in report.Documents)
        {
            foreach (var finding in document.Findings) Add(finding, document);
        }
        return rows;
    }

    internal static List<DocumentResultEntity> BuildDocumentResults(string bulletinName, BulletinReport report, IsoWeek week, DateTimeOffset checkedAt)
        => report.Documents.Select(document =>
        {
            var office = OfficeOf(document);
            return new DocumentResultEntity
            {
                PartitionKey = DocumentResultEntity.PartitionKeyFor(week),
                RowKey = DocumentResultEntity.RowKeyFor(office, bulletinName, document.Index),
                Week = week.ToString(),
                Office = office,
                Bulletin = bulletinName,
                DocumentIndex = document.Index,
                DocNumber = document.DocNumber,
                Title = document.Title,
                Kind = document.Kind,
                Date = document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Errors = document.CountOf(Severity.Error),
                Warnings = document.CountOf(Severity.Warning),
                Infos = document.CountOf(Severity.Info),
                FindingsJson = FindingsJsonOf(document.Findings),
                CheckedAt = checkedAt,
            };
        }).ToList();

    /// <summary>The office a document is filed under: its lead issuer, or <see cref="DocumentResultEntity.UnknownOffice"/>.</summary>
    public static string OfficeOf(DocumentReport document)
        => string.IsNullOrWhiteSpace(document.Issuer) ? DocumentResultEntity.UnknownOffice : document.Issuer.Trim();

    private static string FindingsJsonOf(IReadOnlyList<Finding> findings)
    {
        var summaries = findings.Select(f => new FindingSummary(f.RuleId, f.Severity.ToString(), Truncate(f.Message, MaxMessageLength) ?? "",
            f.Line, f.Page, Truncate(f.Evidence, MaxEvidenceLength), Truncate(f.Suggestion, MaxEvidenceLength))).ToList();
        var json = FindingSummaryJson.Serialize(summaries);
        // A document with hundreds of findings would overflow one property: keep the most serious ones that fit
        // (the Errors/Warnings/Infos columns still count them all).
        while (json.Length > MaxFindingsJsonLength && summaries.Count > 0)
        {
            summaries = summaries.OrderByDescending(s => Enum.Parse<Severity>(s.Severity)).Take(summaries.Count * 3 / 4).ToList();
            json = FindingSummaryJson.Serialize(summaries);
        }
        return json;
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Rows a bulletin owns in DocumentResults: week (the partition) → office → document indexes.</summary>
    internal sealed class RowMap
    {
        private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<int>>> _rows = new(StringComparer.Ordinal);

        public IEnumerable<string> Weeks => _rows.Keys;

        /// <summary>The RowKeys of the bulletin's rows in one week's partition.</summary>
        public IEnumerable<string> RowKeys(string week, string bulletin)
            => _rows.TryGetValue(week, out var offices)
                ? offices.SelectMany(o => o.Value.Select(i => DocumentResultEntity.RowKeyFor(o.Key, bulletin, i)))
                : [];

        public static RowMap Of(IEnumerable<DocumentResultEntity> documents)
        {
            var map = new RowMap();
            foreach (var d in documents) map.Add(d.PartitionKey, d.Office, d.DocumentIndex);
            return map;
        }

        public static RowMap Parse(string? json)
        {
            var map = new RowMap();
            if (string.IsNullOrWhiteSpace(json)) return map;
            var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, int[]>>>(json) ?? [];
            foreach (var (week, offices) in parsed)
            {
                foreach (var (office, indexes) in offices)
                {
                    foreach (var i in indexes) map.Add(week, office, i);
                }
            }
            return map;
        }

        public RowMap Union(RowMap other)
        {
            var map = new RowMap();
            foreach (var source in new[] { this, other })
            {
                foreach (var (week, offices) in source._rows)
                {
                    foreach (var (office, set) in offices)
                    {
                        foreach (var i in set) map.Add(week, office, i);
                    }
                }
            }
            return map;
        }

        public bool IsSubsetOf(RowMap other)
            => _rows.All(w => other._rows.TryGetValue(w.Key, out var offices)
                              && w.Value.All(o => offices.TryGetValue(o.Key, out var set) && o.Value.IsSubsetOf(set)));

        public string ToJson() => JsonSerializer.Serialize(_rows, FindingSummaryJson.Options);

        private void Add(string week, string office, int index)
        {
            if (!_rows.TryGetValue(week, out var offices)) _rows[week] = offices = new(StringComparer.Ordinal);
            if (!offices.TryGetValue(office, out var set)) offices[office] = set = [];
            set.Add(index);
        }
    }
}

/// <summary>Work on a bulletin's outcome done while the run holds the bulletin's claim (see
/// <see cref="ResultTableWriter.WriteAsync(BulletinOutcome, ClaimedStage?, CancellationToken)"/>).</summary>
/// <param name="Run">The work: returns the outcome to store. It may add findings (at most <paramref name="ReserveFindingRows"/>)
/// but no documents.</param>
/// <param name="ReserveFindingRows">Finding rows claimed beyond the outcome's own, so that a run that dies after
/// <paramref name="Run"/> leaves no row the next run does not know of.</param>
/// <param name="AlwaysWrite">Write even when another run stored this blob version while this one waited: that run may
/// have judged against a registry older than this run's.</param>
public sealed record ClaimedStage(Func<BulletinOutcome, CancellationToken, Task<BulletinOutcome>> Run, int ReserveFindingRows, bool AlwaysWrite);
