using System.Runtime.InteropServices;
using Compliance.Checking.Canonical;
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
            var format = ContentSniffer.Detect(content.Span);
            // A text file is held as lines, at some 13 bytes of memory a byte: its size is the text limit, not the file limit.
            if (format == ContentFormat.Text && content.Length > _limits.TextBytes)
            {
                return ReadOutcome.Unreadable(UnreadableKind.TextTooLarge, $"{content.Length} bytes of text");
            }
            // Counted before the text is decoded: a file of line breaks would cost 80 bytes a line to split. A file of
            // fewer bytes than the limit cannot hold that many breaks (each is a byte at least): not counted.
            if (format == ContentFormat.Text && content.Length >= _limits.Lines && LineBreaks(content.Span) >= _limits.Lines) return TooManyLines();
            var outcome = format switch
            {
                ContentFormat.Pdf => _pdf.Read(content, deadline),
                ContentFormat.Docx => _docx.Read(content, deadline),
                ContentFormat.OtherBinary => ReadOutcome.Unreadable(UnreadableKind.Binary),
                _ => _text.Read(content, deadline),
            };
            if (outcome.Text is not { } text) return outcome;
            if (text.Lines.Count > _limits.Lines) return TooManyLines();
            if (LongestLine(text) > _limits.MaxLineCharacters)
            {
                return ReadOutcome.Unreadable(UnreadableKind.LineTooLong, $"a line longer than {_limits.MaxLineCharacters} characters");
            }
            deadline.ThrowIfExpired();
            return ReadOutcome.Success(CanonicalText.From(text));
        }
        catch (InputLimitExceededException ex)
        {
            return ReadOutcome.Unreadable(ex.Kind, ex.Message);
        }
    }

    private ReadOutcome TooManyLines() => ReadOutcome.Unreadable(UnreadableKind.TooManyLines, $"more than {_limits.Lines} lines");

    /// <summary>At most the number of lines less one: line feeds, or carriage returns where they end lines alone.</summary>
    private static int LineBreaks(ReadOnlySpan<byte> text)
    {
        if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return MemoryMarshal.Cast<byte, char>(text[2..]).Count('\n');
        if (text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return MemoryMarshal.Cast<byte, char>(text[2..]).Count('\u0A00');
        // In UTF-8 and GB18030 the bytes 0x0A and 0x0D only ever stand for LF and CR.
        return Math.Max(text.Count((byte)'\n'), text.Count((byte)'\r'));
    }

    private static int LongestLine(SourceText text)
    {
        var longest = 0;
        foreach (var line in text.Lines) longest = Math.Max(longest, line.Text.Length);
        return longest;
    }
}
