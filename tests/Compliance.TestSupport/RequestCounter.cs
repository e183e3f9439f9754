using Azure.Core;
using Azure.Core.Pipeline;

namespace Compliance.TestSupport;

/// <summary>
/// Counts the HTTP requests an Azure SDK client sends (each retry counts). Add it per retry:
/// <c>options.AddPolicy(counter, HttpPipelinePosition.PerRetry)</c>. Thread-safe.
/// </summary>
public sealed class RequestCounter : HttpPipelinePolicy
{
    private int _total;
    private int _writes;

    /// <summary>All requests.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Requests other than GET and HEAD.</summary>
    public int Writes => Volatile.Read(ref _writes);

    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _writes, 0);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        Interlocked.Increment(ref _total);
        if (message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head)
        {
            Interlocked.Increment(ref _writes);
        }
    }
}

/// <summary>
/// Fails chosen requests before they are sent, by throwing <see cref="Exception"/> (set <see cref="FailWith"/>). Added
/// per retry, an <see cref="IOException"/> is retried by the SDK's retry policy; any other exception type is not.
/// </summary>
public sealed class FaultInjectionPolicy : HttpPipelinePolicy
{
    private int _writes;

    /// <summary>Decides, per request and the 1-based number of the write it is (0 for reads), whether to fail it.</summary>
    public Func<HttpMessage, int, bool>? ShouldFail { get; set; }

    /// <summary>Creates the exception thrown for a failed request.</summary>
    public Func<Exception> FailWith { get; set; } = () => new InjectedFaultException();

    /// <summary>Number of requests failed so far.</summary>
    public int Failures { get; private set; }

    public void Reset(Func<HttpMessage, int, bool>? shouldFail)
    {
        _writes = 0;
        Failures = 0;
        ShouldFail = shouldFail;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Inspect(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Inspect(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Inspect(HttpMessage message)
    {
        var isWrite = message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head;
        var number = isWrite ? Interlocked.Increment(ref _writes) : 0;
        if (ShouldFail?.Invoke(message, number) == true)
        {
            Failures++;
            throw FailWith();
        }
    }
}

/// <summary>The non-retriable failure <see cref="FaultInjectionPolicy"/> throws by default.</summary>
public sealed class InjectedFaultException() : Exception("Injected storage fault (test).");
