using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// Counts the half- and full-width marks of what the document's office wrote (<see cref="PunctuationHabit"/>): the
/// head, the body and a plan it issues after its date — not its attachments (forms and lists, often from elsewhere)
/// nor its imprint (the printing office's), which start at the first attachment label or imprint line after the date.
/// </summary>
internal sealed class PunctuationReader : IPartReader
{
    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        int half = 0, full = 0, first = 0;
        int? page = null;
        var tail = span.Date ?? span.Signature ?? span.Marker ?? span.End;
        var last = span.End;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i > tail && EndsWrittenText(span[i]))
            {
                last = i - 1;
                break;
            }
            var before = half;
            PunctuationHabit.CountHalfWidth(span[i].Raw, ref half);
            if (first == 0 && half > before)
            {
                first = span[i].Number;
                page = span[i].Page;
            }
        }
        // The full-width marks only as far as they can change the answer: a habit needs twice as many half-width marks.
        if (half > 0)
        {
            var limit = half / 2;
            for (var i = span.Start; i <= last && full <= limit; i++) PunctuationHabit.CountFullWidth(span[i].Raw, ref full, limit);
        }
        document.Punctuation = new PunctuationHabit(half, full, first, page);
    }

    /// <summary>An attachment label (附件, 附件2, 附 件：) or an imprint line (抄送…, …年…印发).</summary>
    private static bool EndsWrittenText(in LineInfo line)
    {
        if (line.Compact is not { } c) return false;
        if (c.StartsWith("抄送", StringComparison.Ordinal) || c.EndsWith("印发", StringComparison.Ordinal) && c.Contains('年')) return true;
        if (!c.StartsWith("附件", StringComparison.Ordinal)) return false;
        var rest = c.AsSpan(2).TrimEnd("：:");
        foreach (var ch in rest)
        {
            if (!char.IsAsciiDigit(ch)) return false;
        }
        return true;
    }
}
