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
/// <param name="SendingElsewhere">E-mails another run had reserved (it is sending them), with the end of its lease.</param>
public sealed record WeeklySummaryResult(
    IsoWeek Week,
    int DocumentsChecked,
    IReadOnlyList<string> Sent,
    IReadOnlyList<string> AlreadySent,
    IReadOnlyList<(string Email, DateTimeOffset ReservedUntil)> SendingElsewhere,
    IReadOnlyList<(string Email, string Error)> Failed,
    IReadOnlyList<string> OfficesWithoutHead)
{
    public bool Succeeded => Failed.Count == 0;

    /// <summary>
    /// Throws when any e-mail failed or is still reserved by another run, so that a host's retry runs the job again: a
    /// rerun sends only what is still missing (and takes over a reservation whose run died, once its lease ends).
    /// </summary>
    public void ThrowIfFailed()
    {
        if (!Succeeded || SendingElsewhere.Count > 0) throw new WeeklySummaryFailedException(this);
    }
}

/// <summary>Some e-mails of a weekly summary could not be sent (each is recorded as failed and retried by the next run)
/// or are being sent by another run.</summary>
public sealed class WeeklySummaryFailedException(WeeklySummaryResult result) : Exception(
    $"Weekly summary {result.Week}: {result.Failed.Count} e-mail(s) failed ({string.Join("; ", result.Failed.Select(f => $"{f.Email}: {f.Error}"))}), " +
    $"{result.SendingElsewhere.Count} reserved by another run ({string.Join("; ", result.SendingElsewhere.Select(r => $"{r.Email} until {r.ReservedUntil:u}"))}).")
{
    public WeeklySummaryResult Result { get; } = result;
}

/// <summary>
/// The weekly summary: reads one week of results, e-mails each office head its office's summary and the compliance
/// mailbox the overview, exactly once per (week, office) as recorded in the <c>SummarySends</c> table: each e-mail is
/// reserved there (optimistic concurrency, <c>Email:SendLease</c>) before it is sent, so concurrent runs send it once.
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
    /// Sends the week's e-mails that have not been sent yet (all of them when <paramref name="force"/>). Each is first
    /// reserved in the ledger; one that another run has reserved (or sent meanwhile) is left to it. A message is
    /// recorded as sent only after the transport accepted it; a failure is recorded and retried by the next run.
    /// </summary>
    /// <param name="week">The week to report on; null for the week that just ended.</param>
    /// <exception cref="EmailServiceUnavailableException">The e-mail service cannot be reached or refused the credentials:
    /// the run stops (that e-mail is recorded as failed, the rest are left for the next run).</exception>
    public async Task<WeeklySummaryResult> RunAsync(IsoWeek? week, bool force, CancellationToken cancellationToken)
    {
        var plan = await ComposeAsync(week, cancellationToken).ConfigureAwait(false);
        var ledger = await _ledger.GetWeekAsync(plan.Week, cancellationToken).ConfigureAwait(false);
        var transportName = _transport.GetType().Name;
        var run = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

        var sent = new List<string>();
        var alreadySent = new List<string>();
        var elsewhere = new List<(string, DateTimeOffset)>();
        var failed = new List<(string, string)>();
        foreach (var email in plan.Emails)
        {
            var name = email.Office ?? OverviewName;
            ledger.TryGetValue(SummarySendEntity.RowKeyFor(email.Office), out var previous);
            var reservation = await ReserveAsync(plan.Week, email, previous, force, run, cancellationToken).ConfigureAwait(false);
            if (reservation.Row is null)
            {
                if (reservation.Current?.Status == SummarySendEntity.StatusSent) alreadySent.Add(name);
                else elsewhere.Add((name, reservation.Current?.ReservedUntil ?? _time.GetUtcNow()));
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
                // CancellationToken.None: the record ends the reservation, so the next run need not wait for its lease.
                await _ledger.RecordFailedAsync(reservation.Row, error, transportName, _time.GetUtcNow(), previous, CancellationToken.None).ConfigureAwait(false);
                if (ex is EmailServiceUnavailableException) throw;
                failed.Add((name, error));
                continue;
            }

            // CancellationToken.None: the message is out; losing its record would send it twice.
            await _ledger.RecordSentAsync(reservation.Row, messageId, transportName, _time.GetUtcNow(), previous, CancellationToken.None).ConfigureAwait(false);
            _logger.LogInformation("Weekly summary {Week} for {Recipient} sent to {Address} ({MessageId}).", plan.Week, name, email.To.Address, messageId);
            sent.Add(name);
        }

        return new WeeklySummaryResult(plan.Week, plan.DocumentsChecked, sent, alreadySent, elsewhere, failed, plan.OfficesWithoutHead);
    }

    /// <summary>
    /// Reserves one e-mail for this run unless it was sent (and not <paramref name="force"/>d) or another run holds a live
    /// reservation. Row: the reservation, or null with <c>Current</c> = the record that kept this run from sending.
    /// </summary>
    private async Task<(SummarySendEntity? Row, SummarySendEntity? Current)> ReserveAsync(IsoWeek week, PlannedEmail email,
        SummarySendEntity? previous, bool force, string run, CancellationToken cancellationToken)
    {
        var current = previous;
        for (var attempt = 1; ; attempt++)
        {
            var now = _time.GetUtcNow();
            if (current is not null && ((!force && current.Status == SummarySendEntity.StatusSent) || current.IsReservedAt(now)))
            {
                return (null, current);
            }
            var reserved = await _ledger.TryReserveAsync(week, email.Office, email.To.Address, email.Content.Subject, run, now, _options.SendLease,
                current, cancellationToken).ConfigureAwait(false);
            if (reserved is not null) return (reserved, null);

            // Another run changed the row since it was read: it has reserved, sent or failed this e-mail. What it sent
            // is not sent again, even when forced.
            current = await _ledger.GetAsync(week, email.Office, cancellationToken).ConfigureAwait(false);
            force = false;
            _logger.LogInformation("Weekly summary {Week} for {Recipient} was changed by another run ({Status}, {ReservedBy}).",
                week, email.Office ?? OverviewName, current?.Status, current?.ReservedBy);
            if (attempt == MaxReserveAttempts) return (null, current);
        }
    }

    private const int MaxReserveAttempts = 3;
}
