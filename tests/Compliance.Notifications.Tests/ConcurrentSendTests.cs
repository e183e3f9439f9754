using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using Compliance.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Compliance.Notifications.Tests;

/// <summary>
/// Exactly once per (week, office) when runs overlap — the timer firing while someone runs <c>compliance summary
/// --send</c> — and when a run died holding a reservation; the stop at an e-mail service that cannot be reached.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ConcurrentSendTests(AzuriteFixture azurite, MailDevFixture mailDev) : IClassFixture<MailDevFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private Dictionary<string, string?> SmtpSettings(int port) => new()
    {
        ["Email:Transport"] = "Smtp",
        ["Email:Smtp:Host"] = mailDev.Server.Host,
        ["Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
    };

    [Fact]
    public async Task Two_concurrent_runs_of_the_same_week_send_one_email_per_office()
    {
        await azurite.ResetAsync();
        await mailDev.Server.ClearAsync();
        // Each run's first write to SummarySends (its first reservation) waits for the other's: both have read the
        // week's records, found nothing sent, and now race for the same e-mail.
        var barrier = new Barrier(2);
        await using var timer = new JobHarness(azurite, SmtpSettings(mailDev.Server.SmtpPort), tableOptions: GatedTableOptions(barrier));
        await using var manual = new JobHarness(azurite, SmtpSettings(mailDev.Server.SmtpPort), tableOptions: GatedTableOptions(barrier));
        await timer.SeedAsync(TestData.SampleRows());
        var plan = await timer.Job.ComposeAsync(TestData.Week, CancellationToken.None);

        var results = await Task.WhenAll(
            timer.Job.RunAsync(TestData.Week, force: false, CancellationToken.None),
            manual.Job.RunAsync(TestData.Week, force: false, CancellationToken.None)).WaitAsync(Bound);

        var received = await mailDev.Server.GetEmailsAsync();
        Assert.Equal(plan.Emails.Select(e => e.To.Address).Order(), received.Select(m => Assert.Single(m.EnvelopeTo)).Order());
        Assert.Equal(plan.Emails.Count, results.Sum(r => r.Sent.Count));
        Assert.Empty(results[0].Sent.Intersect(results[1].Sent));
        Assert.All(results, r => Assert.True(r.Succeeded));
        // What one run did not send, the other had reserved (still sending) or sent.
        Assert.All(results, r => Assert.Equal(plan.Emails.Count, r.Sent.Count + r.AlreadySent.Count + r.SendingElsewhere.Count));
        var ledger = await timer.LedgerAsync(TestData.Week);
        Assert.Equal(plan.Emails.Count, ledger.Count);
        Assert.All(ledger, row =>
        {
            Assert.Equal(SummarySendEntity.StatusSent, row.Status);
            Assert.Equal(1, row.Attempts);
            Assert.Null(row.ReservedBy);
        });
    }

    [Fact]
    public async Task A_fresh_reservation_is_left_alone_and_an_expired_one_is_taken_over()
    {
        await azurite.ResetAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
        await using var harness = new JobHarness(azurite, time: time);
        await harness.SeedAsync(TestData.SampleRows());
        var lease = new EmailOptions().SendLease;
        // A run reserved Luoyang's e-mail and died before sending it.
        var plan = await harness.Job.ComposeAsync(TestData.Week, CancellationToken.None);
        var luoyang = plan.Emails.Single(e => e.Office == TestData.Luoyang);
        Assert.NotNull(await harness.Get<SummarySendLedger>().TryReserveAsync(TestData.Week, luoyang.Office, luoyang.To.Address,
            luoyang.Content.Subject, "dead-host/1/run", time.GetUtcNow(), lease, previous: null, CancellationToken.None));

        time.Advance(lease - TimeSpan.FromMinutes(1));
        var early = await harness.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);

        Assert.Equal([(TestData.Luoyang, new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero) + lease)], early.SendingElsewhere);
        Assert.DoesNotContain(TestData.Luoyang, early.Sent);
        Assert.Equal(plan.Emails.Count - 1, harness.PickedUpFiles.Length);
        Assert.Throws<WeeklySummaryFailedException>(early.ThrowIfFailed); // the timer's retry comes back for it
        var held = (await harness.LedgerAsync(TestData.Week)).Single(r => r.Office == TestData.Luoyang);
        Assert.Equal(SummarySendEntity.StatusSending, held.Status);
        Assert.Equal("dead-host/1/run", held.ReservedBy);

        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var late = await harness.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);

        Assert.Equal([TestData.Luoyang], late.Sent);
        Assert.Empty(late.SendingElsewhere);
        late.ThrowIfFailed();
        Assert.Equal(plan.Emails.Count, harness.PickedUpFiles.Length);
        var taken = (await harness.LedgerAsync(TestData.Week)).Single(r => r.Office == TestData.Luoyang);
        Assert.Equal(SummarySendEntity.StatusSent, taken.Status);
        Assert.Null(taken.ReservedBy);
        Assert.Null(taken.ReservedUntil);
    }

    [Fact]
    public async Task An_smtp_server_that_cannot_be_reached_stops_the_run_and_a_later_run_sends_everything()
    {
        await azurite.ResetAsync();
        await mailDev.Server.ClearAsync();
        var deadPort = UnusedPort.Next();
        await using (var unreachable = new JobHarness(azurite, SmtpSettings(deadPort)))
        {
            await unreachable.SeedAsync(TestData.SampleRows());

            var error = await Assert.ThrowsAsync<EmailServiceUnavailableException>(() => unreachable.Job.RunAsync(TestData.Week, force: false, CancellationToken.None));

            Assert.Equal(EmailOutage.Unreachable, error.Outage);
            Assert.Equal($"smtp://{mailDev.Server.Host}:{deadPort}", error.Endpoint);
            // Only the first e-mail was tried: recorded as failed, which ends its reservation.
            var row = Assert.Single(await unreachable.LedgerAsync(TestData.Week));
            Assert.Equal(SummarySendEntity.StatusFailed, row.Status);
            Assert.Null(row.ReservedBy);
        }

        await using var healthy = new JobHarness(azurite, SmtpSettings(mailDev.Server.SmtpPort));
        var result = await healthy.Job.RunAsync(TestData.Week, force: false, CancellationToken.None);

        Assert.Equal(3, result.Sent.Count);
        Assert.Equal(3, (await mailDev.Server.GetEmailsAsync()).Count);
    }

    private static TableClientOptions GatedTableOptions(Barrier barrier)
    {
        var options = new TableClientOptions();
        options.AddPolicy(new FirstWriteGate(SummarySendEntity.TableName, barrier, Bound), HttpPipelinePosition.PerCall);
        return options;
    }
}
