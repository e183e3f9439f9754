using Compliance.Checking.Citations;
using System.Text;
using Compliance.Checking;
using Compliance.Storage.Tables;
using Compliance.TestSupport;

namespace Compliance.Storage.Tests;

/// <summary>The processor end to end: blobs in Azurite, the real checker, rows read back.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ProcessorTests(AzuriteFixture azurite)
{
    private static readonly IsoWeek W47 = new(2026, 47);

    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).Order()!);

    [Fact]
    public async Task The_three_seeds_are_stored_as_the_checker_reports_them()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds).Order().ToList();
        Assert.Equal(3, seeds.Count);
        var seen = new List<RegistryEntries>();

        foreach (var path in seeds)
        {
            var name = Path.GetFileName(path);
            var content = await File.ReadAllBytesAsync(path);
            var etag = await pipeline.UploadAsync(name, content);

            var result = await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);

            // What the checker reports, with its citations judged against this seed and the ones before it.
            var own = pipeline.Checker.Check(content, name);
            seen.Add(RegistryEntries.Of(own));
            var expected = pipeline.Citations.Apply(own, CitationRegistry.Of(seen));
            var row = await pipeline.BulletinRowAsync(name);
            Expectations.BulletinRowMatches(expected, W47, row);
            Assert.Equal(BulletinEntity.ETagText(etag), row.BlobETag);
            Assert.Equal(content.Length, row.SizeBytes);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), row.ContentSha256);
            Assert.Equal(name, row.Bulletin);
            Assert.True(result.IsChecked);
            Expectations.FindingRowsMatch(expected, name, W47, await pipeline.FindingRowsAsync(name));
            Expectations.DocumentRowsMatch(expected, name, W47, await pipeline.DocumentRowsAsync());
        }
    }

    [Fact]
    public async Task Each_seed_end_to_end_stays_within_the_table_request_target()
    {
        await azurite.ResetAsync();
        // The results tables alone; the registry's cost is measured on its own (CitationRegistryTests).
        var pipeline = new StoragePipeline(azurite, citations: false);
        await pipeline.Writer.EnsureTablesAsync(); // once per host, not per bulletin
        var multiOffice = 0;

        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds).Order())
        {
            var name = Path.GetFileName(path);
            var content = await File.ReadAllBytesAsync(path);
            await pipeline.UploadAsync(name, content);
            var expected = pipeline.Checker.Check(content, name);
            var findings = Expectations.FlatFindings(expected).Count;
            var documents = expected.Documents.Count;
            if (expected.Documents.Select(ResultTableWriter.OfficeOf).Distinct().Count() > 1) multiOffice++;
            pipeline.TableRequests.Reset();

            await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);

            // The issue's target, and the exact cost: read + claim (the pending mark) + Findings transactions +
            // DocumentResults transactions (one partition per week) + final Bulletins row.
            var requests = pipeline.TableRequests.Total;
            Assert.True(requests <= Ceiling100(findings) + 4,
                $"{name}: {requests} table requests for {findings} findings, target {Ceiling100(findings) + 4}");
            Assert.Equal(3 + Ceiling100(findings) + Ceiling100(documents), requests);
        }
        // The target used to be missed by bulletins of several offices: the seeds must include such a bulletin.
        Assert.True(multiOffice > 0, "no seed has documents of more than one issuing office");
    }

    private static int Ceiling100(int count) => (count + 99) / 100;

    [Fact]
    public async Task Processing_twice_gives_identical_tables()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            await pipeline.UploadAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path));
        }
        var names = Directory.GetFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).ToList();
        foreach (var name in names) await pipeline.Processor.ProcessBlobAsync(name!, CancellationToken.None);
        var first = await pipeline.SnapshotAsync();
        Assert.Contains(first, l => l.StartsWith("Bulletins ", StringComparison.Ordinal));

        pipeline.Time.Advance(TimeSpan.FromDays(1));
        foreach (var name in names) await pipeline.Processor.ProcessBlobAsync(name!, CancellationToken.None);

        Assert.Equal(first, await pipeline.SnapshotAsync());
    }

    [Fact]
    public async Task A_reupload_with_other_content_replaces_the_results()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        const string name = "公报.txt";
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds).Order().ToList();
        await pipeline.UploadAsync(name, await File.ReadAllBytesAsync(seeds[2]));
        await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);

        var newContent = await File.ReadAllBytesAsync(seeds[1]);
        var newETag = await pipeline.UploadAsync(name, newContent);
        await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);
        var afterReupload = await pipeline.SnapshotAsync();

        // Exactly what processing the new content on empty storage gives.
        await azurite.ResetAsync();
        var fresh = new StoragePipeline(azurite);
        await fresh.Processor.ProcessAsync(name, newContent, newETag, CancellationToken.None);
        Assert.Equal(await fresh.SnapshotAsync(), afterReupload);
        var expected = fresh.Checker.Check(newContent, name);
        Expectations.FindingRowsMatch(expected, name, W47, await fresh.FindingRowsAsync(name));
    }

    [Theory]
    [InlineData("2019年 第3季度 #12? \"特刊\" 'A'.txt")]
    [InlineData("区县/涧西区/公报 #1?.txt")]
    [InlineData("100% \\ 50|3.txt")]
    public async Task Any_blob_name_works(string name)
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var content = await File.ReadAllBytesAsync(Directory.GetFiles(RepositoryPaths.Seeds).Order().First());
        await pipeline.UploadAsync(name, content);

        await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);
        // Findings with this name too, through the writer (the seeds may hold no findings in every build of the checker).
        var other = name + ".docx";
        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(other, new Azure.ETag("\"x\""), 1, "a", SampleReports.Version1(other)));

        var row = await pipeline.BulletinRowAsync(name);
        Assert.Equal(name, row.Bulletin);
        Assert.Equal(name, KeyEncoding.Decode(row.PartitionKey));
        Expectations.FindingRowsMatch(pipeline.Checker.Check(content, name), name, W47, await pipeline.FindingRowsAsync(name));
        var found = await pipeline.Reader.QueryFindingsAsync(new FindingFilter(Bulletin: other)).ToListAsync();
        Expectations.FindingRowsMatch(SampleReports.Version1(other), other, W47, found);
        Expectations.DocumentRowsMatch(SampleReports.Version1(other), other, W47, await pipeline.DocumentRowsAsync());
        var bulletins = await pipeline.Reader.GetBulletinsAsync();
        Assert.Equal(BulletinStatus.Checked, bulletins[name].Status);
    }

    [Fact]
    public async Task An_oversize_blob_is_rejected_without_download_and_left_unchanged()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite, maxBulletinBytes: 1000);
        const string name = "太大的公报.txt";
        var content = Encoding.UTF8.GetBytes(new string('公', 1000));
        var etag = await pipeline.UploadAsync(name, content);
        pipeline.BlobRequests.Reset();

        var result = await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);

        Assert.Equal(1, pipeline.BlobRequests.Total); // the properties only, no download
        Assert.False(result.IsChecked);
        var row = await pipeline.BulletinRowAsync(name);
        Assert.Equal(BulletinStatus.Rejected, row.Status);
        Assert.Equal(RejectionReasons.TooLarge(pipeline.Checker.Messages, content.Length, 1000), row.Reason);
        Assert.Contains("超过上限", row.Reason);
        Assert.Null(row.ContentSha256);
        Assert.Equal(content.Length, row.SizeBytes);
        await AssertBlobUnchangedAsync(pipeline, name, content, etag);
    }

    [Fact]
    public async Task An_empty_blob_is_rejected_and_left_in_place()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        const string name = "空文件.txt";
        var etag = await pipeline.UploadAsync(name, []);

        await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);

        var row = await pipeline.BulletinRowAsync(name);
        Assert.Equal(BulletinStatus.Rejected, row.Status);
        Assert.Equal(RejectionReasons.Empty(pipeline.Checker.Messages), row.Reason);
        Assert.Contains("文件为空", row.Reason);
        Assert.Empty(await pipeline.FindingRowsAsync(name));
        await AssertBlobUnchangedAsync(pipeline, name, [], etag);
    }

    [Fact]
    public async Task A_binary_blob_gets_the_checkers_verdict_and_is_left_in_place()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        const string name = "扫描件.png";
        // A PNG header followed by bytes that decode as no text encoding.
        var content = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }
            .Concat(Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 256))).ToArray();
        var etag = await pipeline.UploadAsync(name, content);

        var result = await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);

        var expected = pipeline.Checker.Check(content, name);
        var row = await pipeline.BulletinRowAsync(name);
        Assert.Equal(expected.IsUnreadable ? BulletinStatus.Rejected : BulletinStatus.Checked, row.Status);
        Assert.Equal(expected.UnreadableReason, row.Reason);
        if (expected.IsUnreadable)
        {
            Assert.False(result.IsChecked);
            Assert.Empty(await pipeline.FindingRowsAsync(name));
        }
        await AssertBlobUnchangedAsync(pipeline, name, content, etag);
    }

    public static TheoryData<string, string> HostileBlobs => new()
    {
        { "压缩炸弹.docx", nameof(Checking.Reading.UnreadableKind.DocxTotalTooLarge) },
        { "高压缩比.docx", nameof(Checking.Reading.UnreadableKind.DocxCompressionRatio) },
        { "实体炸弹.docx", nameof(Checking.Reading.UnreadableKind.DocxDtd) },
        { "页数过多.pdf", nameof(Checking.Reading.UnreadableKind.PdfTooManyPages) },
    };

    [Theory]
    [MemberData(nameof(HostileBlobs))]
    public async Task A_hostile_blob_is_rejected_with_the_limit_it_went_over_and_left_in_place(string name, string kind)
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var content = name switch
        {
            "压缩炸弹.docx" => HostileFiles.DocxBomb(1_500_000_000),
            "高压缩比.docx" => HostileFiles.DocxBomb(5_000_000),
            "实体炸弹.docx" => HostileFiles.DocxWithDocumentXml(HostileFiles.BillionLaughsXml()),
            _ => HostileFiles.Pdf(2_001),
        };
        var etag = await pipeline.UploadAsync(name, content);

        var result = await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None);

        Assert.False(result.IsChecked);
        var row = await pipeline.BulletinRowAsync(name);
        Assert.Equal(BulletinStatus.Rejected, row.Status);
        Assert.Equal(kind, Assert.Single(result.Report!.Findings).Evidence);
        Assert.Equal(result.Report.UnreadableReason, row.Reason);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", row.Reason);
        Assert.Empty(await pipeline.FindingRowsAsync(name));
        await AssertBlobUnchangedAsync(pipeline, name, content, etag);
    }

    [Fact]
    public async Task An_unreadable_report_is_stored_as_rejected_with_the_checkers_reason()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        const string name = "坏文件.pdf";
        const string reason = "PDF 文件已加密，无法读取。请上传未加密的文件。";
        var report = new BulletinReport
        {
            Source = name,
            Findings = [new Finding(RuleIds.StructureUnreadable, Severity.Error, reason, null, null)],
        };
        await pipeline.Writer.WriteAsync(BulletinOutcome.Checked(name, new Azure.ETag("\"v0\""), 5, "c", SampleReports.Version1(name)));

        // What the processor does with an unreadable report.
        await pipeline.Writer.WriteAsync(BulletinOutcome.Rejected(name, new Azure.ETag("\"v1\""), 5, "d", report.UnreadableReason!, report));

        var row = await pipeline.BulletinRowAsync(name);
        Assert.Equal(BulletinStatus.Rejected, row.Status);
        Assert.Equal(reason, row.Reason);
        Assert.Empty(await pipeline.FindingRowsAsync(name));
        Assert.Empty(await pipeline.DocumentRowsAsync());
    }

    private static async Task AssertBlobUnchangedAsync(StoragePipeline pipeline, string name, byte[] content, Azure.ETag etag)
    {
        var blob = pipeline.Container.GetBlobClient(name);
        var download = (await blob.DownloadContentAsync()).Value;
        Assert.Equal(etag, download.Details.ETag);
        Assert.Equal(content, download.Content.ToArray());
    }

    [Fact]
    public async Task An_event_for_a_blob_deleted_in_the_meantime_writes_nothing()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        await pipeline.UploadAsync("gone.txt", Encoding.UTF8.GetBytes("x"));
        await pipeline.Container.DeleteBlobAsync("gone.txt");

        var result = await pipeline.Processor.TryProcessBlobAsync("gone.txt", CancellationToken.None);

        Assert.Null(result);
        Assert.Empty(await pipeline.SnapshotAsync());
        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => pipeline.Processor.ProcessBlobAsync("gone.txt", CancellationToken.None));
    }
}
