using System.Text.Json;
using Azure.Storage.Blobs.Specialized;
using Compliance.Checking;
using Compliance.Cli.Commands;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Cli.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class StorageCommandsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Upload_then_process_checks_each_seed_once()
    {
        await azurite.ResetAsync();
        await using var services = StorageCommandOptions.BuildServices(azurite.ConnectionString);
        var processor = services.GetRequiredService<BulletinProcessor>();
        var reader = services.GetRequiredService<ResultReader>();

        Assert.Equal(0, await UploadCommand.RunAsync(services.GetRequiredService<BulletinUploader>(), [RepositoryPaths.Seeds], CancellationToken.None));
        Assert.Equal(0, await ProcessCommand.RunAsync(processor, reader, force: false, CancellationToken.None));

        var seeds = Directory.GetFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).Order().ToList();
        var first = await reader.GetBulletinsAsync();
        Assert.Equal(seeds, first.Keys.Order());
        Assert.All(first.Values, row => Assert.Equal(BulletinStatus.Checked, row.Status));

        // A second run skips every blob already processed at its ETag: the rows are not even rewritten.
        Assert.Equal(0, await ProcessCommand.RunAsync(processor, reader, force: false, CancellationToken.None));
        var second = await reader.GetBulletinsAsync();
        Assert.All(seeds, name => Assert.Equal(first[name!].Timestamp, second[name!].Timestamp));

        // --force processes them again.
        Assert.Equal(0, await ProcessCommand.RunAsync(processor, reader, force: true, CancellationToken.None));
        var third = await reader.GetBulletinsAsync();
        Assert.All(seeds, name => Assert.NotEqual(first[name!].Timestamp, third[name!].Timestamp));
    }

    /// <summary><c>check --store</c> judges the files' citations against the documents processed before (read only):
    /// the sample bulletin that cites 国办发〔2017〕26号 with another title than a stored one gets the finding naming it.</summary>
    [Fact]
    public async Task Check_with_the_store_judges_citations_against_what_was_processed()
    {
        await azurite.ResetAsync();
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        await using (var services = StorageCommandOptions.BuildServices(azurite.ConnectionString))
        {
            Assert.Equal(0, await UploadCommand.RunAsync(services.GetRequiredService<BulletinUploader>(), [seeds[0]], CancellationToken.None));
            Assert.Equal(0, await ProcessCommand.RunAsync(services.GetRequiredService<BulletinProcessor>(), services.GetRequiredService<ResultReader>(), force: false, CancellationToken.None));
        }
        var registryRows = await azurite.CreateTableServiceClient().GetTableClient("CitationRegistry").QueryAsync<Azure.Data.Tables.TableEntity>().CountAsync();

        async Task<List<string>> ConflictsAsync(params string[] extra)
        {
            var stdout = new StringWriter();
            var exit = await CliApp.RunAsync(["check", seeds[2], "--format", "json", .. extra], stdout, new StringWriter());
            Assert.Equal(CliApp.ExitFindings, exit);
            using var json = JsonDocument.Parse(stdout.ToString());
            return json.RootElement.GetProperty("bulletins").EnumerateArray()
                .SelectMany(b => b.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray()))
                .Where(f => f.GetProperty("ruleId").GetString() == RuleIds.CitationTitleConflict)
                .Select(f => f.GetProperty("message").GetString()!).ToList();
        }

        Assert.Empty(await ConflictsAsync());
        var message = Assert.Single(await ConflictsAsync("--store", "--connection", azurite.ConnectionString));
        Assert.Contains(Path.GetFileName(seeds[0]) + " 第 ", message, StringComparison.Ordinal);
        // Read only: the store is as it was.
        Assert.Equal(registryRows, await azurite.CreateTableServiceClient().GetTableClient("CitationRegistry").QueryAsync<Azure.Data.Tables.TableEntity>().CountAsync());
    }

    [Fact]
    public async Task A_file_larger_than_one_block_is_uploaded_in_blocks_and_arrives_intact()
    {
        await azurite.ResetAsync();
        await using var services = StorageCommandOptions.BuildServices(azurite.ConnectionString);
        var uploader = services.GetRequiredService<BulletinUploader>();
        var folder = Directory.CreateTempSubdirectory("compliance-upload-").FullName;
        try
        {
            var content = new byte[2 * BulletinUploader.BlockBytes + 12345];
            new Random(7).NextBytes(content);
            var path = Path.Combine(folder, "大公报.pdf");
            await File.WriteAllBytesAsync(path, content);

            Assert.Equal(0, await UploadCommand.RunAsync(uploader, [path], CancellationToken.None));

            var blob = uploader.Container.GetBlobClient("大公报.pdf");
            var blocks = (await uploader.Container.GetBlockBlobClient("大公报.pdf").GetBlockListAsync()).Value.CommittedBlocks.ToList();
            Assert.Equal(3, blocks.Count);
            Assert.All(blocks, b => Assert.True(b.SizeLong <= BulletinUploader.BlockBytes));
            Assert.Equal(content, (await blob.DownloadContentAsync()).Value.Content.ToArray());
            Assert.Equal("application/pdf", (await blob.GetPropertiesAsync()).Value.ContentType);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Findings_prints_the_filtered_findings_as_json()
    {
        await azurite.ResetAsync();
        await using var services = StorageCommandOptions.BuildServices(azurite.ConnectionString);
        var writer = services.GetRequiredService<ResultTableWriter>();
        const string name = "公报 #7.txt";
        var report = new BulletinReport
        {
            Source = name,
            Documents =
            [
                new DocumentReport
                {
                    Index = 1, StartLine = 1, EndLine = 10, Issuer = "乳山市人民政府", DocNumber = "乳政发[2018]1号", Title = "关于……的通知",
                    Findings =
                    [
                        new Finding(RuleIds.NumberBrackets, Severity.Error, "发文字号的年份应使用六角括号“〔〕”。", 3, "乳政发[2018]1号"),
                        new Finding(RuleIds.PublicationMissing, Severity.Warning, "缺少附注。", null, null),
                    ],
                },
            ],
        };
        await writer.WriteAsync(BulletinOutcome.Checked(name, new Azure.ETag("\"1\""), 10, "x", report));

        var output = new StringWriter();
        var exit = await FindingsCommand.RunAsync(services.GetRequiredService<ResultReader>(),
            new FindingFilter(Office: "乳山市人民政府", Severity: Severity.Error), json: true, output, CancellationToken.None);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(name, item.GetProperty("Bulletin").GetString());
        Assert.Equal(RuleIds.NumberBrackets, item.GetProperty("Rule").GetString());
        Assert.Equal("错误", item.GetProperty("Severity").GetString());
        Assert.Equal(3, item.GetProperty("Line").GetInt32());
    }

    [Fact]
    public void The_week_option_rejects_a_malformed_week_in_chinese()
    {
        var result = FindingsCommand.Create().Parse(["--week", "2026-47"]);
        Assert.Contains(result.Errors, e => e.Message.Contains("2026-W47", StringComparison.Ordinal));
    }
}
