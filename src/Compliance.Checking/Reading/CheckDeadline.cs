namespace Compliance.Checking.Reading;

/// <summary>
/// The time one bulletin may take. Checked at coarse points (per page, per batch of paragraphs, between stages, per
/// document): cheap enough to call often, and a check never stops inside a library call. Cancellation of the caller's
/// token (e.g. the host shutting down) is an <see cref="OperationCanceledException"/>, not a verdict on the file.
/// </summary>
public sealed class CheckDeadline
{
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly CancellationToken _cancellationToken;

    public CheckDeadline(TimeProvider time, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Budget = budget;
        _cancellationToken = cancellationToken;
        _started = time.GetTimestamp();
    }

    /// <summary>No time limit, no cancellation.</summary>
    public static CheckDeadline None { get; } = new(TimeProvider.System, Timeout.InfiniteTimeSpan);

    public TimeSpan Budget { get; }

    public TimeSpan Elapsed => _time.GetElapsedTime(_started);

    /// <exception cref="InputLimitExceededException">The budget is spent (<see cref="UnreadableKind.TimeBudgetExceeded"/>).</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public void ThrowIfExpired()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (Budget != Timeout.InfiniteTimeSpan && Elapsed > Budget)
        {
            throw new InputLimitExceededException(UnreadableKind.TimeBudgetExceeded, $"checking took longer than {Budget.TotalSeconds:0.#} s");
        }
    }
}

/// <summary>The input went over one of the <see cref="Configuration.CheckerLimits"/>: reported as its
/// <see cref="UnreadableKind"/>, never to the clerk as an exception.</summary>
public sealed class InputLimitExceededException(UnreadableKind kind, string detail) : Exception(detail)
{
    public UnreadableKind Kind { get; } = kind;
}
