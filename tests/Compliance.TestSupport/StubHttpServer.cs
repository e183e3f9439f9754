using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Compliance.TestSupport;

/// <summary>
/// A bare HTTP endpoint on a free loopback port for failure tests: every request gets the same status with an empty
/// body and the connection closed, or (status null) no answer at all, the connection held open. Counts the requests.
/// </summary>
public sealed class StubHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _held = [];
    private readonly Task _serving;
    private readonly int? _status;
    private int _requests;

    public StubHttpServer(int? status)
    {
        _status = status;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>Requests whose headers arrived.</summary>
    public int Requests => Volatile.Read(ref _requests);

    private async Task ServeAsync()
    {
        var answer = Encoding.ASCII.GetBytes($"HTTP/1.1 {_status} Stub\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
                await ReadHeadersAsync(socket).ConfigureAwait(false);
                Interlocked.Increment(ref _requests);
                if (_status is null)
                {
                    lock (_held) _held.Add(socket);
                    continue;
                }
                await socket.SendAsync(answer, _stop.Token).ConfigureAwait(false);
                socket.Shutdown(SocketShutdown.Both);
                socket.Dispose();
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private async Task ReadHeadersAsync(Socket socket)
    {
        var buffer = new byte[8192];
        var received = new StringBuilder();
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var count = await socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
            if (count == 0) return;
            received.Append(Encoding.ASCII.GetString(buffer, 0, count));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try { await _serving.ConfigureAwait(false); }
        catch (SocketException) { }
        lock (_held)
        {
            foreach (var socket in _held) socket.Dispose();
        }
        _stop.Dispose();
    }
}
