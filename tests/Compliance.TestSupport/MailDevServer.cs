using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Compliance.TestSupport;

/// <summary>One e-mail as MailDev received it (from its REST API, <c>GET /api/email</c>).</summary>
public sealed record ReceivedEmail(string Id, string Subject, IReadOnlyList<string> EnvelopeTo, IReadOnlyList<string> HeaderTo, string From, string? Html, string? Text);

/// <summary>
/// A real SMTP server (MailDev, from the repository's node_modules) on free loopback ports: SMTP for the code under
/// test, its REST API for the assertions. Dispose stops the process.
/// </summary>
public sealed class MailDevServer : IAsyncDisposable
{
    // Generous: on a 2-core machine the node process starts beside test assemblies that keep both cores busy, and
    // 30 s was seen to run out there. A server that is really broken still fails, with its output, only later.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _workspace;
    private readonly HttpClient _http;

    private MailDevServer(Process process, StringBuilder output, string workspace, int smtpPort, int webPort)
    {
        _process = process;
        _output = output;
        _workspace = workspace;
        SmtpPort = smtpPort;
        WebPort = webPort;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }
    public int WebPort { get; }
    public string Host => "127.0.0.1";

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <exception cref="InvalidOperationException">Node.js or MailDev is missing, or MailDev did not come up; the message says why.</exception>
    public static async Task<MailDevServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var script = FindScript();
        var ports = Loopback.FreePorts(2);
        var workspace = Path.Combine(Path.GetTempPath(), "maildev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workspace);
        var (process, output) = NodeProcess.Start("MailDev", workspace,
        [
            script, "--smtp", ports[0].ToString(CultureInfo.InvariantCulture), "--ip", "127.0.0.1",
            "--web", ports[1].ToString(CultureInfo.InvariantCulture), "--web-ip", "127.0.0.1",
            "--mail-directory", workspace, "--silent",
        ]);

        var server = new MailDevServer(process, output, workspace, ports[0], ports[1]);
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Every e-mail received so far, in arrival order.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> GetEmailsAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync("api/email", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return doc.RootElement.EnumerateArray().Select(Parse).ToList();
    }

    /// <summary>Deletes every received e-mail.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.DeleteAsync("api/email/all", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private static ReceivedEmail Parse(JsonElement e)
    {
        static string Str(JsonElement el, string name) => el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        static IReadOnlyList<string> Addresses(JsonElement el, string name)
            => el.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(a => Str(a, "address")).ToList()
                : [];
        var envelope = e.TryGetProperty("envelope", out var env) ? Addresses(env, "to") : [];
        var from = e.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.Array && f.GetArrayLength() > 0 ? Str(f[0], "address") : "";
        return new ReceivedEmail(Str(e, "id"), Str(e, "subject"), envelope, Addresses(e, "to"), from,
            e.TryGetProperty("html", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null,
            e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"MailDev exited with code {_process.ExitCode} before listening. Output:{Environment.NewLine}{Output}");
            }
            if (await Loopback.AcceptsAsync(SmtpPort, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    using var response = await _http.GetAsync("api/healthz", cancellationToken).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode) return;
                }
                catch (HttpRequestException)
                {
                    // Web server not up yet.
                }
            }
            if (clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException(
                    $"MailDev did not listen on 127.0.0.1:{SmtpPort} (SMTP) and :{WebPort} (API) within {StartTimeout.TotalSeconds:0} s. Output:{Environment.NewLine}{Output}");
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string FindScript()
    {
        var root = RepositoryPaths.Root;
        var shim = Path.Combine(root, "node_modules", ".bin", "maildev");
        if (File.Exists(shim))
        {
            // Run the shim's target with node directly so Kill() reaches the server process itself.
            var target = new FileInfo(shim).ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? target.FullName : shim;
        }
        throw new InvalidOperationException(
            $"MailDev is not installed: {shim} does not exist. Run `npm ci` at the repository root ({root}) to install the pinned version from package-lock.json.");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try { await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { }
        }
        _process.Dispose();
        try { Directory.Delete(_workspace, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>xunit class/collection fixture wrapping <see cref="MailDevServer"/>.</summary>
public sealed class MailDevFixture : Xunit.IAsyncLifetime
{
    private MailDevServer? _server;

    public MailDevServer Server => _server ?? throw new InvalidOperationException("MailDev has not been started.");

    public async Task InitializeAsync() => _server = await MailDevServer.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync().ConfigureAwait(false);
    }
}
