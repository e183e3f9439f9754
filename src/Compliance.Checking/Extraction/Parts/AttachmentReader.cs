using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// The attachments printed after the body (7.3.7): a label alone on its line (附件, 附件1, 附 件：) and the title on the
/// next line, a short line rather than running text. A title wrapped over two or three lines is joined when the note
/// names it whole. A label that PDF extraction displaced into running text (the line above breaks off mid-sentence, or
/// the line below is a sentence) has no title: nothing to compare. Runs after <see cref="AttachmentNoteReader"/>.
/// </summary>
internal sealed class AttachmentReader : IPartReader
{
    private const int MaxTitleLines = 3;

    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        List<Located<PrintedAttachment>>? printed = null;
        for (var i = span.HeadEnd + 1; i <= span.End; i++)
        {
            ref readonly var line = ref span[i];
            if (line.Compact is not { } compact || !compact.StartsWith("附", StringComparison.Ordinal) || !AttachmentText.IsLabel(compact, out var number)) continue;
            var next = span.NextNonBlank(i);
            // 附件： above numbered entries is a note (read by the note reader), not a label.
            if (IsNoteHead(document, line.Number)) continue;
            string? title = null;
            if (!Displaced(span, i) && next is { } n && IsTitleLine(span[n]))
            {
                title = span[n].Compact!;
                var last = n;
                while (last - n + 1 < MaxTitleLines && span.NextNonBlank(last) is { } more && IsTitleLine(span[more]) && ContinuesInNote(document, title, span[more].Compact!))
                {
                    title += span[more].Compact;
                    last = more;
                }
            }
            (printed ??= []).Add(span.At(i, new PrintedAttachment(line.Raw.Trim(), number, title)));
        }
        if (printed is not null) document.Attachments = printed;
    }

    private static bool IsNoteHead(ExtractedDocument document, int lineNumber)
    {
        foreach (var note in document.AttachmentNotes) if (note.Head.Line == lineNumber) return true;
        return false;
    }

    /// <summary>A title: a short line that is no sentence, date, number, table row or further label.</summary>
    private static bool IsTitleLine(in LineInfo line)
        => line.Compact is { } c && line.Kind is LineKind.Short or LineKind.Organ && !c.StartsWith("附件", StringComparison.Ordinal);

    /// <summary>The label sits inside a paragraph: the running text above it breaks off mid-sentence.</summary>
    private static bool Displaced(DocumentSpan span, int label)
    {
        if (span.PreviousNonBlank(label) is not { } p) return false;
        ref readonly var before = ref span[p];
        if (before.Kind != LineKind.Body || before.Compact is not null) return false;
        var text = before.Raw.AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] is not ('。' or '；' or ';' or '！' or '？' or '：' or ':' or '）' or ')' or '”');
    }

    /// <summary>True when a note entry names the title so far followed by this line: the title goes on.</summary>
    private static bool ContinuesInNote(ExtractedDocument document, string title, string line)
    {
        foreach (var note in document.AttachmentNotes)
        {
            foreach (var entry in note.Entries)
            {
                var name = AttachmentTitles.Normalize(entry.Value.Name);
                if (name.Length > AttachmentTitles.Normalize(title).Length && name.Contains(AttachmentTitles.Normalize(line), StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }
}

/// <summary>How a note's name and a printed title are compared (documented at attachment.mismatch).</summary>
internal static class AttachmentTitles
{
    /// <summary>Without white space and the marks that may end a name (。；，、 of either width), with the half-width
    /// marks that have a full-width twin (, : ; ( ) ? ! -) made full-width. Everything else counts.</summary>
    public static string Normalize(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            chars.Append(c switch
            {
                ',' => '，', ':' => '：', ';' => '；', '(' => '（', ')' => '）', '?' => '？', '!' => '！', '-' => '－',
                _ => c,
            });
        }
        var end = chars.Length;
        while (end > 0 && chars[end - 1] is '。' or '；' or '，' or '、' or '.') end--;
        return chars.ToString(0, end);
    }
}
