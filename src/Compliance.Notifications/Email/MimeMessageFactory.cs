using System.Text;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace Compliance.Notifications;

/// <summary>Builds the MIME form of an <see cref="EmailMessage"/>: multipart/alternative, plain text first, HTML last.</summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Create(EmailMessage message, EmailOptions options, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.To.Count == 0) throw new ArgumentException("The message has no recipient.", nameof(message));

        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromDisplayName, options.From));
        foreach (var to in message.To) mime.To.Add(new MailboxAddress(to.DisplayName ?? "", to.Address));
        mime.Subject = message.Subject;
        mime.Date = date;
        mime.MessageId = MimeUtils.GenerateMessageId(DomainOf(options.From));

        var plain = new TextPart(TextFormat.Plain);
        plain.SetText(Encoding.UTF8, message.PlainText);
        var html = new TextPart(TextFormat.Html);
        html.SetText(Encoding.UTF8, message.Html);
        // Readers prefer the last alternative they can render, so HTML goes last.
        mime.Body = new MultipartAlternative { plain, html };
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "localhost";
    }
}
