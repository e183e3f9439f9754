using Azure.Data.Tables;
using Compliance.Checking;
using Compliance.Storage.Tables;

namespace Compliance.Storage;

/// <summary>Filters for <see cref="ResultReader.QueryFindingsAsync"/>; null means any.</summary>
public sealed record FindingFilter(string? Bulletin = null, string? Office = null, IsoWeek? Week = null, Severity? Severity = null);

/// <summary>Reads the result tables (the CLI's <c>findings</c> and <c>process</c> commands).</summary>
public sealed class ResultReader
{
    private readonly TableClient _bulletins;
    private readonly TableClient _findings;

    public ResultReader(TableServiceClient tableService)
    {
        ArgumentNullException.ThrowIfNull(tableService);
        _bulletins = tableService.GetTableClient(TableNames.Bulletins);
        _findings = tableService.GetTableClient(TableNames.Findings);
    }

    /// <summary>Every Bulletins row, keyed by blob name (empty when the table does not exist yet).</summary>
    public async Task<Dictionary<string, BulletinEntity>> GetBulletinsAsync(CancellationToken cancellationToken = default)
    {
        var rows = new Dictionary<string, BulletinEntity>(StringComparer.Ordinal);
        try
        {
            await foreach (var row in _bulletins.QueryAsync<BulletinEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows[row.Bulletin] = row;
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // No bulletin processed yet.
        }
        return rows;
    }

    /// <summary>
    /// Findings matching the filter, in bulletin and report order. A bulletin's findings are one partition: a query by
    /// bulletin reads that partition; a query by week first lists that week's bulletins (the small Bulletins table) and
    /// then reads their partitions, so it never scans every finding ever written.
    /// </summary>
    public async IAsyncEnumerable<FindingEntity> QueryFindingsAsync(FindingFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IEnumerable<FindingFilter> partitions = [filter];
        if (string.IsNullOrEmpty(filter.Bulletin) && filter.Week is { } week)
        {
            var bulletins = await BulletinsOfWeekAsync(week, cancellationToken).ConfigureAwait(false);
            partitions = bulletins.Order(StringComparer.Ordinal).Select(b => filter with { Bulletin = b });
        }
        foreach (var partition in partitions)
        {
            await foreach (var row in QueryAsync<FindingEntity>(_findings, BuildFilter(partition), cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }

    private async Task<List<string>> BulletinsOfWeekAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var byWeek = TableClient.CreateQueryFilter($"Week eq {week.ToString()}");
        await foreach (var row in QueryAsync<BulletinEntity>(_bulletins, byWeek, cancellationToken).ConfigureAwait(false))
        {
            names.Add(row.Bulletin);
        }
        return names;
    }

    // A table that does not exist yet (nothing processed) reads as empty.
    private static async IAsyncEnumerable<T> QueryAsync<T>(TableClient table, string? filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken) where T : class, ITableEntity
    {
        var enumerator = table.QueryAsync<T>(filter, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false)) yield break;
                }
                catch (Azure.RequestFailedException ex) when (ex.Status == 404)
                {
                    yield break;
                }
                yield return enumerator.Current;
            }
        }
    }

    /// <summary>An OData filter built only from <see cref="TableClient.CreateQueryFilter(FormattableString)"/> parts; null for no filter.</summary>
    public static string? BuildFilter(FindingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(filter.Bulletin)) parts.Add(TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(filter.Bulletin)}"));
        if (!string.IsNullOrEmpty(filter.Office)) parts.Add(TableClient.CreateQueryFilter($"Issuer eq {filter.Office}"));
        if (filter.Week is { } week) parts.Add(TableClient.CreateQueryFilter($"Week eq {week.ToString()}"));
        if (filter.Severity is { } severity) parts.Add(TableClient.CreateQueryFilter($"Severity eq {SeverityLabels.Label(severity)}"));
        return parts.Count == 0 ? null : string.Join(" and ", parts.Select(p => $"({p})"));
    }
}
