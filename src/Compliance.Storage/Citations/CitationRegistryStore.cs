using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Compliance.Checking.Citations;
using Compliance.Storage.Tables;

namespace Compliance.Storage.Citations;

/// <summary>
/// The citation registry in Table storage (<see cref="RegistryEntity"/>). For one bulletin:
/// <list type="number">
/// <item>read the bulletin's list of partitions (one query);</item>
/// <item>write its rows in each partition whose rows changed (one entity-group transaction per partition; none on a rerun);</item>
/// <item>read every partition of its numbers and titles, old and new (one query per 15 partitions, the service's limit
/// of comparisons in a filter), and delete its rows that are no longer its own;</item>
/// <item>after the caller has judged and stored the bulletin (and checked again the bulletins it affects), write the
/// list (<see cref="CommitAsync"/>).</item>
/// </list>
/// Rows are written before anything is read, so that of two bulletins checked at once the later reader sees the other;
/// the list is written last, so that a run that dies is done again in full by the next.
/// </summary>
public sealed class CitationRegistryStore
{
    /// <summary>Most comparisons the Table service allows in one filter.</summary>
    public const int MaxPartitionsPerQuery = 15;

    private const string ListRowPrefix = "B";
    private readonly SemaphoreSlim _ensureLock = new(1, 1);
    private bool _tableReady;

    public CitationRegistryStore(TableServiceClient tableService)
    {
        ArgumentNullException.ThrowIfNull(tableService);
        Table = tableService.GetTableClient(TableNames.CitationRegistry);
    }

    public TableClient Table { get; }

