using Azure.Core;

namespace Compliance.Storage;

/// <summary>
/// Retry settings shared by every Blob and Table client of the pipeline: transient faults (timeouts, 408, 429,
/// 500, 502, 503, 504, dropped connections) are retried by the SDK's own retry policy with exponential back-off.
/// </summary>
public static class StorageRetry
{
    public const int MaxRetries = 5;
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(100);

    /// <summary>Applies the pipeline's retry settings to any Azure SDK client options.</summary>
    public static T Configure<T>(T options) where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = Delay;
        options.Retry.MaxDelay = MaxDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }
}
