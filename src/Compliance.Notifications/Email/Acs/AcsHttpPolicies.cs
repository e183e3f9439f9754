using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Extensions.Http;
using Polly.Timeout;

namespace Compliance.Notifications;

/// <summary>
/// The resilience policies of the ACS HTTP client, built once per container so that the circuit breaker's state is
/// shared by every request: retry (outermost) → circuit breaker → per-try timeout (innermost).
/// </summary>
public sealed class AcsHttpPolicies
{
    private readonly EmailRetryOptions _retry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public AcsHttpPolicies(IOptions<EmailOptions> options, TimeProvider timeProvider, ILogger<AcsHttpPolicies> logger)
    {
        _retry = options.Value.Retry;
        _time = timeProvider;
        _logger = logger;

        Timeout = Policy.TimeoutAsync<HttpResponseMessage>(options.Value.Timeout, TimeoutStrategy.Optimistic);

        CircuitBreaker = Transient().CircuitBreakerAsync(
            _retry.FailuresBeforeBreaking,
            _retry.BreakDuration,
            onBreak: (outcome, wait) => _logger.LogWarning("ACS e-mail circuit opened for {Wait} after {Failures} consecutive failures (last: {Outcome}).",
                wait, _retry.FailuresBeforeBreaking, Describe(outcome)),
            onReset: () => _logger.LogInformation("ACS e-mail circuit closed again."));

        Retry = Transient().WaitAndRetryAsync(
            _retry.MaxRetries,
            sleepDurationProvider: (attempt, outcome, _) => DelayBeforeRetry(attempt, outcome.Result),
            onRetryAsync: (outcome, delay, attempt, _) =>
            {
                _logger.LogWarning("ACS e-mail attempt {Attempt} failed ({Outcome}); retrying in {Delay}.", attempt, Describe(outcome), delay);
                outcome.Result?.Dispose();
                return Task.CompletedTask;
            });
    }

    public IAsyncPolicy<HttpResponseMessage> Retry { get; }

    public AsyncCircuitBreakerPolicy<HttpResponseMessage> CircuitBreaker { get; }

    public IAsyncPolicy<HttpResponseMessage> Timeout { get; }

    /// <summary>429, 408, 5xx, network errors and per-try timeouts are worth another attempt; other 4xx are not.</summary>
    public static bool IsTransient(HttpStatusCode status)
        => status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private static PolicyBuilder<HttpResponseMessage> Transient()
        => HttpPolicyExtensions.HandleTransientHttpError()
            .OrResult(r => r.StatusCode == HttpStatusCode.TooManyRequests)
            .Or<TimeoutRejectedException>();

    /// <summary>Retry-After (or retry-after-ms) when the server sent one, else exponential back-off with equal jitter.</summary>
    internal TimeSpan DelayBeforeRetry(int attempt, HttpResponseMessage? response)
    {
        if (RetryAfter(response, _time.GetUtcNow()) is { } requested)
        {
            return requested > _retry.MaxDelay ? _retry.MaxDelay : requested;
        }
        var exponential = _retry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, _retry.MaxDelay.TotalMilliseconds);
        // Equal jitter: half fixed, half random, so parallel senders do not retry in lock-step.
        return TimeSpan.FromMilliseconds(capped / 2 + Random.Shared.NextDouble() * capped / 2);
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null) return null;
        foreach (var name in new[] { "retry-after-ms", "x-ms-retry-after-ms" })
        {
            if (response.Headers.TryGetValues(name, out var values)
                && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
            {
                return TimeSpan.FromMilliseconds(ms);
            }
        }
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    private static string Describe(DelegateResult<HttpResponseMessage> outcome)
        => outcome.Exception is { } ex ? ex.GetType().Name + ": " + ex.Message : "HTTP " + (int)outcome.Result.StatusCode;
}
