namespace Compliance.Notifications;

/// <summary>A mailbox: address and optional display name.</summary>
public sealed record EmailAddress(string Address, string? DisplayName = null);

/// <summary>An e-mail to send: HTML body with a plain-text alternative. The sender comes from <see cref="EmailOptions"/>.</summary>
public sealed record EmailMessage(IReadOnlyList<EmailAddress> To, string Subject, string Html, string PlainText);
