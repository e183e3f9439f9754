using Compliance.Notifications;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Compliance.Functions;

/// <summary>
/// Sends the weekly summary of the week that just ended (China Standard Time) to each issuing office's head.
/// The schedule is an app setting in UTC: the default <c>0 0 0 * * 1</c> is Monday 08:00 China Standard Time.
/// Retried with back-off on failure; <c>force: false</c> lets a retry skip the summaries already sent for the week.
/// </summary>
public sealed class WeeklySummary(WeeklySummaryJob job, ILogger<WeeklySummary> logger)
{
    [Function(nameof(WeeklySummary))]
    [ExponentialBackoffRetry(3, "00:01:00", "00:15:00")]
    public async Task RunAsync(
        [TimerTrigger("%WeeklySummarySchedule%", RunOnStartup = false)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            logger.LogWarning("The weekly summary runs late (the app was not running at the scheduled time).");
        }

        // A failed e-mail fails the invocation, so the retry policy runs the job again; the rerun sends only what is
        // still missing (sends are recorded per week and office).
        var result = await job.RunAsync(week: null, force: false, cancellationToken);
        result.ThrowIfFailed();
    }
}
