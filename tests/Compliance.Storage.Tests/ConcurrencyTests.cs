using Azure;
using Azure.Data.Tables;
using Compliance.Storage.Tables;
using Compliance.TestSupport;

namespace Compliance.Storage.Tests;

/// <summary>
/// Two runs for the same blob at the same instant (an Event Grid redelivery while the first delivery runs, or
/// <c>compliance process</c> while the trigger fires): the tables end as one run leaves them.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    private const string Name = "并发 #1.txt";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Lag = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_concurrent_processings_of_one_blob_leave_the_rows_of_one_run(bool processedBefore)
    {
        await azurite.ResetAsync();
        var path = Directory.GetFiles(RepositoryPaths.Seeds).Order().First();
        var name = Path.GetFileName(path);
        await new StoragePipeline(azurite).UploadAsync(name, await File.ReadAllBytesAsync(path));
        // The second run's clock is a second later, as two real runs' clocks are: the rows of either run alone.
        var oneRun = new[] { await SingleRunSnapshotAsync(name, TimeSpan.Zero), await SingleRunSnapshotAsync(name, Lag) };
        if (!processedBefore) await DeleteTablesAsync(new StoragePipeline(azurite).Tables);

        var (first, second) = await TwoGatedPipelinesAsync();
        var results = await Task.WhenAll(
            first.Processor.ProcessBlobAsync(name, CancellationToken.None),
            second.Processor.ProcessBlobAsync(name, CancellationToken.None)).WaitAsync(Bound);

        var snapshot = await first.SnapshotAsync();
        Assert.True(oneRun.Any(snapshot.SequenceEqual), "the rows are not those of one run:\n" + string.Join("\n", snapshot));
        Assert.Equal(results[0].Row.ProcessedAt, results[1].Row.ProcessedAt);
        Assert.Equal(results[0].Row.DocumentRows, results[1].Row.DocumentRows);
        Assert.Equal(BulletinStatus.Checked, (await first.BulletinRowAsync(name)).Status);
    }

    /// <summary>The tables after one run, <paramref name="lag"/> after the pipelines' fixed time, from empty tables.</summary>
    private async Task<List<string>> SingleRunSnapshotAsync(string name, TimeSpan lag)
    {
        var pipeline = new StoragePipeline(azurite);
        await DeleteTablesAsync(pipeline.Tables);
        pipeline.Time.Advance(lag);
        await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);
        return await pipeline.SnapshotAsync();
    }

    [Fact]
    public async Task Two_concurrent_writes_of_different_versions_leave_the_complete_rows_of_one_of_them()
    {
        var v1 = BulletinOutcome.Checked(Name, new ETag("\"v1\""), 100, "aa", SampleReports.Version1(Name));
        var v2 = BulletinOutcome.Checked(Name, new ETag("\"v2\""), 50, "bb", SampleReports.Version2(Name));
        var oneThenTwo = await SerialSnapshotAsync(v1, v2);
        var twoThenOne = await SerialSnapshotAsync(v2, v1);
        Assert.NotEqual(oneThenTwo, twoThenOne);

        await azurite.ResetAsync();
        var (first, second) = await TwoGatedPipelinesAsync();
        await Task.WhenAll(first.Writer.WriteAsync(v1), second.Writer.WriteAsync(v2)).WaitAsync(Bound);

        var snapshot = await first.SnapshotAsync();
        Assert.True(snapshot.SequenceEqual(oneThenTwo) || snapshot.SequenceEqual(twoThenOne),
            "the rows are neither those of v1 then v2 nor those of v2 then v1:\n" + string.Join("\n", snapshot));
    }

    [Fact]
    public async Task A_live_claim_makes_a_run_wait_and_an_expired_one_is_taken_over()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.EnsureTablesAsync();
        // What a run that died after claiming leaves: 处理中, claimed for the default lease of one minute.
        await pipeline.Writer.Bulletins.AddEntityAsync(new TableEntity(KeyEncoding.Encode(Name), BulletinEntity.RowKeyValue)
        {
            [nameof(BulletinEntity.Bulletin)] = Name,
            [nameof(BulletinEntity.Status)] = BulletinStatus.Processing,
            [nameof(BulletinEntity.ClaimedBy)] = "dead-host/1/run",
            [nameof(BulletinEntity.ClaimExpiresAt)] = pipeline.Time.GetUtcNow() + BulletinStorageOptions.DefaultProcessingLease,
            [nameof(BulletinEntity.FindingRows)] = 0,
            [nameof(BulletinEntity.DocumentRows)] = "{}",
        });

        var write = pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v1\""), 100, "aa", SampleReports.Version1(Name)));
        await Task.Delay(ResultTableWriter.ClaimPollInterval * 5);

        Assert.False(write.IsCompleted, "a run wrote while another run's claim was live");
        var waiting = await pipeline.BulletinRowAsync(Name);
        Assert.Equal("dead-host/1/run", waiting.ClaimedBy);
        Assert.Empty(await pipeline.FindingRowsAsync(Name));

        pipeline.Time.Advance(BulletinStorageOptions.DefaultProcessingLease + TimeSpan.FromSeconds(1));
        await write.WaitAsync(Bound);

        var row = await pipeline.BulletinRowAsync(Name);
        Expectations.BulletinRowMatches(SampleReports.Version1(Name), new IsoWeek(2026, 47), row);
        Expectations.FindingRowsMatch(SampleReports.Version1(Name), Name, new IsoWeek(2026, 47), await pipeline.FindingRowsAsync(Name));
    }

    /// <summary>
    /// The tables after <paramref name="earlier"/> and then <paramref name="later"/>, written one after the other, v1 by
    /// the first pipeline's clock and v2 by the second's (<see cref="Lag"/> later), as in the concurrent run.
    /// </summary>
    private async Task<List<string>> SerialSnapshotAsync(BulletinOutcome earlier, BulletinOutcome later)
    {
        await azurite.ResetAsync();
        foreach (var outcome in new[] { earlier, later })
        {
            var pipeline = new StoragePipeline(azurite);
            if (outcome.ETag == new ETag("\"v2\"")) pipeline.Time.Advance(Lag);
            await pipeline.Writer.WriteAsync(outcome);
        }
        return await new StoragePipeline(azurite).SnapshotAsync();
    }

    /// <summary>
    /// Two pipelines (as two hosts: their own clients and writer) whose first write to the Bulletins table waits until
    /// the other's arrives, so both read the bulletin's row before either claims it: the worst interleaving.
    /// </summary>
    private async Task<(StoragePipeline First, StoragePipeline Second)> TwoGatedPipelinesAsync()
    {
        var barrier = new Barrier(2);
        var first = new StoragePipeline(azurite, tablePolicy: new FirstWriteGate(TableNames.Bulletins, barrier, Bound));
        var second = new StoragePipeline(azurite, tablePolicy: new FirstWriteGate(TableNames.Bulletins, barrier, Bound));
        second.Time.Advance(Lag);
        await first.Writer.EnsureTablesAsync();
        await second.Writer.EnsureTablesAsync();
        return (first, second);
    }

    private static async Task DeleteTablesAsync(TableServiceClient tables)
    {
        foreach (var name in TableNames.All)
        {
            try { await tables.DeleteTableAsync(name); }
            catch (RequestFailedException ex) when (ex.Status == 404) { }
        }
    }
}
