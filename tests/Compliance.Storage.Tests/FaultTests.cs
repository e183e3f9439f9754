using Azure;
using Compliance.Storage.Tables;
using Compliance.TestSupport;

namespace Compliance.Storage.Tests;

/// <summary>Storage faults between writes: a failed run leaves the bulletin unchecked and a retry completes it.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class FaultTests(AzuriteFixture azurite)
{
    private const string Name = "中断 #1?.txt";
    private static readonly ETag V1 = new("\"v1\"");
    private static readonly ETag V2 = new("\"v2\"");

    [Fact]
    public async Task A_fault_at_any_write_followed_by_a_retry_leaves_complete_duplicate_free_tables()
    {
        // The tables a clean run gives, and how many writes it makes.
        await azurite.ResetAsync();
        var clean = new StoragePipeline(azurite);
        await clean.Writer.WriteAsync(Version1());
        clean.Time.Advance(TimeSpan.FromDays(7)); // the new version lands in another week
        clean.TableRequests.Reset();
        await clean.Writer.WriteAsync(Version2());
        var expected = await clean.SnapshotAsync();
        var writes = clean.TableRequests.Writes;
        Assert.True(writes >= 4, $"expected several writes, got {writes}");

        for (var failing = 1; failing <= writes; failing++)
        {
            await azurite.ResetAsync();
            var pipeline = new StoragePipeline(azurite);
            await pipeline.Writer.WriteAsync(Version1());
            pipeline.Time.Advance(TimeSpan.FromDays(7));
            var target = failing;
            pipeline.TableFaults.Reset((_, write) => write == target);

            await Assert.ThrowsAsync<InjectedFaultException>(() => pipeline.Writer.WriteAsync(Version2()));
            Assert.Equal(1, pipeline.TableFaults.Failures);
            var row = await pipeline.BulletinRowAsync(Name);
            Assert.False(row.Status == BulletinStatus.Checked && row.BlobETag == BulletinEntity.ETagText(V2), $"write {failing}: marked checked after a failed run");

            pipeline.TableFaults.Reset(null);
            await pipeline.Writer.WriteAsync(Version2());
            Assert.Equal(expected, await pipeline.SnapshotAsync());
        }
    }

    [Fact]
    public async Task A_dead_run_of_one_version_leaves_nothing_behind_when_another_version_follows()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.EnsureTablesAsync();
        // Version 1 dies after its first findings transaction (writes: pending mark, findings 1-100, findings 101-161...).
        pipeline.TableFaults.Reset((_, write) => write == 3);
        await Assert.ThrowsAsync<InjectedFaultException>(() => pipeline.Writer.WriteAsync(Version1()));
        Assert.NotEmpty(await pipeline.FindingRowsAsync(Name));

        // A week later a smaller version 2 is processed.
        pipeline.TableFaults.Reset(null);
        pipeline.Time.Advance(TimeSpan.FromDays(7));
        var v2 = SampleReports.Version2(Name);
        await pipeline.Writer.WriteAsync(Version2());

        Expectations.FindingRowsMatch(v2, Name, new IsoWeek(2026, 48), await pipeline.FindingRowsAsync(Name));
        Expectations.DocumentRowsMatch(v2, Name, new IsoWeek(2026, 48), await pipeline.DocumentRowsAsync());
    }

    [Fact]
    public async Task The_processor_fails_on_a_fault_and_a_second_call_completes_the_seed()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var path = Directory.GetFiles(RepositoryPaths.Seeds).Order().Last();
        var name = Path.GetFileName(path);
        var content = await File.ReadAllBytesAsync(path);
        await pipeline.UploadAsync(name, content);
        await pipeline.Writer.EnsureTablesAsync();
        pipeline.TableFaults.Reset((message, write) => write > 0 && message.Request.Uri.Path.Contains("Bulletins", StringComparison.Ordinal)
                                                       && message.Request.Method == Azure.Core.RequestMethod.Put);

        await Assert.ThrowsAsync<InjectedFaultException>(() => pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None));
        var unfinished = await pipeline.Reader.GetBulletinsAsync();
        Assert.False(unfinished.TryGetValue(name, out var row) && row.Status == BulletinStatus.Checked);

        pipeline.TableFaults.Reset(null);
        await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);

        var expected = pipeline.Checker.Check(content, name);
        Expectations.BulletinRowMatches(expected, new IsoWeek(2026, 47), await pipeline.BulletinRowAsync(name));
        Expectations.FindingRowsMatch(expected, name, new IsoWeek(2026, 47), await pipeline.FindingRowsAsync(name));
        Expectations.DocumentRowsMatch(expected, name, new IsoWeek(2026, 47), await pipeline.DocumentRowsAsync());
    }

    [Fact]
    public async Task A_transient_fault_is_retried_by_the_sdk()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.EnsureTablesAsync();
        pipeline.TableFaults.FailWith = () => new IOException("connection reset (injected)");
        pipeline.TableFaults.Reset((_, write) => write == 3);

        await pipeline.Writer.WriteAsync(Version1());

        Assert.Equal(1, pipeline.TableFaults.Failures);
        Expectations.FindingRowsMatch(SampleReports.Version1(Name), Name, new IsoWeek(2026, 47), await pipeline.FindingRowsAsync(Name));
        Assert.Equal(BulletinStatus.Checked, (await pipeline.BulletinRowAsync(Name)).Status);
    }

    private static BulletinOutcome Version1() => BulletinOutcome.Checked(Name, V1, 100, "aa", SampleReports.Version1(Name));

    private static BulletinOutcome Version2() => BulletinOutcome.Checked(Name, V2, 50, "bb", SampleReports.Version2(Name));
}
