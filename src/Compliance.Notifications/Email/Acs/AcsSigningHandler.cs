using Microsoft.Extensions.Options;

namespace Compliance.Notifications;

/// <summary>Signs each attempt just before it goes out (innermost handler), so retries carry a fresh x-ms-date.</summary>
public sealed class AcsSigningHandler : DelegatingHandler
{
    private readonly IOptions<EmailOptions> _options;
    private readonly TimeProvider _time;
    private AcsRequestSigner? _signer;

    public AcsSigningHandler(IOptions<EmailOptions> options, TimeProvider timeProvider)
    {
        _options = options;
        _time = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _signer ??= new AcsRequestSigner(_options.Value.Acs.AccessKey ?? "");
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        _signer.Sign(request, body, _time.GetUtcNow());
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
