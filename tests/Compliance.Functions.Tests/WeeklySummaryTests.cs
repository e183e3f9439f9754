using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Compliance.Checking;
using Compliance.Notifications;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Compliance.Functions.Tests;

/// <summary>
/// <see cref="WeeklySummary.RunAsync"/> with a <see cref="TimerInfo"/>, from the app's host configured for SMTP, sending
/// to a real MailDev. The week's results are written by <see cref="BulletinUploaded"/> from the seeds, a week earlier.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class WeeklySummaryTests(AzuriteFixture azurite, MailDevFixture mailDev) : IClassFixture<MailDevFixture>
{
    /// <summary>Wednesday of 2026-W47, China Standard Time: when the seeds are uploaded.</summary>
    private static readonly DateTimeOffset UploadTime = new(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Monday 08:00 China Standard Time of the week after: when the timer fires.</summary>
    private static readonly DateTimeOffset TimerTime = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(8));

    private static readonly string Week = IsoWeek.FromInstant(UploadTime).ToString();

    private Dictionary<string, string?> Settings(int smtpPort) => new()
    {
        ["BulletinStorage"] = azurite.ConnectionString,
        ["Email:Transport"] = "Smtp",
        ["Email:Smtp:Host"] = mailDev.Server.Host,
        ["Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
    };

    private static TimerInfo Timer() => new()
    {
        IsPastDue = false,
        ScheduleStatus = new ScheduleStatus { Last = TimerTime.AddDays(-7).UtcDateTime, Next = TimerTime.AddDays(7).UtcDateTime, LastUpdated = TimerTime.UtcDateTime },
    };

    private static async Task RunTimerAsync(FunctionsHost host)
    {
        using var invocation = host.Services.CreateScope();
        await host.CreateFunction<WeeklySummary>(invocation).RunAsync(Timer(), CancellationToken.None);
    }

    /// <summary>Uploads every seed and runs BulletinUploaded on it; returns the offices that issued documents and how many.</summary>
    private static async Task<Dictionary<string, int>> UploadSeedsAsync(FunctionsHost host)
    {
        var container = new BlobContainerClient(host.Settings["BulletinStorage"], host.Settings["BulletinsContainer"]);
        await container.CreateIfNotExistsAsync();
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var content = await File.ReadAllBytesAsync(path);
            var blob = container.GetBlobClient(Path.GetFileName(path));
            await blob.UploadAsync(BinaryData.FromBytes(content));
            using (var invocation = host.Services.CreateScope())
            {
                await host.CreateFunction<BulletinUploaded>(invocation).RunAsync(blob, CancellationToken.None);
            }
            foreach (var document in host.Get<BulletinChecker>().Check(content, blob.Name).Documents)
            {
                var office = ResultTableWriter.OfficeOf(document);
                documents[office] = documents.GetValueOrDefault(office) + 1;
            }
        }
        return documents;
    }

    private static async Task<IReadOnlyList<Recipient>> HeadsAsync()
        => await RecipientFile.ReadAsync(FunctionsApp.RepositoryFile("config", "recipients.json"), CancellationToken.None);

    /// <summary>A loopback port nothing listens on: an SMTP relay that is down.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// Empty storage and mailbox, a host sending to MailDev whose clock stands at <see cref="UploadTime"/>, and the seeds
    /// uploaded through BulletinUploaded. Returns the documents per office and the heads of those offices.
    /// </summary>
    private async Task<(FunctionsHost Host, FakeTimeProvider Time, Dictionary<string, int> Documents, List<Recipient> Heads)> UploadWeekAsync()
    {
        await azurite.ResetAsync();
        await mailDev.Server.ClearAsync();
        var time = new FakeTimeProvider(UploadTime);
        var host = new FunctionsHost(Settings(mailDev.Server.SmtpPort), time);
        try
        {
            var documents = await UploadSeedsAsync(host);
            var heads = (await HeadsAsync()).Where(h => documents.ContainsKey(h.Office)).OrderBy(h => h.Office, StringComparer.Ordinal).ToList();
            return (host, time, documents, heads);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    [Fact]
    public async Task Timer_run_emails_last_weeks_summary_to_each_head_and_the_compliance_mailbox()
    {
        var (host, time, documents, heads) = await UploadWeekAsync();
        using var ownedHost = host;
        Assert.NotEmpty(heads);
        await host.Get<RecipientDirectory>().ImportAsync(await HeadsAsync(), CancellationToken.None);
        time.SetUtcNow(TimerTime);

        await RunTimerAsync(host);

        var received = await mailDev.Server.GetEmailsAsync();
        Assert.Equal(heads.Count + 1, received.Count);
        Assert.All(received, m => Assert.Equal(host.Settings["Email:From"], m.From));
        foreach (var head in heads)
        {
            var mail = Assert.Single(received, m => m.EnvelopeTo.SequenceEqual([head.Email]));
            Assert.Equal($"公文合规检查周报（{Week}）：{head.Office}", mail.Subject);
            Assert.Contains($"检查公文</th><td class=\"n\">{documents[head.Office]} 件", mail.Html);
            Assert.Contains(head.Office, mail.Text);
        }
        var overview = Assert.Single(received, m => m.EnvelopeTo.SequenceEqual([host.Settings["Email:ComplianceMailbox"]!]));
        Assert.Contains(Week, overview.Subject);
        Assert.Contains($"检查公文 {documents.Values.Sum()} 件", overview.Subject);
    }

    [Fact]
    public async Task A_rule_added_as_one_class_reaches_the_findings_table_and_the_email()
    {
        // addressee.colon was added to the checker as one rule class, one message and one docs entry; nothing in
        // storage, the Functions app or the e-mail names it. 乳山市人民政府办公室's documents close their addressees
        // with a half-width colon or a semicolon in documents that otherwise write full-width marks.
        var (host, time, _, heads) = await UploadWeekAsync();
        using var ownedHost = host;
        const string office = "乳山市人民政府办公室";
        var head = Assert.Single(heads, h => h.Office == office);
        await host.Get<RecipientDirectory>().ImportAsync([head], CancellationToken.None);
        time.SetUtcNow(TimerTime);

        await RunTimerAsync(host);

        var findings = new Azure.Data.Tables.TableClient(azurite.ConnectionString, "Findings");
        var rows = await findings.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"Rule eq {RuleIds.AddresseeColon}")).ToListAsync();
        var expected = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .Sum(path => host.Get<BulletinChecker>().Check(File.ReadAllBytes(path), Path.GetFileName(path)).AllFindings.Count(f => f.RuleId == RuleIds.AddresseeColon));
        Assert.True(expected > 0, "the seeds should give addressee.colon findings");
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("主送机关“", r.GetString("Message"), StringComparison.Ordinal));

        var mail = Assert.Single(await mailDev.Server.GetEmailsAsync(), m => m.EnvelopeTo.SequenceEqual([head.Email]));
        Assert.Contains("最后一个机关名称后应使用全角冒号", mail.Text);
    }

    [Fact]
    public async Task A_failed_send_fails_the_invocation_and_the_retry_sends_only_what_is_missing()
    {
        var (host, time, _, heads) = await UploadWeekAsync();
        using var ownedHost = host;
        Assert.True(heads.Count >= 2, "The seeds should name at least two offices with a head.");
        // One head is configured only after the first run: that office's e-mail is the one still missing.
        var late = heads[0];
        await host.Get<RecipientDirectory>().ImportAsync(heads.Skip(1), CancellationToken.None);
        time.SetUtcNow(TimerTime);

        await RunTimerAsync(host);
        var sentFirst = await mailDev.Server.GetEmailsAsync();
        Assert.Equal(heads.Count, sentFirst.Count); // every head but the late one, and the overview
        Assert.DoesNotContain(sentFirst, m => m.EnvelopeTo.Contains(late.Email));

        await host.Get<RecipientDirectory>().ImportAsync([late], CancellationToken.None);

        // The SMTP relay is down for the next run: the job stops at the unreachable service and the invocation fails,
        // so the host's retry policy runs it again.
        using (var relayDown = new FunctionsHost(Settings(ClosedPort()), new FakeTimeProvider(TimerTime)))
        {
            var failure = await Assert.ThrowsAsync<EmailServiceUnavailableException>(() => RunTimerAsync(relayDown));
            Assert.Equal(EmailTransportKind.Smtp, failure.Transport);
        }
        Assert.Equal(sentFirst.Count, (await mailDev.Server.GetEmailsAsync()).Count);

        // The retry, with the relay back: only the missing e-mail goes out.
        await RunTimerAsync(host);
        var afterRetry = await mailDev.Server.GetEmailsAsync();
        Assert.Equal(sentFirst.Count + 1, afterRetry.Count);
        var resent = Assert.Single(afterRetry, m => m.EnvelopeTo.Contains(late.Email));
        Assert.Equal($"公文合规检查周报（{Week}）：{late.Office}", resent.Subject);

        // Another run of the same week (a duplicate timer firing) sends nothing and succeeds.
        await RunTimerAsync(host);
        Assert.Equal(afterRetry.Count, (await mailDev.Server.GetEmailsAsync()).Count);
    }
}
