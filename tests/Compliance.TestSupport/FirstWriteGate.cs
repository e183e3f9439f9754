using Azure.Core;
using Azure.Core.Pipeline;

namespace Compliance.TestSupport;

/// <summary>
/// Holds a client's first write to one table until every other client sharing the <see cref="Barrier"/> has reached
/// its own: concurrent runs (one client each, as separate hosts) have then all read before any of them writes — the
/// interleaving that optimistic concurrency must survive. Add it to each client's options; later writes pass freely.
/// </summary>
public sealed class FirstWriteGate(string table, Barrier barrier, TimeSpan timeout) : HttpPipelinePolicy
{
    private int _passed;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Wait(message);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        // The barrier blocks: keep it off the caller's thread.
        await Task.Run(() => Wait(message)).ConfigureAwait(false);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    private void Wait(HttpMessage message)
    {
        var isWrite = message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head;
        if (!isWrite || !message.Request.Uri.Path.Contains("/" + table, StringComparison.Ordinal)) return;
        if (Interlocked.Exchange(ref _passed, 1) != 0) return;
        if (!barrier.SignalAndWait(timeout))
        {
            throw new TimeoutException($"The other run never reached its first write to {table} within {timeout.TotalSeconds:0} s.");
        }
    }
}
