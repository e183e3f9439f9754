using System.Globalization;
using Compliance.Checking;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Compliance.Notifications.Tests;

/// <summary>The job sending over SMTP (MailKit) to a real MailDev, asserted through MailDev's REST API.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SmtpDeliveryTests(AzuriteFixture azurite, MailDevFixture mailDev) : IClassFixture<MailDevFixture>
{
    private const string Mailbox = "compliance-office@example.gov.cn";

    private Dictionary<string, string?> SmtpSettings => new()
    {
        ["Email:Transport"] = "Smtp",
        ["Email:Smtp:Host"] = mailDev.Server.Host,
        ["Email:Smtp:Port"] = mailDev.Server.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:ComplianceMailbox"] = Mailbox,
    };

    [Fact]
    public async Task Heads_receive_their_summary_with_escaped_html_and_a_plain_text_part()
    {
        await azurite.ResetAsync();
        await mailDev.Server.ClearAsync();
        await using var harness = new JobHarness(azurite, SmtpSettings);
        var rows = TestData.SampleRows();
        await harness.SeedAsync(rows);
        var recipients = await RecipientFile.ReadAsync(TestData.RecipientsSeed, CancellationToken.None);

        var result = await harness.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Failed.Select(f => f.Error)));
        var received = await mailDev.Server.GetEmailsAsync();
        Assert.Equal(3, received.Count);
        Assert.All(received, m => Assert.Equal("compliance@example.gov.cn", m.From));

        var luoyangHead = recipients.Single(r => r.Office == TestData.Luoyang);
        var luoyang = Assert.Single(received, m => m.EnvelopeTo.SequenceEqual([luoyangHead.Email]));
        Assert.Equal($"公文合规检查周报（2026-W47）：{TestData.Luoyang}", luoyang.Subject);
        var week = rows.Where(r => r.Office == TestData.Luoyang && r.Week == "2026-W47").ToList();
        Assert.Contains($"检查公文</th><td class=\"n\">{week.Count} 件", luoyang.Html);
        Assert.Contains($"存在错误的公文</th><td class=\"n\">{week.Count(r => r.Errors > 0)} 件", luoyang.Html);
        Assert.Contains($"存在警告的公文</th><td class=\"n\">{week.Count(r => r.Warnings > 0)} 件", luoyang.Html);
        // The title from the uploaded file arrives escaped in HTML and verbatim in the plain-text part.
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", luoyang.Html);
        Assert.DoesNotContain("<script>", luoyang.Html);
        Assert.Contains(TestData.ScriptTitle, luoyang.Text);
        Assert.Contains("发文字号年份括号错误（2 处，规则 number.brackets）", luoyang.Text);

        var jianxiHead = recipients.Single(r => r.Office == TestData.Jianxi);
        var jianxi = Assert.Single(received, m => m.EnvelopeTo.SequenceEqual([jianxiHead.Email]));
        Assert.Contains("本周检查的该单位公文未发现格式问题。", jianxi.Html);

        var overview = Assert.Single(received, m => m.EnvelopeTo.SequenceEqual([Mailbox]));
        Assert.Contains(TestData.Headless, overview.Html);
        Assert.Contains("未配置", overview.Html);
        Assert.DoesNotContain(received, m => m.Subject.EndsWith(TestData.Headless, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summaries_of_the_processed_seeds_match_the_checker_counts()
    {
        await azurite.ResetAsync();
        await mailDev.Server.ClearAsync();
        // Process the seed bulletins with the storage pipeline on Wednesday of 2026-W47 (China Standard Time).
        var wednesday = new FakeTimeProvider(new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8)));
        var tables = azurite.CreateTableServiceClient();
        var blobs = azurite.CreateBlobServiceClient();
        var checker = new BulletinChecker();
        var citations = new Checking.Citations.CitationChecker();
        var processor = new BulletinProcessor(blobs, new ResultTableWriter(tables, wednesday), checker, Options.Create(new BulletinStorageOptions()),
            registry: new Storage.Citations.CitationRegistryStore(tables), citations: citations);
        await processor.Container.CreateIfNotExistsAsync();
        var expected = new Dictionary<string, (int Documents, int WithErrors, int WithWarnings)>(StringComparer.Ordinal);
        var seen = new List<Checking.Citations.RegistryEntries>();
        string? citingOffice = null;
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var bytes = await File.ReadAllBytesAsync(path);
            await processor.Container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
            await processor.ProcessBlobAsync(name, CancellationToken.None);
            // Expectations from the checker's own report with its citations judged against the seeds so far, not
            // from the stored rows.
            var report = checker.Check(bytes, name);
            seen.Add(Checking.Citations.RegistryEntries.Of(report));
            foreach (var doc in citations.Apply(report, Checking.Citations.CitationRegistry.Of(seen)).Documents)
            {
                if (doc.Findings.Any(f => f.RuleId == RuleIds.CitationTitleConflict)) citingOffice = ResultTableWriter.OfficeOf(doc);
                var office = ResultTableWriter.OfficeOf(doc);
                var (d, e, w) = expected.GetValueOrDefault(office);
                expected[office] = (d + 1, e + (doc.CountOf(Severity.Error) > 0 ? 1 : 0), w + (doc.CountOf(Severity.Warning) > 0 ? 1 : 0));
            }
        }

        await using var harness = new JobHarness(azurite, SmtpSettings);
        await harness.SeedAsync([]);
        var recipients = (await RecipientFile.ReadAsync(TestData.RecipientsSeed, CancellationToken.None)).ToDictionary(r => r.Office);
        var result = await harness.Job.RunAsync(IsoWeek.FromInstant(wednesday.GetUtcNow()), force: false, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Failed.Select(f => f.Error)));
        Assert.Equal(expected.Values.Sum(v => v.Documents), result.DocumentsChecked);
        Assert.Equal(expected.Keys.Where(o => !recipients.ContainsKey(o)).Order(StringComparer.Ordinal), result.OfficesWithoutHead.Order(StringComparer.Ordinal));
        var received = await mailDev.Server.GetEmailsAsync();
        Assert.Equal(expected.Keys.Count(recipients.ContainsKey) + 1, received.Count);
        foreach (var (office, counts) in expected.Where(e => recipients.ContainsKey(e.Key)))
        {
            var mail = Assert.Single(received, m => m.EnvelopeTo.SequenceEqual([recipients[office].Email]));
            Assert.Equal($"公文合规检查周报（2026-W47）：{office}", mail.Subject);
            Assert.Contains($"检查公文</th><td class=\"n\">{counts.Documents} 件", mail.Html);
            Assert.Contains($"存在错误的公文</th><td class=\"n\">{counts.WithErrors} 件", mail.Html);
            Assert.Contains($"存在警告的公文</th><td class=\"n\">{counts.WithWarnings} 件", mail.Html);
        }
        var overview = Assert.Single(received, m => m.EnvelopeTo.SequenceEqual([Mailbox]));
        Assert.Contains($"检查公文 {expected.Values.Sum(v => v.Documents)} 件", overview.Subject);
        // The citation finding across bulletins is counted like any other in its office's e-mail (or the overview).
        Assert.NotNull(citingOffice);
        var citing = recipients.TryGetValue(citingOffice, out var head)
            ? Assert.Single(received, m => m.EnvelopeTo.SequenceEqual([head.Email])) : overview;
        Assert.Contains("同一文号被引用为不同标题（1 处，规则 citation.title-conflict）", citing.Text);
    }
}
