using Compliance.Checking.Configuration;

namespace Compliance.Checking.Reading;

/// <summary>Reads any supported bulletin file: picks the reader by content, then removes print furniture. Input over
/// one of the <see cref="CheckerLimits"/> is unreadable with that limit's kind.</summary>
public sealed class BulletinReader
{
    private readonly CheckerLimits _limits;
    private readonly IFormatReader _text = new TextBulletinReader();
    private readonly IFormatReader _docx;
    private readonly IFormatReader _pdf;

    public BulletinReader(CheckerLimits? limits = null)
    {
        _limits = limits ?? new CheckerLimits();
        _docx = new DocxBulletinReader(_limits);
        _pdf = new PdfBulletinReader(_limits);
    }

    public ReadOutcome Read(ReadOnlyMemory<byte> content) => Read(content, CheckDeadline.None);

    /// <exception cref="OperationCanceledException">The deadline's token was cancelled.</exception>
    public ReadOutcome Read(ReadOnlyMemory<byte> content, CheckDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (content.IsEmpty) return ReadOutcome.Unreadable(UnreadableKind.Empty);
        if (content.Length > _limits.MaxBulletinBytes) return ReadOutcome.Unreadable(UnreadableKind.TooLarge, $"{content.Length} bytes");
        try
        {
            var outcome = ContentSniffer.Detect(content.Span) switch
            {
                ContentFormat.Pdf => _pdf.Read(content, deadline),
                ContentFormat.Docx => _docx.Read(content, deadline),
                ContentFormat.OtherBinary => ReadOutcome.Unreadable(UnreadableKind.Binary),
                _ => _text.Read(content, deadline),
            };
            if (outcome.Text is not { } text) return outcome;
            if (LongestLine(text) > _limits.MaxLineCharacters)
            {
                return ReadOutcome.Unreadable(UnreadableKind.LineTooLong, $"a line longer than {_limits.MaxLineCharacters} characters");
            }
            deadline.ThrowIfExpired();
            return ReadOutcome.Success(PrintFurniture.Remove(text));
        }
        catch (InputLimitExceededException ex)
        {
            return ReadOutcome.Unreadable(ex.Kind, ex.Message);
        }
    }

    private static int LongestLine(SourceText text)
    {
        var longest = 0;
        foreach (var line in text.Lines) longest = Math.Max(longest, line.Text.Length);
        return longest;
    }
}
