using Azure;
using Compliance.Storage.Tables;
using Compliance.TestSupport;

namespace Compliance.Storage.Tests;

/// <summary>The table writer with hand-made reports (many findings, several offices).</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class TableWriterTests(AzuriteFixture azurite)
{
    private const string Name = "2019年第3季度 公报.txt";
    private static readonly IsoWeek W47 = new(2026, 47);
    private static readonly IsoWeek W48 = new(2026, 48);

    [Fact]
    public async Task Writes_every_finding_and_document_of_the_report()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var report = SampleReports.Version1(Name);

        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v1\""), 1234, "ab", report));

        Expectations.FindingRowsMatch(report, Name, W47, await pipeline.FindingRowsAsync(Name));
        Expectations.DocumentRowsMatch(report, Name, W47, await pipeline.DocumentRowsAsync());
        var row = await pipeline.BulletinRowAsync(Name);
        Expectations.BulletinRowMatches(report, W47, row);
        Assert.Equal("v1", row.BlobETag);
        Assert.Equal(1234, row.SizeBytes);
        Assert.Equal(StoragePipeline.Wednesday, row.ProcessedAt);
    }

    [Fact]
    public async Task A_new_version_replaces_all_rows_of_the_old_one_even_from_an_earlier_week()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v1\""), 1, "a", SampleReports.Version1(Name)));

        pipeline.Time.Advance(TimeSpan.FromDays(7));
        var v2 = SampleReports.Version2(Name);
        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v2\""), 2, "b", v2));

        Expectations.FindingRowsMatch(v2, Name, W48, await pipeline.FindingRowsAsync(Name));
        var documents = await pipeline.DocumentRowsAsync();
        Expectations.DocumentRowsMatch(v2, Name, W48, documents);
        Assert.DoesNotContain(documents, d => d.Week == W47.ToString());
        Expectations.BulletinRowMatches(v2, W48, await pipeline.BulletinRowAsync(Name));
    }

    [Fact]
    public async Task Writing_the_same_version_again_changes_nothing_even_a_week_later()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var outcome = BulletinOutcome.Checked(Name, new ETag("\"v1\""), 1, "a", SampleReports.Version1(Name));
        await pipeline.Writer.WriteAsync(outcome);
        var first = await pipeline.SnapshotAsync();

        pipeline.Time.Advance(TimeSpan.FromDays(7));
        await pipeline.Writer.WriteAsync(outcome);

        Assert.Equal(first, await pipeline.SnapshotAsync());
    }

    [Fact]
    public async Task A_rejected_version_removes_the_findings_of_the_checked_one()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v1\""), 1, "a", SampleReports.Version1(Name)));

        await pipeline.Writer.WriteAsync(BulletinOutcome.Rejected(Name, new ETag("\"v2\""), 0, null, RejectionReasons.Empty(pipeline.Checker.Messages)));

        Assert.Empty(await pipeline.FindingRowsAsync(Name));
        Assert.Empty(await pipeline.DocumentRowsAsync());
        var row = await pipeline.BulletinRowAsync(Name);
        Assert.Equal(BulletinStatus.Rejected, row.Status);
        Assert.Equal(RejectionReasons.Empty(pipeline.Checker.Messages), row.Reason);
    }

    [Fact]
    public async Task Rows_removed_by_hand_do_not_block_the_next_version()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v1\""), 1, "a", SampleReports.Version1(Name)));
        var findings = pipeline.Tables.GetTableClient(TableNames.Findings);
        await findings.DeleteEntityAsync(KeyEncoding.Encode(Name), FindingEntity.RowKeyFor(150));
        var someDocument = (await pipeline.DocumentRowsAsync()).First(d => d.DocumentIndex == 4);
        await pipeline.Tables.GetTableClient(TableNames.DocumentResults).DeleteEntityAsync(someDocument.PartitionKey, someDocument.RowKey);

        var v2 = SampleReports.Version2(Name);
        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v2\""), 2, "b", v2));

        Expectations.FindingRowsMatch(v2, Name, W47, await pipeline.FindingRowsAsync(Name));
        Expectations.DocumentRowsMatch(v2, Name, W47, await pipeline.DocumentRowsAsync());
    }

    [Fact]
    public async Task Writes_go_in_transactions_within_the_request_budget()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.EnsureTablesAsync();
        var report = SampleReports.Version1(Name);
        Assert.True(report.Documents.Select(ResultTableWriter.OfficeOf).Distinct().Count() > 1, "the sample should span several offices");
        pipeline.TableRequests.Reset();

        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v1\""), 1, "a", report));

        // 1 read + 1 pending mark + ceil(161/100) finding transactions + 1 document transaction (one week: one
        // partition, whatever the offices) + the final row.
        var findings = Expectations.FlatFindings(report).Count;
        Assert.Equal(3 + Ceiling100(findings) + Ceiling100(report.Documents.Count), pipeline.TableRequests.Total);
        Assert.True(pipeline.TableRequests.Total <= Ceiling100(findings) + 4);
    }

    [Fact]
    public async Task A_bulletin_of_over_100_documents_needs_one_document_transaction_per_100()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.Writer.EnsureTablesAsync();
        var report = SampleReports.Large(Name, documents: 230);
        pipeline.TableRequests.Reset();

        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v1\""), 1, "a", report));

        var findings = Expectations.FlatFindings(report).Count;
        Assert.Equal(3 + Ceiling100(findings) + 3, pipeline.TableRequests.Total);
        Expectations.DocumentRowsMatch(report, Name, W47, await pipeline.DocumentRowsAsync());

        // A smaller re-upload the next week deletes every row of the earlier week.
        pipeline.Time.Advance(TimeSpan.FromDays(7));
        var v2 = SampleReports.Version2(Name);
        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(Name, new ETag("\"v2\""), 2, "b", v2));
        var documents = await pipeline.DocumentRowsAsync();
        Expectations.DocumentRowsMatch(v2, Name, W48, documents);
        Assert.Equal(v2.Documents.Count, documents.Count);
    }

    private static int Ceiling100(int count) => (count + 99) / 100;
}
