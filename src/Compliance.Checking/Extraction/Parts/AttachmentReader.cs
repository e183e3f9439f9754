using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// The attachments printed after the body (7.3.7): a label alone on its line (附件, 附件1, 附 件：) and the title on the
/// next line, a short line rather than running text; the short line below the title is kept as its possible
/// continuation. A label that PDF extraction displaced into running text (the line below is a sentence, or a short
/// fragment under a paragraph that breaks off mid-sentence) has no title: nothing to compare.
/// </summary>
internal sealed class AttachmentReader : IPartReader
{
    /// <summary>Below this length, a short line under a label in a paragraph cut mid-sentence is the sentence's rest.</summary>
    private const int MinTitleAfterCut = 8;

    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        List<Located<PrintedAttachment>>? printed = null;
        for (var i = span.HeadEnd + 1; i <= span.End; i++)
        {
            ref readonly var line = ref span[i];
            if (line.Compact is not { } compact || !compact.StartsWith("附", StringComparison.Ordinal) || !AttachmentText.IsLabel(compact, out var number)) continue;
            var next = span.NextNonBlank(i);
            // 附件： above numbered entries is a note (read by the note reader), not a label.
            if (compact.Length > 2 && next is { } n0 && AttachmentText.TryNumbering(AttachmentText.Compact(span[n0]), out var first, out _) && first == 1) continue;
            string? title = null;
            string? continuation = null;
            // Under a label that sits in a paragraph cut mid-sentence, a short fragment is the sentence's rest, not a title.
            if (next is { } n && IsTitleLine(span[n]) && (span[n].Compact!.Length >= MinTitleAfterCut || !Displaced(span, i)))
            {
                title = span[n].Compact!;
                if (span.NextNonBlank(n) is { } more) continuation = AttachmentText.ContinuationOf(span[more]);
            }
            (printed ??= []).Add(span.At(i, new PrintedAttachment(line.Raw.Trim(), number, title) { Continuation = continuation }));
        }
        if (printed is not null) document.Attachments = printed;
    }

    /// <summary>A title: a short line that is no sentence, date, number, table row or further label, and holds no comma
    /// or semicolon (a title takes no punctuation but book-title marks and brackets, 7.3.1): a line of running text cut
    /// by the page width does.</summary>
    private static bool IsTitleLine(in LineInfo line)
        => line.Compact is { } c && line.Kind is LineKind.Short or LineKind.Organ && !c.StartsWith("附件", StringComparison.Ordinal)
           && c.AsSpan().IndexOfAny("，,；;") < 0;

    /// <summary>The label sits inside a paragraph: the running text above it breaks off mid-sentence.</summary>
    private static bool Displaced(DocumentSpan span, int label)
    {
        if (span.PreviousNonBlank(label) is not { } p) return false;
        ref readonly var before = ref span[p];
        if (before.Kind != LineKind.Body || before.Compact is not null) return false;
        var text = before.Raw.AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] is not ('。' or '；' or ';' or '！' or '？' or '：' or ':' or '）' or ')' or '”');
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

    /// <summary>
    /// True when a note entry and a printed title name the same attachment: equal once normalised, allowing for a
    /// name or title wrapped onto the short line below it (the continuation counts only when it makes them equal), and
    /// for a title that ran on into the next line of the attachment when lines were joined to a print width.
    /// </summary>
    public static bool Agree(AttachmentEntry entry, PrintedAttachment printed)
    {
        if (printed.Title is not { } title) return true;
        var name = Normalize(entry.Name);
        var nameOn = entry.Continuation is { } nc ? Normalize(entry.Name + nc) : null;
        var t = Normalize(title);
        var titleOn = printed.Continuation is { } tc ? Normalize(title + tc) : null;
        if (name == t || name == titleOn || nameOn is not null && (nameOn == t || nameOn == titleOn)) return true;
        return RunsOn(t, name) || nameOn is not null && RunsOn(t, nameOn);
    }

    /// <summary>The shortest line text joined to a print width starts with: the narrowest width (16) less the two
    /// characters of slack.</summary>
    private const int MinJoinedLine = 14;

    /// <summary>The title is the name and then the start of the attachment's next line, joined to it because the title
    /// filled the print width: the name is at least a print line long and what follows is no bracketed qualifier
    /// (吕梁市棚户区改造项目清单（完善提升） is a different title, not a run-on).</summary>
    private static bool RunsOn(string title, string name)
        => name.Length >= MinJoinedLine && title.Length > name.Length && title.StartsWith(name, StringComparison.Ordinal)
           && title[name.Length] is not ('（' or '(' or '〔' or '【' or '[' or '《' or '—');

}
