using Azure.Core;
using Azure.Core.Pipeline;

namespace Compliance.Storage;

/// <summary>
/// How the Blob and Table clients retry (the <c>Storage:Retry</c> settings). The defaults suit the Functions app: a
/// transient fault is retried with exponential back-off for about 15 s. The CLI uses short values (see
/// <c>docs/storage.md</c>) so that a storage account that cannot be reached fails a command in seconds.
/// </summary>
public sealed class StorageRetryOptions
{
    public const string SectionName = "Storage:Retry";

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = StorageRetry.MaxRetries;

    /// <summary>First back-off delay; doubled on each retry up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan Delay { get; set; } = StorageRetry.Delay;

    public TimeSpan MaxDelay { get; set; } = StorageRetry.MaxDelay;

    /// <summary>Time allowed for one request (including reading its response).</summary>
    public TimeSpan NetworkTimeout { get; set; } = StorageRetry.NetworkTimeout;

    /// <summary>
    /// Time allowed to open a TCP (and TLS) connection, separate from <see cref="NetworkTimeout"/> so that a host that
    /// drops packets fails fast without cutting long uploads short. Null: the operating system's connect timeout.
    /// </summary>
    public TimeSpan? ConnectTimeout { get; set; }

    /// <summary>The transport the clients share when <see cref="ConnectTimeout"/> is set (null otherwise: the SDK's own).</summary>
    public HttpPipelineTransport? CreateTransport()
    {
        if (ConnectTimeout is not { } connect) return null;
        // As the SDK's default transport (no redirects, no cookies), plus the connect timeout; the SDK applies
        // NetworkTimeout per request itself, so HttpClient's own timeout is off.
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = connect };
        return new HttpClientTransport(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan });
    }
}

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

    /// <summary>Applies the pipeline's default retry settings to any Azure SDK client options.</summary>
    public static T Configure<T>(T options) where T : ClientOptions => Configure(options, new StorageRetryOptions(), transport: null);

    /// <summary>Applies <paramref name="retry"/> (and <paramref name="transport"/>, when given) to any Azure SDK client options.</summary>
    public static T Configure<T>(T options, StorageRetryOptions retry, HttpPipelineTransport? transport) where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retry);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = retry.MaxRetries;
        options.Retry.Delay = retry.Delay;
        options.Retry.MaxDelay = retry.MaxDelay;
        options.Retry.NetworkTimeout = retry.NetworkTimeout;
        if (transport is not null) options.Transport = transport;
        return options;
    }
}
