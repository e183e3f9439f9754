using System.Text;
using Microsoft.Extensions.Options;

namespace Compliance.Notifications;

/// <summary>Writes each message as an .eml file into <see cref="EmailOptions.PickupDirectory"/>; any mail client opens it.</summary>
public sealed class PickupEmailTransport : IEmailTransport
{
    private readonly EmailOptions _options;
    private readonly TimeProvider _time;

    public PickupEmailTransport(IOptions<EmailOptions> options, TimeProvider? timeProvider = null)
    {
        _options = options.Value;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The folder the files go to, as an absolute path.</summary>
    public string Directory => Path.GetFullPath(_options.PickupDirectory);

    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = MimeMessageFactory.Create(message, _options, _time.GetUtcNow());
        System.IO.Directory.CreateDirectory(Directory);
        var messageId = mime.MessageId ?? throw new InvalidOperationException("The MIME message has no Message-Id.");
        var path = Path.Combine(Directory, FileNameFor(message.Subject, messageId));
        // Write to a temporary name first so a reader never sees half a message.
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await mime.WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temporary, path, overwrite: true);
        return messageId;
    }

    private static string FileNameFor(string subject, string messageId)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var name = new StringBuilder();
        foreach (var c in subject)
        {
            if (name.Length >= 80) break;
            name.Append(invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c);
        }
        var id = messageId.Split('@')[0];
        return $"{name}_{id[..Math.Min(12, id.Length)]}.eml";
    }
}