    public async Task EnsureTableAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _tableReady)) return;
        await _ensureLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tableReady) return;
            await Table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _tableReady, true);
        }
        finally
        {
            _ensureLock.Release();
        }
    }

    /// <summary>Files the bulletin's entries (replacing what it had filed) and reads back everything filed under its
    /// numbers and titles, old and new.</summary>
    public async Task<RegistryUpdate> UpdateAsync(RegistryEntries entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var listPartition = ListPartition(entries.Bulletin);
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<RegistryEntity>(PartitionIs(listPartition), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            previous[KeyEncoding.Decode(row.RowKey)] = row.Hash ?? "";
        }

        var rows = RowsOf(entries);
        var hashes = rows.ToDictionary(p => p.Key, p => HashOf(p.Value), StringComparer.Ordinal);
        // Partitions are independent: their transactions go out side by side.
        var changedPartitions = rows.Where(p => !(previous.TryGetValue(p.Key, out var hash) && hash == hashes[p.Key])).Select(p => p.Value).ToList();
        await ForEachPartitionAsync(changedPartitions, (partitionRows, ct) =>
            SubmitAsync(partitionRows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct), cancellationToken).ConfigureAwait(false);
        var writes = changedPartitions.Count;

        var partitions = rows.Keys.Union(previous.Keys).Order(StringComparer.Ordinal).ToList();
        var loaded = await LoadAsync(partitions, cancellationToken).ConfigureAwait(false);

        // The bulletin's rows that its entries no longer give: a new version of it dropped a citation.
        var own = RowKeyPrefix(entries.Bulletin);
        var kept = rows.Values.SelectMany(r => r).Select(r => (r.PartitionKey, r.RowKey)).ToHashSet();
        var stale = loaded.Where(r => r.RowKey.StartsWith(own, StringComparison.Ordinal) && !kept.Contains((r.PartitionKey, r.RowKey))).ToHashSet();
        var staleGroups = stale.GroupBy(r => r.PartitionKey).Select(g => g.ToList()).ToList();
        await ForEachPartitionAsync(staleGroups, (group, ct) =>
            SubmitAsync(group.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), ct), cancellationToken).ConfigureAwait(false);
        writes += staleGroups.Count;
        var vacated = stale.Select(r => r.PartitionKey).ToHashSet(StringComparer.Ordinal);
        var current = loaded.Where(r => !stale.Contains(r)).ToList();
        var neighbours = current.Where(r => vacated.Contains(r.PartitionKey) && r.Bulletin != entries.Bulletin).Select(r => r.Bulletin)
            .ToHashSet(StringComparer.Ordinal);

        var changed = writes > 0 || previous.Count != hashes.Count;
        return new RegistryUpdate(entries.Bulletin, RegistryOf(current), neighbours, changed ? hashes : null, previous.Keys.Except(hashes.Keys).ToList());
    }

    /// <summary>What the store holds under the numbers and titles of the bulletins given, read only (the CLI's
    /// <c>check --store</c>). Empty when nothing was ever filed.</summary>
    public async Task<CitationRegistry> ReadAsync(IEnumerable<RegistryEntries> bulletins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletins);
        var partitions = bulletins.SelectMany(b => RowsOf(b).Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        try
        {
            return RegistryOf(await LoadAsync(partitions, cancellationToken).ConfigureAwait(false));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return CitationRegistry.Empty;
        }
    }

    /// <summary>Writes the bulletin's list of partitions once its rows, its results and the bulletins it affects are done.</summary>
    public async Task CommitAsync(RegistryUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Partitions is null) return;
        var listPartition = ListPartition(update.Bulletin);
        var actions = update.Partitions.Select(p => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new RegistryEntity { PartitionKey = listPartition, RowKey = KeyEncoding.Encode(p.Key), Bulletin = update.Bulletin, Hash = p.Value }))
            .Concat(update.Dropped.Select(p => new TableTransactionAction(TableTransactionActionType.Delete,
                new TableEntity(listPartition, KeyEncoding.Encode(p)), ETag.All)));
        await SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every row filed under the partitions given, one query per <see cref="MaxPartitionsPerQuery"/> (side by side).</summary>
    private async Task<List<RegistryEntity>> LoadAsync(IReadOnlyList<string> partitions, CancellationToken cancellationToken)
    {
        var chunks = partitions.Chunk(MaxPartitionsPerQuery).ToList();
        var results = new List<RegistryEntity>[chunks.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, chunks.Count), Parallelism(cancellationToken), async (i, ct) =>
        {
            var rows = new List<RegistryEntity>();
            var filter = string.Join(" or ", chunks[i].Select(PartitionIs));
            await foreach (var row in Table.QueryAsync<RegistryEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
            {
                rows.Add(row);
            }
            results[i] = rows;
        }).ConfigureAwait(false);
        return results.SelectMany(r => r).ToList();
    }

    /// <summary>How many partitions are written or read at once.</summary>
    private const int MaxParallelRequests = 8;

    private static ParallelOptions Parallelism(CancellationToken cancellationToken)
        => new() { MaxDegreeOfParallelism = MaxParallelRequests, CancellationToken = cancellationToken };

    private static Task ForEachPartitionAsync<T>(IReadOnlyList<T> partitions, Func<T, CancellationToken, Task> write, CancellationToken cancellationToken)
        => Parallel.ForEachAsync(partitions, Parallelism(cancellationToken), async (p, ct) => await write(p, ct).ConfigureAwait(false));

    private static string PartitionIs(string partition) => "PartitionKey eq '" + partition.Replace("'", "''", StringComparison.Ordinal) + "'";

    private async Task SubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        foreach (var chunk in actions.Chunk(ResultTableWriter.MaxTransactionSize))
        {
            await Table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The registry the rows make: a document or citation filed under two partitions counts once.</summary>
    internal static CitationRegistry RegistryOf(IEnumerable<RegistryEntity> rows)
    {
        var documents = new Dictionary<(string, int), RegisteredDocument>();
        var citations = new Dictionary<(string, int, long), RegisteredCitation>();
        foreach (var row in rows)
        {
            var document = new DocumentRef(row.Bulletin, row.DocIndex, row.DocTitle, row.DocNumber,
                DateOnly.TryParseExact(row.DocDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                row.DocIssuer);
            NumberKey? number = row is { NumberCode: { } code, NumberYear: { } year, NumberSerial: { } serial } ? new NumberKey(code, year, serial) : null;
            if (row.Kind == RegistryEntity.DocumentKind)
            {
                documents.TryAdd((row.Bulletin, row.DocIndex), new RegisteredDocument(document, number, row.TitleKey));
            }
            else if (row.Kind == RegistryEntity.CitationKind && number is { } cited && row is { Title: { } title, TitleKey: { } titleKey, Number: { } text, Order: { } order })
            {
                citations.TryAdd((row.Bulletin, row.DocIndex, order), new RegisteredCitation(document, title, titleKey, cited, text, row.Line ?? 0, row.Page, order));
            }
        }
        return new CitationRegistry(documents.Values, citations.Values);
    }

    /// <summary>The bulletin's rows by partition, each list in row-key order.</summary>
    internal static SortedDictionary<string, List<RegistryEntity>> RowsOf(RegistryEntries entries)
    {
        var rows = new SortedDictionary<string, List<RegistryEntity>>(StringComparer.Ordinal);
        var prefix = RowKeyPrefix(entries.Bulletin);
        void Add(string partition, RegistryEntity row)
        {
            row.PartitionKey = partition;
            if (!rows.TryGetValue(partition, out var list)) rows[partition] = list = [];
            list.Add(row);
        }
        foreach (var d in entries.Documents)
        {
            var rowKey = prefix + "D|" + d.Document.Index.ToString("D4", CultureInfo.InvariantCulture);
            RegistryEntity Row() => Fill(new RegistryEntity { RowKey = rowKey, Kind = RegistryEntity.DocumentKind, Title = d.Document.Title, TitleKey = d.TitleKey, Number = d.Document.Number }, d.Document, d.Number);
            if (d.Number is { } number) Add(NumberPartition(number), Row());
            // Titles are looked up only for citation.number-mismatch, which judges only titles that name their organ.
            if (d.TitleKey is { } title && CitationTitles.NamesIssuer(title)) Add(TitlePartition(title), Row());
        }
        foreach (var c in entries.Citations)
        {
            var rowKey = prefix + "C|" + c.Citing.Index.ToString("D4", CultureInfo.InvariantCulture) + "|" + c.Order.ToString("D16", CultureInfo.InvariantCulture);
            RegistryEntity Row() => Fill(new RegistryEntity
            {
                RowKey = rowKey, Kind = RegistryEntity.CitationKind, Title = c.Title, TitleKey = c.TitleKey, Number = c.NumberText,
                Line = c.Line, Page = c.Page, Order = c.Order,
            }, c.Citing, c.Number);
            Add(NumberPartition(c.Number), Row());
            if (CitationTitles.NamesIssuer(c.TitleKey)) Add(TitlePartition(c.TitleKey), Row());
        }
        foreach (var list in rows.Values) list.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return rows;
    }

    private static RegistryEntity Fill(RegistryEntity row, DocumentRef document, NumberKey? number)
    {
        row.Bulletin = document.Bulletin;
        row.DocIndex = document.Index;
        row.DocTitle = document.Title;
        row.DocNumber = document.Number;
        row.DocDate = document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row.DocIssuer = document.Issuer;
        row.NumberCode = number?.Code;
        row.NumberYear = number?.Year;
        row.NumberSerial = number?.Serial;
        return row;
    }

    public static string NumberPartition(NumberKey number)
        => KeyEncoding.Compose("N", number.Code, number.Year.ToString(CultureInfo.InvariantCulture), number.Serial.ToString(CultureInfo.InvariantCulture));

    public static string TitlePartition(string titleKey)
        => "T" + KeyEncoding.Separator + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(titleKey)))[..24];

    private static string ListPartition(string bulletin) => ListRowPrefix + KeyEncoding.Separator + KeyEncoding.Encode(bulletin);

    private static string RowKeyPrefix(string bulletin) => KeyEncoding.Encode(bulletin) + KeyEncoding.Separator;

    /// <summary>A short hash of a partition's rows (every column the registry reads), to skip writing unchanged ones.</summary>
    private static string HashOf(List<RegistryEntity> rows)
    {
        var text = new StringBuilder();
        foreach (var r in rows)
        {
            text.Append(r.RowKey).Append('\u001f').Append(r.Kind).Append('\u001f').Append(r.Bulletin).Append('\u001f').Append(r.DocIndex)
                .Append('\u001f').Append(r.DocTitle).Append('\u001f').Append(r.DocNumber).Append('\u001f').Append(r.DocDate).Append('\u001f').Append(r.DocIssuer)
                .Append('\u001f').Append(r.Title).Append('\u001f').Append(r.TitleKey).Append('\u001f').Append(r.Number)
                .Append('\u001f').Append(r.NumberCode).Append('\u001f').Append(r.NumberYear).Append('\u001f').Append(r.NumberSerial)
                .Append('\u001f').Append(r.Line).Append('\u001f').Append(r.Page).Append('\u001f').Append(r.Order).Append('\u001e');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}

/// <summary>What filing one bulletin found and changed.</summary>
/// <param name="Bulletin">The bulletin filed.</param>
/// <param name="Registry">Everything filed under the bulletin's numbers and titles, its own new entries included.</param>
/// <param name="Neighbours">Other bulletins with rows in a partition the bulletin left: their citations may have been
/// judged against what it no longer says.</param>
/// <param name="Partitions">The bulletin's partitions and their hashes, to list once the caller is done; null when
/// nothing changed since the last complete run.</param>
/// <param name="Dropped">Partitions listed before and no longer.</param>
public sealed record RegistryUpdate(string Bulletin, CitationRegistry Registry, IReadOnlySet<string> Neighbours,
    IReadOnlyDictionary<string, string>? Partitions, IReadOnlyList<string> Dropped)
{
    /// <summary>True when the bulletin's entries changed (or a run that filed them did not finish): the bulletins it
    /// affects must be checked again.</summary>
    public bool Changed => Partitions is not null;
}
