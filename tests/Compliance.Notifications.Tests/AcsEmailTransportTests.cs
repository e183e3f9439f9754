using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Compliance.Notifications.Tests;

/// <summary>
/// The ACS transport as the DI container builds it (typed HttpClient + Polly + signing) against WireMock on loopback.
/// What the retry policy decided (each delay, each retried outcome) is read from its log, not timed at the server: a
/// loaded machine moves the clocks, not the decisions.
/// </summary>
public sealed class AcsEmailTransportTests : IDisposable
{
    private const string Key = "Y29tcGxpYW5jZS10ZXN0LWFjY2Vzcy1rZXktMDEyMzQ1Njc4OQ==";
    private const string SendPath = "/emails:send";
    private readonly WireMockServer _server;
    private readonly ListLoggerProvider _log = new();

    public AcsEmailTransportTests()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
    }

    public void Dispose() => _server.Stop();

    private static EmailMessage Message => new([new EmailAddress("wang.ming@luoyang.example.gov.cn", "王明")],
        "公文合规检查周报（2026-W47）：洛阳市人民政府办公室", "<p>检查公文 &lt;script&gt;</p>", "检查公文");

    private ServiceProvider Services(int maxRetries = 3, int failuresBeforeBreaking = 10, string timeout = "00:00:10")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Email:Transport"] = "AcsHttp",
            ["Email:From"] = "DoNotReply@example.gov.cn",
            ["Email:Acs:Endpoint"] = _server.Urls[0] + "/",
            ["Email:Acs:AccessKey"] = Key,
            ["Email:Retry:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Retry:BaseDelay"] = "00:00:00.050",
            ["Email:Retry:MaxDelay"] = "00:00:05",
            ["Email:Retry:FailuresBeforeBreaking"] = failuresBeforeBreaking.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Retry:BreakDuration"] = "00:01:00",
            ["Email:Timeout"] = timeout,
        }).Build();
        return new ServiceCollection().AddLogging(logging => logging.AddProvider(_log)).AddComplianceNotifications(configuration).BuildServiceProvider();
    }

    /// <summary>The delays the retry policy chose, in order, with the outcome each retry followed.</summary>
    private List<(TimeSpan Delay, string Outcome)> Retries => _log.Values
        .Where(v => v.ContainsKey("Delay") && v.ContainsKey("Attempt"))
        .Select(v => ((TimeSpan)v["Delay"]!, (string)v["Outcome"]!))
        .ToList();

    private IReadOnlyList<ILogEntry> Sends => _server.LogEntries.Where(e => e.RequestMessage.Path == SendPath).OrderBy(e => e.RequestMessage.DateTime).ToList();

    [Fact]
    public async Task Retries_429_honouring_Retry_After_then_503_then_accepts_202()
    {
        _server.Given(Request.Create().WithPath(SendPath).UsingPost()).InScenario("acs").WillSetStateTo("throttled")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        _server.Given(Request.Create().WithPath(SendPath).UsingPost()).InScenario("acs").WhenStateIs("throttled").WillSetStateTo("unavailable")
            .RespondWith(Response.Create().WithStatusCode(503));
        _server.Given(Request.Create().WithPath(SendPath).UsingPost()).InScenario("acs").WhenStateIs("unavailable")
            .RespondWith(Response.Create().WithStatusCode(202)
                .WithHeader("Operation-Location", _server.Urls[0] + "/emails/operations/op-123?api-version=2023-03-31")
                .WithBodyAsJson(new { id = "op-123", status = "Running" }));
        await using var services = Services();
        var transport = services.GetRequiredService<IEmailTransport>();
        Assert.IsType<AcsEmailTransport>(transport);

        var id = await transport.SendAsync(Message, CancellationToken.None);

        Assert.Equal("op-123", id);
        var sends = Sends;
        Assert.Equal(3, sends.Count);
        // Retry-After: 1 is honoured; the 503 without one gets the exponential back-off of the second attempt: 100 ms
        // (50 ms doubled), half of it jitter.
        var retries = Retries;
        Assert.Equal(2, retries.Count);
        Assert.Equal((TimeSpan.FromSeconds(1), "HTTP 429"), retries[0]);
        Assert.Equal("HTTP 503", retries[1].Outcome);
        Assert.InRange(retries[1].Delay, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100));

        // Every attempt is signed afresh and correctly; the body follows the ACS Email API.
        foreach (var entry in sends) AssertSignedPerAcsScheme(entry);
        var operationIds = sends.Select(e => e.RequestMessage.Headers!["Operation-Id"].Single()).Distinct().ToList();
        Assert.Single(operationIds);
        using var body = JsonDocument.Parse(sends[0].RequestMessage.Body!);
        Assert.Equal("DoNotReply@example.gov.cn", body.RootElement.GetProperty("senderAddress").GetString());
        var to = body.RootElement.GetProperty("recipients").GetProperty("to")[0];
        Assert.Equal("wang.ming@luoyang.example.gov.cn", to.GetProperty("address").GetString());
        Assert.Equal("王明", to.GetProperty("displayName").GetString());
        var content = body.RootElement.GetProperty("content");
        Assert.Equal(Message.Subject, content.GetProperty("subject").GetString());
        Assert.Equal(Message.Html, content.GetProperty("html").GetString());
        Assert.Equal(Message.PlainText, content.GetProperty("plainText").GetString());
    }

    [Fact]
    public async Task A_400_is_not_retried_and_reports_the_response_body()
    {
        _server.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBody("{\"error\":{\"code\":\"InvalidSenderAddress\",\"message\":\"sender not verified\"}}"));
        await using var services = Services();

        var ex = await Assert.ThrowsAsync<EmailSendException>(() => services.GetRequiredService<IEmailTransport>().SendAsync(Message, CancellationToken.None));

        Assert.True(ex.IsPermanent);
        Assert.Equal(400, ex.StatusCode);
        Assert.Contains("InvalidSenderAddress", ex.ResponseBody);
        Assert.Single(Sends);
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_failures_and_then_fails_fast()
    {
        _server.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(503));
        await using var services = Services(maxRetries: 5, failuresBeforeBreaking: 3);
        var transport = services.GetRequiredService<IEmailTransport>();

        var first = await Assert.ThrowsAsync<EmailServiceUnavailableException>(() => transport.SendAsync(Message, CancellationToken.None));
        // Three failures open the circuit; the fourth attempt is refused locally, so the server saw only three.
        Assert.Equal(3, Sends.Count);
        Assert.Contains("circuit", first.Message);
        Assert.False(first.IsPermanent);

        var second = await Assert.ThrowsAsync<EmailServiceUnavailableException>(() => services.GetRequiredService<IEmailTransport>().SendAsync(Message, CancellationToken.None));
        Assert.Contains("circuit", second.Message);
        Assert.Equal(3, Sends.Count);
    }

    [Fact]
    public async Task Each_try_times_out_and_is_retried()
    {
        _server.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithBodyAsJson(new { id = "late", status = "Running" }).WithDelay(TimeSpan.FromSeconds(3)));
        await using var services = Services(maxRetries: 1, timeout: "00:00:00.300");

        var ex = await Assert.ThrowsAsync<EmailServiceUnavailableException>(() => services.GetRequiredService<IEmailTransport>().SendAsync(Message, CancellationToken.None));

        // Without the per-try timeout the server's 202 would arrive (late) and the send succeed; the first try timed out
        // and was retried (the policy's own record, not a stopwatch), and the retry timed out too.
        Assert.Equal(EmailOutage.TimedOut, ex.Outage);
        Assert.Contains("timed out", ex.Message);
        Assert.StartsWith(nameof(Polly.Timeout.TimeoutRejectedException), Assert.Single(Retries).Outcome, StringComparison.Ordinal);
    }

    /// <summary>Recomputes the signature from what the server received, by the documented formula.</summary>
    private static void AssertSignedPerAcsScheme(ILogEntry entry)
    {
        var request = entry.RequestMessage;
        var headers = request.Headers!;
        var date = headers["x-ms-date"].Single();
        var contentHash = headers["x-ms-content-sha256"].Single();
        var host = headers["Host"].Single();
        var bodyBytes = request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? "");
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(bodyBytes)), contentHash);
        Assert.True(DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var sent));
        Assert.True((DateTimeOffset.UtcNow - sent).Duration() < TimeSpan.FromMinutes(1));
        var pathAndQuery = new Uri(request.Url).PathAndQuery;
        Assert.Equal("/emails:send?api-version=2023-03-31", pathAndQuery);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(Key),
            Encoding.UTF8.GetBytes($"POST\n{pathAndQuery}\n{date};{host};{contentHash}")));
        Assert.Equal($"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={expected}", headers["Authorization"].Single());
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }
}
