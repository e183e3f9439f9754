using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Compliance.TestSupport;

/// <summary>
/// A real Azurite (Azure Storage emulator) process from the repository's node_modules, listening on free loopback
/// ports with in-memory persistence. Blob, queue and table services all run (one process); each gets its own
/// free port so that parallel test runs and a developer's own Azurite on 10000-10002 never collide.
/// Dispose stops the process tree; all data is lost with it.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable, IDisposable
{
    /// <summary>The well-known development account key (public, documented by Microsoft; not a secret).</summary>
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // Generous: on a 2-core machine the node process starts beside test assemblies that keep both cores busy, and
    // 30 s was seen to run out there. A server that is really broken still fails, with its output, only later.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private const int PortAttempts = 3;

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _workspace;

    private AzuriteServer(Process process, StringBuilder output, string workspace, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _output = output;
        _workspace = workspace;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    public Uri BlobEndpoint => new($"http://127.0.0.1:{BlobPort}/{AccountName}");
    public Uri QueueEndpoint => new($"http://127.0.0.1:{QueuePort}/{AccountName}");
    public Uri TableEndpoint => new($"http://127.0.0.1:{TablePort}/{AccountName}");

    /// <summary>A connection string with explicit endpoints (usable by BlobServiceClient and TableServiceClient).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>Starts Azurite and waits (bounded) until its blob and table ports accept connections.</summary>
    /// <exception cref="InvalidOperationException">Node.js or Azurite is missing, or Azurite did not come up; the
    /// message says why and how to fix it.</exception>
    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var script = FindAzuriteScript();
        Exception? last = null;
        for (var attempt = 1; attempt <= PortAttempts; attempt++)
        {
            try
            {
                return await StartOnceAsync(script, cancellationToken).ConfigureAwait(false);
            }
            catch (AzuriteExitedException ex) when (ex.Message.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                // Most likely another process took one of the free ports between probing and binding: try new ones.
                last = ex;
            }
        }
        throw new InvalidOperationException(
            $"Azurite did not start after {PortAttempts} attempts. Last error: {last?.Message}", last);
    }

    private static async Task<AzuriteServer> StartOnceAsync(string script, CancellationToken cancellationToken)
    {
        var ports = Loopback.FreePorts(3);
        // In-memory persistence keeps no data on disk, but Azurite may still write small files to its working directory.
        var workspace = Path.Combine(Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workspace);

        var (process, output) = NodeProcess.Start("Azurite", workspace,
        [
            script,
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(CultureInfo.InvariantCulture),
            "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
        ]);

        var server = new AzuriteServer(process, output, workspace, ports[0], ports[1], ports[2]);
        try
        {
            await server.WaitUntilListeningAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new AzuriteExitedException(
                    $"Azurite exited with code {_process.ExitCode} before listening. Output:{Environment.NewLine}{Output}");
            }
            if (await Loopback.AcceptsAsync(BlobPort, cancellationToken).ConfigureAwait(false)
                && await Loopback.AcceptsAsync(TablePort, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            if (deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException(
                    $"Azurite did not accept connections on 127.0.0.1:{BlobPort} (blob) and :{TablePort} (table) within {StartTimeout.TotalSeconds:0} s. " +
                    $"Check that `npm ci` completed at the repository root. Output:{Environment.NewLine}{Output}");
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What Azurite printed so far (for failure messages).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private static string FindAzuriteScript()
    {
        var root = RepositoryPaths.Root;
        var shim = Path.Combine(root, "node_modules", ".bin", "azurite");
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (File.Exists(script)) return script;
        if (File.Exists(shim))
        {
            // The shim is normally a symlink to the script; run the target with node so Kill() reaches the server itself.
            var target = new FileInfo(shim).ResolveLinkTarget(returnFinalTarget: true);
            if (target is { Exists: true }) return target.FullName;
        }
        throw new InvalidOperationException(
            $"Azurite is not installed: {shim} does not exist. Run `npm ci` at the repository root ({root}) to install the pinned version from package-lock.json.");
    }

    public async ValueTask DisposeAsync()
    {
        StopProcess();
        if (!_process.HasExited)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { }
        }
        Cleanup();
    }

    public void Dispose()
    {
        StopProcess();
        _process.WaitForExit(10_000);
        Cleanup();
    }

    private void StopProcess()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void Cleanup()
    {
        _process.Dispose();
        try { Directory.Delete(_workspace, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private sealed class AzuriteExitedException(string message) : Exception(message);
}
