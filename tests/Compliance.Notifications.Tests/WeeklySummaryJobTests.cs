using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Compliance.Notifications.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class WeeklySummaryJobTests(AzuriteFixture azurite)
{
    private static readonly string[] OfficesWithHeadAndDocuments = [TestData.Jianxi, TestData.Luoyang];

    [Fact]
    public async Task Sends_each_head_and_the_overview_once_and_a_second_run_sends_nothing()
    {
        await azurite.ResetAsync();
        await using var harness = new JobHarness(azurite);
        await harness.SeedAsync(TestData.SampleRows());

        var first = await harness.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.Equal(OfficesWithHeadAndDocuments.Append(WeeklySummaryJob.OverviewName).Order(StringComparer.Ordinal), first.Sent.Order(StringComparer.Ordinal));
        Assert.Equal([TestData.Headless], first.OfficesWithoutHead);
        Assert.Equal(TestData.SampleRows().Count(r => r.Week == TestData.Week.ToString()), first.DocumentsChecked);
        var files = harness.PickedUpFiles;
        Assert.Equal(3, files.Length);

        // The ledger holds each message's id, and it is the Message-Id of the file the transport wrote.
        var ledger = await harness.LedgerAsync(TestData.Week);
        Assert.Equal(3, ledger.Count);
        Assert.All(ledger, r => Assert.Equal(SummarySendEntity.StatusSent, r.Status));
        var fileIds = files.Select(f => MimeMessage.Load(f).MessageId).Order().ToArray();
        Assert.Equal(fileIds, ledger.Select(r => r.MessageId).Order().ToArray());

        var second = await harness.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);
        Assert.Empty(second.Sent);
        Assert.Equal(3, second.AlreadySent.Count);
        Assert.Equal(3, harness.PickedUpFiles.Length);

        var forced = await harness.Job.RunAsync(TestData.Week, force: true, CancellationToken.None);
        Assert.Equal(3, forced.Sent.Count);
        Assert.Equal(6, harness.PickedUpFiles.Length);
        Assert.All(await harness.LedgerAsync(TestData.Week), r => Assert.Equal(2, r.Attempts));
    }

    [Fact]
    public async Task A_run_that_failed_for_one_office_resumes_with_only_that_office()
    {
        await azurite.ResetAsync();
        var refused = "li.hua@jianxi.example.gov.cn";
        RefusingTransport? refusing = null;
        await using (var failing = new JobHarness(azurite, transport: sp => refusing = new RefusingTransport(sp.GetRequiredService<PickupEmailTransport>(), refused)))
        {
            await failing.SeedAsync(TestData.SampleRows());
            var first = await failing.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);

            Assert.False(first.Succeeded);
            Assert.Equal(TestData.Jianxi, Assert.Single(first.Failed).Email);
            Assert.Equal(2, first.Sent.Count);
            Assert.Equal(3, refusing!.Calls);
            var failedRow = (await failing.LedgerAsync(TestData.Week)).Single(r => r.Office == TestData.Jianxi);
            Assert.Equal(SummarySendEntity.StatusFailed, failedRow.Status);
            Assert.Null(failedRow.SentAt);
            Assert.Contains("InvalidRecipient", failedRow.Error); // the server's response body is kept
            var thrown = Assert.Throws<WeeklySummaryFailedException>(first.ThrowIfFailed); // what the timer function does
            Assert.Contains(TestData.Jianxi, thrown.Message);
        }

        await using var healthy = new JobHarness(azurite);
        var second = await healthy.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);

        Assert.Equal([TestData.Jianxi], second.Sent);
        second.ThrowIfFailed();
        Assert.Equal(2, second.AlreadySent.Count);
        var resent = Assert.Single(healthy.PickedUpFiles);
        var message = MimeMessage.Load(resent);
        Assert.Equal(refused, message.To.Mailboxes.Single().Address);
        var row = (await healthy.LedgerAsync(TestData.Week)).Single(r => r.Office == TestData.Jianxi);
        Assert.Equal(SummarySendEntity.StatusSent, row.Status);
        Assert.Null(row.Error);
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task Without_a_week_reports_the_week_that_just_ended_in_China_Standard_Time()
    {
        await azurite.ResetAsync();
        // Monday 2026-11-23 07:30 in Beijing is still Sunday 23:30 UTC: the week that just ended is W47.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero));
        await using var harness = new JobHarness(azurite, time: time);
        await harness.SeedAsync(TestData.SampleRows());

        var result = await harness.Job.RunAsync(null, force: false, CancellationToken.None);

        Assert.Equal(new IsoWeek(2026, 47), result.Week);
        Assert.Equal(TestData.SampleRows().Count(r => r.Week == "2026-W47"), result.DocumentsChecked);
        Assert.All(await harness.LedgerAsync(result.Week), r => Assert.Equal(time.GetUtcNow(), r.SentAt));
    }

    [Fact]
    public async Task An_office_without_a_head_is_logged_and_listed_in_the_overview()
    {
        await azurite.ResetAsync();
        await using var harness = new JobHarness(azurite);
        await harness.SeedAsync(TestData.SampleRows());

        await harness.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);

        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(TestData.Headless, StringComparison.Ordinal));
        var overview = harness.PickedUpFiles.Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Single().Address == "compliance-office@example.gov.cn");
        Assert.Contains("未配置负责人的单位", overview.HtmlBody);
        Assert.Contains("<li>" + TestData.Headless + "</li>", overview.HtmlBody);
        Assert.Contains("  - " + TestData.Headless, overview.TextBody);
        Assert.DoesNotContain(harness.PickedUpFiles.Select(f => MimeMessage.Load(f)), m => (m.Subject ?? "").EndsWith(TestData.Headless, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Composing_a_preview_sends_and_records_nothing()
    {
        await azurite.ResetAsync();
        await using var harness = new JobHarness(azurite);
        await harness.SeedAsync(TestData.SampleRows());

        var plan = await harness.Job.ComposeAsync(TestData.Week, CancellationToken.None);

        Assert.Equal(3, plan.Emails.Count);
        Assert.Empty(harness.PickedUpFiles);
        Assert.Empty(await harness.LedgerAsync(TestData.Week));
    }
}
