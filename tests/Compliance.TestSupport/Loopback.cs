using System.Net;
using System.Net.Sockets;

namespace Compliance.TestSupport;

/// <summary>Ports on 127.0.0.1 for the local servers the tests start.</summary>
internal static class Loopback
{
    /// <summary>True when something accepts TCP connections on the port (tried for at most one second).</summary>
    public static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Distinct free ports: all listeners are held open together before any is released.</summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var l in listeners) l.Start();
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var l in listeners) l.Stop();
        }
    }
}

/// <summary>Loopback ports for "nothing listens here" tests.</summary>
public static class UnusedPort
{
    /// <summary>A port the operating system just handed out and that was released again: connecting to it is refused.</summary>
    public static int Next() => Loopback.FreePorts(1)[0];
}
