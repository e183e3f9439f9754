using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Compliance.Checking;
using Compliance.Storage;
using Compliance.Storage.Tables;
using Compliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Compliance.Functions.Tests;

/// <summary>
/// <see cref="BulletinUploaded.RunAsync"/> given a real <see cref="BlobClient"/> on Azurite, as the blob trigger binds
/// it: the host's own registrations do the rest.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BulletinUploadedTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Seeds()
        => new(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private FunctionsHost CreateHost(TimeProvider time) => new(new Dictionary<string, string?> { ["BulletinStorage"] = azurite.ConnectionString }, time);

    /// <summary>The blob as the trigger binds it: a client for %BulletinsContainer%/{name} on the BulletinStorage connection.</summary>
    private BlobClient BoundBlob(FunctionsHost host, string name)
        => new BlobContainerClient(host.Settings["BulletinStorage"], host.Settings["BulletinsContainer"]).GetBlobClient(name);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Uploaded_bulletin_is_checked_and_its_rows_written(string seed)
    {
        await azurite.ResetAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 11, 9, 30, 0, TimeSpan.FromHours(8)));
        using var host = CreateHost(time);
        var content = await File.ReadAllBytesAsync(RepositoryPaths.SeedPath(seed));
        var name = $"2026/03/{seed}";
        var blob = BoundBlob(host, name);
        await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync();
        await blob.UploadAsync(BinaryData.FromBytes(content));

        using (var invocation = host.Services.CreateScope())
        {
            await host.CreateFunction<BulletinUploaded>(invocation).RunAsync(blob, CancellationToken.None);
        }

        // Expectations from the checker's own report on the same bytes, not from the stored rows.
        var report = host.Get<BulletinChecker>().Check(content, name);
        var findings = report.AllFindings.ToList();
        Assert.NotEmpty(report.Documents);
        Assert.NotEmpty(findings);

        var row = await host.Get<ResultTableWriter>().GetBulletinAsync(name);
        Assert.NotNull(row);
        Assert.Equal(BulletinStatus.Checked, row.Status);
        Assert.Null(row.Reason);
        Assert.Equal(report.Documents.Count, row.Documents);
        Assert.Equal(findings.Count, row.Findings);
        Assert.Equal(findings.Count(f => f.Severity == Severity.Error), row.Errors);
        var week = IsoWeek.FromInstant(time.GetUtcNow()).ToString();
        Assert.Equal(week, row.Week);
        Assert.Equal(content.Length, row.SizeBytes);

        var tables = azurite.CreateTableServiceClient();
        var findingRows = await RowsOfAsync(tables, TableNames.Findings, name);
        Assert.Equal(findings.Count, findingRows.Count);
        Assert.Equal(findings.Select(f => f.RuleId).Order(StringComparer.Ordinal), findingRows.Select(r => r.GetString("Rule")).Order(StringComparer.Ordinal));
        var documentRows = await RowsOfAsync(tables, TableNames.DocumentResults, name);
        Assert.Equal(report.Documents.Count, documentRows.Count);
        Assert.All(documentRows, r => Assert.Equal(week, r.PartitionKey));
    }

    [Fact]
    public async Task Event_for_a_deleted_blob_writes_nothing_and_does_not_throw()
    {
        await azurite.ResetAsync();
        using var host = CreateHost(TimeProvider.System);
        var blob = BoundBlob(host, "deleted-before-the-event.txt");
        await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync();
        await blob.UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")[0])));
        await blob.DeleteAsync();

        using (var invocation = host.Services.CreateScope())
        {
            // Completes: an exception would send the event through the trigger's retries into the poison queue.
            await host.CreateFunction<BulletinUploaded>(invocation).RunAsync(blob, CancellationToken.None);
        }

        Assert.Null(await host.Get<ResultTableWriter>().GetBulletinAsync(blob.Name));
        var tables = azurite.CreateTableServiceClient();
        foreach (var table in TableNames.All)
        {
            Assert.Empty(await RowsOfAsync(tables, table, blob.Name));
        }
    }

    /// <summary>A Word document with slips of form: beside the findings, its corrected copy lands in the corrections
    /// container under the same name, each correction a tracked change; checked again, the copy is not rewritten; a new
    /// version that needs no correction takes the stale copy away.</summary>
    [Fact]
    public async Task A_checked_word_document_gets_its_corrected_copy_once_and_a_clean_version_removes_it()
    {
        await azurite.ResetAsync();
        using var host = CreateHost(TimeProvider.System);
        string[] clean =
        [
            "江州市人民政府办公室文件", "江政办〔2026〕12号", "江州市人民政府办公室关于做好防汛工作的通知",
            "各区人民政府，市政府各部门：", "现将有关事项通知如下。", "江州市人民政府办公室", "2026年5月8日", "（此件公开发布）",
        ];
        var damaged = clean.Select(l => l.Replace("〔2026〕", "[2026]").Replace("5月8日", "05月08日")).ToArray();
        var blob = BoundBlob(host, "2026/05/防汛通知.docx");
        await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync();
        var upload = HostileFiles.Docx(damaged);
        await blob.UploadAsync(BinaryData.FromBytes(upload));

        async Task RunAsync()
        {
            using var invocation = host.Services.CreateScope();
            await host.CreateFunction<BulletinUploaded>(invocation).RunAsync(blob, CancellationToken.None);
        }

        await RunAsync();
        var copies = host.Get<CorrectedCopyWriter>().Container;
        Assert.Equal("corrections", copies.Name);
        var copy = copies.GetBlobClient(blob.Name);
        var content = (await copy.DownloadContentAsync()).Value;
        var xml = ReadPart(content.Content.ToArray(), "word/document.xml");
        Assert.Contains("w:author=\"Compliance\"", xml);
        Assert.Equal("2", content.Details.Metadata[CorrectedCopyWriter.CorrectionsMetadata]);
        var corrected = host.Get<BulletinChecker>().Check(content.Content.ToArray(), blob.Name);
        Assert.DoesNotContain(corrected.AllFindings, f => f.Suggestion is not null);
        Assert.Equal("江政办〔2026〕12号", Assert.Single(corrected.Documents).DocNumber);
        // The upload itself is untouched.
        Assert.Equal(upload, (await blob.DownloadContentAsync()).Value.Content.ToArray());

        var etag = (await copy.GetPropertiesAsync()).Value.ETag;
        await RunAsync();
        Assert.Equal(etag, (await copy.GetPropertiesAsync()).Value.ETag);

        await blob.UploadAsync(BinaryData.FromBytes(HostileFiles.Docx(clean)), overwrite: true);
        await RunAsync();
        Assert.False((await copy.ExistsAsync()).Value);
    }

    private static string ReadPart(byte[] docx, string name)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Two sample bulletins cite 国办发〔2017〕26号 with two titles: uploaded in either order, the function leaves
    /// the same Findings and CitationRegistry rows, with the finding on the later document naming the earlier.</summary>
    [Fact]
    public async Task Two_bulletins_citing_one_number_differently_give_the_same_tables_in_either_order()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();
        var (earlier, later) = ($"2026/03/{seeds[0]}", $"2026/03/{seeds[2]}");
        var forward = await UploadInOrderAsync(seeds[0], seeds[2]);
        var backward = await UploadInOrderAsync(seeds[2], seeds[0]);

        Assert.Equal(forward, backward);
        var conflict = Assert.Single(forward, r => r.StartsWith("Findings ", StringComparison.Ordinal) && r.Contains("Rule=citation.title-conflict;", StringComparison.Ordinal));
        Assert.Contains("Bulletin=" + later + ";", conflict, StringComparison.Ordinal);
        Assert.Contains("Evidence=国办发〔2017〕26号;", conflict, StringComparison.Ordinal);
        Assert.Contains(earlier + " 第 ", conflict, StringComparison.Ordinal);
    }

    private async Task<List<string>> UploadInOrderAsync(params string[] seeds)
    {
        await azurite.ResetAsync();
        using var host = CreateHost(new FakeTimeProvider(new DateTimeOffset(2026, 3, 11, 9, 30, 0, TimeSpan.FromHours(8))));
        foreach (var seed in seeds)
        {
            var blob = BoundBlob(host, $"2026/03/{seed}");
            await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync();
            await blob.UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(RepositoryPaths.SeedPath(seed))));
            using var invocation = host.Services.CreateScope();
            await host.CreateFunction<BulletinUploaded>(invocation).RunAsync(blob, CancellationToken.None);
        }
        var tables = azurite.CreateTableServiceClient();
        var rows = new List<string>();
        foreach (var table in new[] { TableNames.Findings, TableNames.CitationRegistry })
        {
            await foreach (var entity in tables.GetTableClient(table).QueryAsync<TableEntity>())
            {
                rows.Add(table + " " + string.Join("; ", entity.Keys.Where(k => k is not ("Timestamp" or "odata.etag")).Order(StringComparer.Ordinal)
                    .Select(k => k + "=" + Convert.ToString(entity[k], System.Globalization.CultureInfo.InvariantCulture))) + ";");
            }
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Every row of a table that belongs to the bulletin (none when the table does not exist).</summary>
    private static async Task<List<TableEntity>> RowsOfAsync(TableServiceClient tables, string table, string bulletin)
    {
        var client = tables.GetTableClient(table);
        await client.CreateIfNotExistsAsync();
        return await client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Bulletin eq {bulletin}")).ToListAsync();
    }
}
