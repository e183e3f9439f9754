using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Compliance.Notifications;

/// <summary>Sends through an SMTP server or relay with MailKit (STARTTLS, TLS on connect, or none; optional authentication).</summary>
public sealed class SmtpEmailTransport : IEmailTransport
{
    private readonly EmailOptions _options;
    private readonly TimeProvider _time;

    public SmtpEmailTransport(IOptions<EmailOptions> options, TimeProvider? timeProvider = null)
    {
        _options = options.Value;
        _time = timeProvider ?? TimeProvider.System;
    }

    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = MimeMessageFactory.Create(message, _options, _time.GetUtcNow());
        var smtp = _options.Smtp;
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, ToMailKit(smtp.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
            }
            await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
            return mime.MessageId ?? throw new InvalidOperationException("The MIME message has no Message-Id.");
        }
        catch (SmtpCommandException ex)
        {
            // 5xx replies (unknown mailbox, rejected sender) will not change on a retry; 4xx are temporary.
            var code = (int)ex.StatusCode;
            throw new EmailSendException($"SMTP server {smtp.Host}:{smtp.Port} rejected the message: {code} {ex.Message}", code >= 500, code, ex.Message, ex);
        }
        catch (AuthenticationException ex)
        {
            throw new EmailServiceUnavailableException($"SMTP authentication as '{smtp.UserName}' failed at {smtp.Host}:{smtp.Port}: {ex.Message}",
                EmailTransportKind.Smtp, Endpoint, EmailOutage.CredentialsRefused, ex);
        }
        catch (TimeoutException ex)
        {
            throw new EmailServiceUnavailableException($"SMTP server {smtp.Host}:{smtp.Port} did not answer within {_options.Timeout}: {ex.Message}",
                EmailTransportKind.Smtp, Endpoint, EmailOutage.TimedOut, ex);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or System.Net.Sockets.SocketException or SslHandshakeException or ServiceNotConnectedException)
        {
            throw new EmailServiceUnavailableException($"Cannot deliver to SMTP server {smtp.Host}:{smtp.Port}: {ex.Message}",
                EmailTransportKind.Smtp, Endpoint, EmailOutage.Unreachable, ex);
        }
    }

    private string Endpoint => $"smtp://{_options.Smtp.Host}:{_options.Smtp.Port}";

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security mode."),
    };
}
