using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// The imprint (版记, 7.4) after the body: the copy-to line <c>抄送：…</c> (wrapped over lines when long) and the
/// printing organ with its date, <c>洛阳市人民政府办公室　2019年6月25日印发</c>, or the organ and the date on lines of
/// their own as PDF extraction leaves them. Local lines (主办, 督办, 联系人) are the gazette's and are not read.
/// </summary>
internal sealed class ImprintReader : IPartReader
{
    private const int MaxCopyToLines = 4;

    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        // The imprint ends the document: after its date (or signature), never in the body.
        var from = (span.Date ?? span.Signature ?? span.HeadEnd) + 1;
        for (var i = from; i <= span.End; i++)
        {
            ref readonly var line = ref span[i];
            // 抄送 and a colon: a sentence of the body cut before 抄送考核部门。 is no copy-to line.
            if (document.CopyTo is null && line.StartsWith("抄送") && AttachmentText.Compact(line) is { Length: > 3 } copy && copy[2] is '：' or ':')
            {
                document.CopyTo = span.At(i, CopyTo(span, i));
                continue;
            }
            if (document.ImprintDate is null && line.Compact is { Length: > 8 } c && c[^1] == '发' && c.EndsWith("印发", StringComparison.Ordinal)
                && DocDate.TryParseEnding(c[..^2], out var organ) is { } date)
            {
                document.ImprintDate = span.At(i, date);
                document.ImprintOrgan = organ.Length > 0 ? organ
                    : span.PreviousNonBlank(i) is { } p && span[p].Kind == LineKind.Organ ? span[p].Compact : null;
            }
        }
    }

    /// <summary>The copy-to text without spaces, its continuation lines joined: a line that ends with 、 or ， goes on,
    /// and so does one that has not yet reached its 。 when the next line is no other part of the imprint.</summary>
    private static string CopyTo(DocumentSpan span, int index)
    {
        var text = AttachmentText.Compact(span[index]);
        var last = index;
        while (last - index + 1 < MaxCopyToLines && text.Length > 0 && text[^1] != '。' && span.NextNonBlank(last) is { } next && ContinuesCopyTo(span[next], text))
        {
            text += AttachmentText.Compact(span[next]);
            last = next;
        }
        return text;
    }

    private static bool ContinuesCopyTo(in LineInfo line, string sofar)
    {
        if (line.Kind is LineKind.Date or LineKind.Number or LineKind.Marker or LineKind.TableRow) return false;
        var c = AttachmentText.Compact(line);
        if (c.Length == 0 || c.EndsWith("印发", StringComparison.Ordinal) || c.StartsWith("附件", StringComparison.Ordinal)) return false;
        foreach (var start in LocalStarts) if (c.StartsWith(start, StringComparison.Ordinal)) return false;
        // After a separator the list goes on — but not onto a bare organ name: that is the printing organ, its date
        // on the line below, under a copy-to line that lost its final mark.
        if (sofar[^1] is '、' or '，' or ',') return line.Kind != LineKind.Organ || c[^1] is '。' or '、' or '，' or ',';
        // No mark at the end: the list goes on only when this line finishes it.
        return c[^1] == '。' && line.Kind != LineKind.Organ;
    }

    private static readonly string[] LocalStarts = ["主办", "督办", "联系", "抄报", "印发", "承办"];
}
