using Compliance.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compliance.Notifications;

/// <summary>One e-mail of a week: to an office head (<see cref="Office"/> set) or the overview (<see cref="Office"/> null).</summary>
public sealed record PlannedEmail(string? Office, EmailAddress To, RenderedEmail Content)
{
    public bool IsOverview => Office is null;
}

/// <summary>Everything a week's run would send, composed but not sent.</summary>
public sealed record WeeklySummaryPlan(IsoWeek Week, int DocumentsChecked, IReadOnlyList<PlannedEmail> Emails, IReadOnlyList<string> OfficesWithoutHead);

/// <summary>What one run did.</summary>
public sealed record WeeklySummaryResult(
    IsoWeek Week,
    int DocumentsChecked,
    IReadOnlyList<string> Sent,
    IReadOnlyList<string> AlreadySent,
    IReadOnlyList<(string Email, string Error)> Failed,
    IReadOnlyList<string> OfficesWithoutHead)
{
    public bool Succeeded => Failed.Count == 0;

    /// <summary>Throws when any e-mail failed, so that a host's retry runs the job again: a rerun sends only what is
    /// still missing.</summary>
    public void ThrowIfFailed()
    {
        if (!Succeeded) throw new WeeklySummaryFailedException(this);
    }
}

/// <summary>Some e-mails of a weekly summary could not be sent (each is recorded as failed and retried by the next run).</summary>
public sealed class WeeklySummaryFailedException(WeeklySummaryResult result) : Exception(
    $"Weekly summary {result.Week}: {result.Failed.Count} e-mail(s) failed ({string.Join("; ", result.Failed.Select(f => $"{f.Email}: {f.Error}"))}).")
{
    public WeeklySummaryResult Result { get; } = result;
}

/// <summary>
/// The weekly summary: reads one week of results, e-mails each office head its office's summary and the compliance
/// mailbox the overview, exactly once per (week, office) as recorded in the <c>SummarySends</c> table.
/// </summary>
public sealed class WeeklySummaryJob
{
    /// <summary>Name used for the overview in results and logs.</summary>
    public const string OverviewName = "（总览）";

    private readonly DocumentResultReader _results;
    private readonly RecipientDirectory _recipients;
    private readonly SummarySendLedger _ledger;
    private readonly IEmailTransport _transport;
    private readonly SummaryEmailRenderer _renderer;
    private readonly EmailOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WeeklySummaryJob> _logger;

    public WeeklySummaryJob(
        DocumentResultReader results,
        RecipientDirectory recipients,
        SummarySendLedger ledger,
        IEmailTransport transport,
        SummaryEmailRenderer renderer,
        IOptions<EmailOptions> options,
        TimeProvider timeProvider,
        ILogger<WeeklySummaryJob> logger)
    {
        _results = results;
        _recipients = recipients;
        _ledger = ledger;
        _transport = transport;
        _renderer = renderer;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>The week a run without an explicit week reports on: the one that ended before now (China Standard Time).</summary>
    public IsoWeek DefaultWeek => IsoWeek.PreviousWeek(_time.GetUtcNow());

    /// <summary>Composes every e-mail of the week without sending or recording anything.</summary>
    public async Task<WeeklySummaryPlan> ComposeAsync(IsoWeek? week, CancellationToken cancellationToken)
    {
        var target = week ?? DefaultWeek;
        var rows = await _results.ReadWeekAsync(target, cancellationToken).ConfigureAwait(false);
        var heads = await _recipients.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var summaries = WeeklySummaryAggregator.Summarize(target, rows, _options.TopRuleCount);

        var emails = new List<PlannedEmail>();
        var overviewRows = new List<OverviewRow>();
        foreach (var summary in summaries)
        {
            heads.TryGetValue(summary.Office, out var head);
            overviewRows.Add(new OverviewRow(summary, head));
            if (head is null)
            {
                _logger.LogWarning("No head configured for office {Office} in the {Table} table: its summary for {Week} ({Documents} documents) goes only into the overview.",
                    summary.Office, RecipientEntity.TableName, target, summary.DocumentsChecked);
                continue;
            }
            emails.Add(new PlannedEmail(summary.Office, new EmailAddress(head.Email, head.Name), _renderer.RenderOffice(summary, head)));
        }

        var overview = new WeeklyOverview(target, overviewRows);
        emails.Add(new PlannedEmail(null, new EmailAddress(_options.ComplianceMailbox, "公文合规检查"), _renderer.RenderOverview(overview)));
        return new WeeklySummaryPlan(target, rows.Count, emails, overview.OfficesWithoutHead);
    }

    /// <summary>
    /// Sends the week's e-mails that have not been sent yet (all of them when <paramref name="force"/>). A message is
    /// recorded as sent only after the transport accepted it; a failure is recorded and retried by the next run.
    /// </summary>
    /// <param name="week">The week to report on; null for the week that just ended.</param>
    public async Task<WeeklySummaryResult> RunAsync(IsoWeek? week, bool force, CancellationToken cancellationToken)
    {
        var plan = await ComposeAsync(week, cancellationToken).ConfigureAwait(false);
        var ledger = await _ledger.GetWeekAsync(plan.Week, cancellationToken).ConfigureAwait(false);
        var transportName = _transport.GetType().Name;

        var sent = new List<string>();
        var alreadySent = new List<string>();
        var failed = new List<(string, string)>();
        foreach (var email in plan.Emails)
        {
            var name = email.Office ?? OverviewName;
            ledger.TryGetValue(SummarySendEntity.RowKeyFor(email.Office), out var previous);
            if (!force && previous?.Status == SummarySendEntity.StatusSent)
            {
                alreadySent.Add(name);
                continue;
            }

            var message = new EmailMessage([email.To], email.Content.Subject, email.Content.Html, email.Content.PlainText);
            string messageId;
            try
            {
                messageId = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var error = ex is EmailSendException { ResponseBody: { Length: > 0 } body } && !ex.Message.Contains(body, StringComparison.Ordinal)
                    ? $"{ex.Message}\n{body}"
                    : ex.Message;
                _logger.LogError(ex, "Weekly summary {Week} for {Recipient} ({Address}) was not sent; the next run retries it.", plan.Week, name, email.To.Address);
                await _ledger.RecordFailedAsync(plan.Week, email.Office, email.To.Address, email.Content.Subject, error, transportName,
                    _time.GetUtcNow(), previous, cancellationToken).ConfigureAwait(false);
                failed.Add((name, error));
                continue;
            }

            // CancellationToken.None: the message is out; losing its record would send it twice.
            await _ledger.RecordSentAsync(plan.Week, email.Office, email.To.Address, email.Content.Subject, messageId, transportName,
                _time.GetUtcNow(), previous, CancellationToken.None).ConfigureAwait(false);
            _logger.LogInformation("Weekly summary {Week} for {Recipient} sent to {Address} ({MessageId}).", plan.Week, name, email.To.Address, messageId);
            sent.Add(name);
        }

        return new WeeklySummaryResult(plan.Week, plan.DocumentsChecked, sent, alreadySent, failed, plan.OfficesWithoutHead);
    }
}
