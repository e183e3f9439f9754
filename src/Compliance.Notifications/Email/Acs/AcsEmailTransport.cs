using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Compliance.Notifications;

/// <summary>
/// Sends through the Azure Communication Services Email REST API (<c>POST {endpoint}/emails:send</c>). A typed
/// HttpClient whose pipeline (see <see cref="AcsHttpPolicies"/> and <see cref="AcsSigningHandler"/>) retries, breaks the
/// circuit, times out each try and signs each request.
/// </summary>
public sealed class AcsEmailTransport : IEmailTransport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly EmailOptions _options;

    public AcsEmailTransport(HttpClient http, IOptions<EmailOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var endpoint = _options.Acs.Endpoint
            ?? throw new InvalidOperationException("Email:Acs:Endpoint is not configured: the AcsHttp transport needs the Communication Services endpoint.");
        // Not new Uri(base, "emails:send"): a relative reference with a colon would parse as a URI with scheme "emails".
        var uri = new Uri($"{endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/')}/emails:send?api-version={Uri.EscapeDataString(_options.Acs.ApiVersion)}");

        var body = JsonSerializer.SerializeToUtf8Bytes(ToRequest(message), Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        // Same id on every retry of this message, so the service can tell a retry from a new e-mail.
        var operationId = Guid.NewGuid().ToString();
        request.Headers.TryAddWithoutValidation("Operation-Id", operationId);

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            throw Unavailable($"ACS e-mail circuit is open after repeated failures; not calling {endpoint.Host} until it closes.", endpoint, EmailOutage.Unreachable, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw Unavailable($"ACS e-mail request to {endpoint.Host} timed out on every attempt.", endpoint, EmailOutage.TimedOut, ex);
        }
        catch (HttpRequestException ex)
        {
            throw Unavailable($"Cannot reach ACS at {endpoint.Host}: {ex.Message}", endpoint, EmailOutage.Unreachable, ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return OperationIdOf(text, response) ?? operationId;
            }
            var status = (int)response.StatusCode;
            if (status is 401 or 403)
            {
                throw Unavailable($"ACS refused the access key with HTTP {status} {response.ReasonPhrase}: {text}", endpoint, EmailOutage.CredentialsRefused, null);
            }
            var permanent = !AcsHttpPolicies.IsTransient(response.StatusCode);
            throw new EmailSendException(
                permanent
                    ? $"ACS rejected the e-mail with HTTP {status} {response.ReasonPhrase}: {text}"
                    : $"ACS still answered HTTP {status} {response.ReasonPhrase} after {_options.Retry.MaxRetries} retries: {text}",
                permanent, status, text);
        }
    }

    private static EmailServiceUnavailableException Unavailable(string message, Uri endpoint, EmailOutage outage, Exception? inner)
        => new(message, EmailTransportKind.AcsHttp, endpoint.GetLeftPart(UriPartial.Authority), outage, inner);

    private AcsSendRequest ToRequest(EmailMessage message) => new(
        _options.From,
        new AcsRecipients(message.To.Select(a => new AcsAddress(a.Address, a.DisplayName)).ToList()),
        new AcsContent(message.Subject, message.PlainText, message.Html));

    /// <summary>The operation id from the 202 body (<c>{"id": ..., "status": "Running"}</c>) or the Operation-Location header.</summary>
    private static string? OperationIdOf(string body, HttpResponseMessage response)
    {
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.ValueKind == JsonValueKind.Object
                    && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    return id.GetString();
                }
            }
            catch (JsonException)
            {
                // Fall back to the header below: the message was accepted whatever the body says.
            }
        }
        if (response.Headers.TryGetValues("Operation-Location", out var locations)
            && Uri.TryCreate(locations.FirstOrDefault(), UriKind.Absolute, out var location))
        {
            return location.Segments[^1].TrimEnd('/');
        }
        return null;
    }

    private sealed record AcsSendRequest(string SenderAddress, AcsRecipients Recipients, AcsContent Content);

    private sealed record AcsRecipients(IReadOnlyList<AcsAddress> To);

    private sealed record AcsAddress(string Address, string? DisplayName);

    private sealed record AcsContent(string Subject, string PlainText, string Html);
}
