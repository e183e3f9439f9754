namespace Compliance.Notifications;

/// <summary>Delivers one e-mail. Implementations: pickup folder, SMTP, Azure Communication Services.</summary>
public interface IEmailTransport
{
    /// <summary>Sends the message and returns the id the transport assigned to it (Message-Id or ACS operation id).</summary>
    /// <exception cref="EmailSendException">The message was not accepted.</exception>
    Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
