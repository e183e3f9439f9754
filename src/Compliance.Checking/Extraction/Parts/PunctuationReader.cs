using System.Buffers;
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
        var tail = span.Date ?? span.Signature ?? span.Marker ?? span.End;
        var last = span.End;
        for (var i = tail + 1; i <= span.End; i++)
        {
            if (EndsWrittenText(span[i]))
            {
                last = i - 1;
                break;
            }
        }
        // The lines as one text, a line break between two (no mark counts across it): a vectorised search then runs
        // over the whole document instead of starting afresh on every short line.
        var length = 0;
        for (var i = span.Start; i <= last; i++) length += span[i].Raw.Length + 1;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        try
        {
            var at = 0;
            for (var i = span.Start; i <= last; i++)
            {
                var raw = span[i].Raw;
                raw.CopyTo(buffer.AsSpan(at));
                at += raw.Length;
                buffer[at++] = '\n';
            }
            var text = buffer.AsSpan(0, length);
            var half = PunctuationHabit.CountHalfWidth(text, out var firstAt);
            // The full-width marks only as far as they can change the answer: a habit needs twice as many half-width marks.
            var full = 0;
            if (half > 0) PunctuationHabit.CountFullWidth(text, ref full, half / 2);
            int first = 0;
            int? page = null;
            if (firstAt >= 0)
            {
                // The line of the first half-width mark: walk the lines to its offset.
                var offset = 0;
                for (var i = span.Start; i <= last; i++)
                {
                    offset += span[i].Raw.Length + 1;
                    if (offset <= firstAt) continue;
                    first = span[i].Number;
                    page = span[i].Page;
                    break;
                }
            }
            document.Punctuation = new PunctuationHabit(half, full, first, page);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
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
