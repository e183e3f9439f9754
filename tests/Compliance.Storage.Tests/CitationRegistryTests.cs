using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Compliance.Checking;
using Compliance.Checking.Citations;
using Compliance.Storage.Citations;
using Compliance.Storage.Tables;
using Compliance.TestSupport;

namespace Compliance.Storage.Tests;

/// <summary>
/// The citation registry in Table storage: order of arrival does not matter, reruns change nothing, a bulletin that
/// withdraws a citation takes its findings elsewhere with it, and what it costs in table requests.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class CitationRegistryTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output)
{
    // Two sample bulletins that cite 国办发〔2017〕26号 with two titles, and one that shares no citation with them.
    private static readonly string[] Seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
    private static string Luoyang => Seeds[0];
    private static string Unrelated => Seeds[1];
    private static string Lvliang => Seeds[2];

    [Fact]
    public async Task Two_bulletins_give_the_same_tables_in_either_order_and_a_third_changes_nothing_in_them()
    {
        var forward = await ProcessInOrderAsync(Luoyang, Lvliang);
        var backward = await ProcessInOrderAsync(Lvliang, Luoyang);

        Assert.Equal(forward.Rows, backward.Rows);
        Assert.Contains(forward.Rows, r => r.StartsWith("CitationRegistry ", StringComparison.Ordinal));
        // The finding names the other document: its bulletin, title and number.
        var conflict = Assert.Single(forward.Findings, f => f.Rule == RuleIds.CitationTitleConflict);
        Assert.Equal(Path.GetFileName(Lvliang), conflict.Bulletin);
        Assert.Equal("国办发〔2017〕26号", conflict.Evidence);
        Assert.Contains(Path.GetFileName(Luoyang), conflict.Message, StringComparison.Ordinal);
        Assert.Contains("国务院办公厅关于转发国家发展改革委住房城乡建设部生活垃圾分类制度实施方案的通知", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("关于转发国家发展改革委、住房城乡建设部〈生活垃圾分类制度实施方案〉的通知", conflict.Message, StringComparison.Ordinal);

        // A third, unrelated bulletin adds its own rows and changes none of theirs.
        await ProcessAsync(backward.Pipeline, Unrelated);
        var third = Path.GetFileName(Unrelated);
        var after = await SnapshotAsync(backward.Pipeline);
        Assert.Equal(backward.Rows, after.Where(r => !r.Contains("Bulletin=" + third + ";", StringComparison.Ordinal)).ToList());
        Assert.Contains(after, r => r.Contains("Bulletin=" + third + ";", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_bulletins_processed_at_the_same_moment_by_two_hosts_give_the_tables_of_either_order()
    {
        var serial = await ProcessInOrderAsync(Luoyang, Lvliang);

        await azurite.ResetAsync();
        var (first, second) = (new StoragePipeline(azurite), new StoragePipeline(azurite));
        await first.UploadAsync(Path.GetFileName(Luoyang), await File.ReadAllBytesAsync(Luoyang));
        await first.UploadAsync(Path.GetFileName(Lvliang), await File.ReadAllBytesAsync(Lvliang));
        // Each files its rows before it reads the registry: whichever reads second sees the other and checks it again.
        await Task.WhenAll(
            Task.Run(() => first.Processor.ProcessBlobAsync(Path.GetFileName(Luoyang), CancellationToken.None)),
            Task.Run(() => second.Processor.ProcessBlobAsync(Path.GetFileName(Lvliang), CancellationToken.None)));

        Assert.Equal(serial.Rows, await SnapshotAsync(first));
    }

    [Fact]
    public async Task Checked_again_with_nothing_new_the_registry_is_only_read()
    {
        var (pipeline, rows, _) = await ProcessInOrderAsync(Luoyang, Lvliang);
        pipeline.TableRequests.Reset();
        pipeline.Time.Advance(TimeSpan.FromDays(1));

        var result = await pipeline.Processor.ProcessBlobAsync(Path.GetFileName(Lvliang), CancellationToken.None);

        Assert.Equal(rows, await SnapshotAsync(pipeline));
        Assert.Contains(result.Report!.AllFindings, f => f.RuleId == RuleIds.CitationTitleConflict);
        // The results tables' own requests (read, claim, one Findings and one DocumentResults transaction, final row),
        // then the registry: its list of partitions and one query per 15 partitions; nothing is written.
        var partitions = CitationRegistryStore.RowsOf(RegistryEntries.Of(pipeline.Checker.Check(await File.ReadAllBytesAsync(Lvliang), Path.GetFileName(Lvliang)))).Count;
        // Writes: the results tables' own (claim, one Findings and one DocumentResults transaction, final row); the
        // registry writes nothing. Reads: the bulletin's row, the registry's list of partitions, and one query per 15
        // partitions, each of which may take a page per partition it crosses (the service pages at partition boundaries).
        Assert.Equal(4, pipeline.TableRequests.Writes);
        var reads = pipeline.TableRequests.Total - pipeline.TableRequests.Writes;
        Assert.InRange(reads, 2 + Ceiling(partitions, CitationRegistryStore.MaxPartitionsPerQuery), 2 + partitions);
    }

    [Fact]
    public async Task A_new_version_that_drops_a_citation_takes_its_finding_on_the_other_bulletin_away()
    {
        var (pipeline, _, findings) = await ProcessInOrderAsync(Luoyang, Lvliang);
        Assert.Contains(findings, f => f.Rule == RuleIds.CitationTitleConflict);

        // The earlier bulletin, corrected: it now cites the number with the other bulletin's title.
        var text = await File.ReadAllTextAsync(Luoyang);
        var corrected = text.Replace("国务院办公厅关于转发国家发展改革委 住房城乡建设部生活垃圾分类制度实施方案的通知",
            "关于转发国家发展改革委、住房城乡建设部〈生活垃圾分类制度实施方案〉的通知", StringComparison.Ordinal);
        Assert.NotEqual(text, corrected);
        await pipeline.UploadAsync(Path.GetFileName(Luoyang), Encoding.UTF8.GetBytes(corrected));
        await pipeline.Processor.ProcessBlobAsync(Path.GetFileName(Luoyang), CancellationToken.None);

        var now = await FindingsAsync(pipeline);
        Assert.DoesNotContain(now, f => f.Rule == RuleIds.CitationTitleConflict);
        Assert.Equal(findings.Count - 1, now.Count);
    }

    [Fact]
    public async Task A_rejected_version_withdraws_what_the_bulletin_filed()
    {
        var (pipeline, _, _) = await ProcessInOrderAsync(Luoyang, Lvliang);
        await pipeline.UploadAsync(Path.GetFileName(Luoyang), [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00]);
        await pipeline.Processor.ProcessBlobAsync(Path.GetFileName(Luoyang), CancellationToken.None);

        var registry = await RegistryRowsAsync(pipeline);
        Assert.DoesNotContain(registry, r => r.Bulletin == Path.GetFileName(Luoyang));
        Assert.Contains(registry, r => r.Bulletin == Path.GetFileName(Lvliang));
        // The other bulletin was checked again: with the earlier citation gone, its own is no longer in conflict.
        Assert.DoesNotContain(await FindingsAsync(pipeline), f => f.Rule == RuleIds.CitationTitleConflict);
    }

    [Fact]
    public async Task The_first_filing_costs_one_transaction_per_partition_and_one_query_per_fifteen()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.EnsureTablesAsync();
        await pipeline.Registry.EnsureTableAsync();
        var costs = new List<string>();
        foreach (var path in Seeds)
        {
            var name = Path.GetFileName(path);
            var content = await File.ReadAllBytesAsync(path);
            await pipeline.UploadAsync(name, content);
            var report = pipeline.Checker.Check(content, name);
            var partitions = CitationRegistryStore.RowsOf(RegistryEntries.Of(report)).Count;
            pipeline.TableRequests.Reset();

            // The findings as stored: the checker's and the registry's.
            var findings = (await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None)).Report!.AllFindings.Count();

            // Writes: the results tables' (claim, Findings and DocumentResults transactions, final row) and the
            // registry's: one transaction per partition, then its list (one transaction per 100 partitions). None of the
            // seeds checked so far is affected by the next, so nothing is checked again. Reads: the bulletin's row, the
            // registry's list, one query per 15 partitions (a page per partition at most).
            var writes = 2 + Ceiling(findings, 100) + Ceiling(report.Documents.Count, 100) + partitions + Ceiling(partitions, 100);
            Assert.Equal(writes, pipeline.TableRequests.Writes);
            var reads = pipeline.TableRequests.Total - pipeline.TableRequests.Writes;
            Assert.InRange(reads, 2 + Ceiling(partitions, CitationRegistryStore.MaxPartitionsPerQuery), 2 + partitions);
            costs.Add($"{name}: {report.Documents.Count} documents, {findings} findings, {partitions} partitions, {pipeline.TableRequests.Writes} writes, {reads} reads, {pipeline.TableRequests.Total} requests");
        }
        output.WriteLine(string.Join(Environment.NewLine, costs));
        Assert.Equal(3, costs.Count);
    }

    private static int Ceiling(int count, int size) => (count + size - 1) / size;

    private async Task<(StoragePipeline Pipeline, List<string> Rows, List<FindingEntity> Findings)> ProcessInOrderAsync(params string[] paths)
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        foreach (var path in paths) await ProcessAsync(pipeline, path);
        return (pipeline, await SnapshotAsync(pipeline), await FindingsAsync(pipeline));
    }

    private static async Task ProcessAsync(StoragePipeline pipeline, string path)
    {
        var name = Path.GetFileName(path);
        await pipeline.UploadAsync(name, await File.ReadAllBytesAsync(path));
        await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);
    }

    private static async Task<List<FindingEntity>> FindingsAsync(StoragePipeline pipeline)
        => await pipeline.Tables.GetTableClient(TableNames.Findings).QueryAsync<FindingEntity>().ToListAsync();

    private static async Task<List<RegistryEntity>> RegistryRowsAsync(StoragePipeline pipeline)
        => await pipeline.Tables.GetTableClient(TableNames.CitationRegistry).QueryAsync<RegistryEntity>().ToListAsync();

    /// <summary>The Findings, DocumentResults and CitationRegistry rows (all columns but the server's), sorted. The
    /// Bulletins rows differ between runs by the blob's ETag, which each upload makes anew.</summary>
    private static async Task<List<string>> SnapshotAsync(StoragePipeline pipeline)
    {
        var lines = new List<string>();
        foreach (var name in new[] { TableNames.Findings, TableNames.DocumentResults, TableNames.CitationRegistry })
        {
            await foreach (var entity in pipeline.Tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                var columns = entity.Keys.Where(k => k is not ("Timestamp" or "odata.etag")).Order(StringComparer.Ordinal)
                    .Select(k => k + "=" + Convert.ToString(entity[k], CultureInfo.InvariantCulture));
                lines.Add(name + " " + string.Join("; ", columns) + ";");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
