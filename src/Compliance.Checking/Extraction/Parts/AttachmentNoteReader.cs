using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// The attachment note (附件说明, 7.3.4) after the body: <c>附件：名称</c>; <c>附件：1.名称</c> with <c>2.名称</c> on the
/// following lines; or <c>附件：</c> alone with numbered entries below. Wherever it stands in the document's span: under
/// the body, after the signature and date, or displaced into a paragraph by PDF extraction. A document that issues a
/// plan may have a note for the plan too: every note is kept. <c>附件略</c> (the gazette does not reprint them) is noted.
/// </summary>
internal sealed class AttachmentNoteReader : IPartReader
{
    /// <summary>An entry longer than this is running text, not an attachment's name.</summary>
    private const int MaxEntryLength = 80;

    public void Read(DocumentSpan span, ExtractedDocument document)
    {
        List<AttachmentNote>? notes = null;
        for (var i = span.HeadEnd + 1; i <= span.End; i++)
        {
            ref readonly var line = ref span[i];
            if (line.Compact is { Length: <= 40 } shortText && shortText.Contains('略') && shortText.Contains("附件略", StringComparison.Ordinal)) document.AttachmentsOmitted = true;
            if (!line.StartsWith("附")) continue;
            var compact = AttachmentText.Compact(line);
            if (!AttachmentText.StartsNote(compact)) continue;

            var entries = new List<Located<AttachmentEntry>>();
            var rest = compact[3..];
            var last = i;
            if (rest.Length == 0)
            {
                // 附件： alone: a note when numbered entries follow; otherwise the label of a printed attachment.
                if (span.NextNonBlank(i) is not { } next || Entry(span[next]) is not { Number: 1 } first) continue;
                entries.Add(span.At(next, first));
                last = next;
            }
            else
            {
                if (IsOmitted(rest))
                {
                    document.AttachmentsOmitted = true;
                    continue;
                }
                var first = Entry(rest);
                entries.Add(span.At(i, first));
                last = Continue(span, entries, last);
                if (first.Number is null)
                {
                    Add(ref notes, new AttachmentNote(span.At(i, compact), compact[2] == ':', entries));
                    i = last;
                    continue;
                }
            }
            // Numbered entries go on, one a line, each numbered one more than the last.
            while (span.NextNonBlank(last) is { } n && Entry(span[n]) is { Number: { } number } entry && number == entries[^1].Value.Number + 1)
            {
                entries.Add(span.At(n, entry));
                last = Continue(span, entries, n);
            }
            if (entries.Any(e => IsOmitted(e.Value.Name))) document.AttachmentsOmitted = true;
            Add(ref notes, new AttachmentNote(span.At(i, compact), compact[2] == ':', entries));
            i = last;
        }
        if (notes is not null) document.AttachmentNotes = notes;
    }

    /// <summary>A name wrapped onto the next line (a typeset page cut it): the short line below the entry is kept as
    /// its possible continuation (the rule uses it only when it makes note and title agree). Returns the entry's last line.</summary>
    private static int Continue(DocumentSpan span, List<Located<AttachmentEntry>> entries, int index)
    {
        if (span.NextNonBlank(index) is not { } next || AttachmentText.ContinuationOf(span[next]) is not { } c) return index;
        var last = entries[^1];
        entries[^1] = last with { Value = last.Value with { Continuation = c } };
        return next;
    }

    private static void Add(ref List<AttachmentNote>? notes, AttachmentNote note) => (notes ??= []).Add(note);

    /// <summary>A numbered entry on a line of its own, or null.</summary>
    private static AttachmentEntry? Entry(in LineInfo line)
    {
        if (line.Kind is LineKind.TableRow or LineKind.Date or LineKind.Number || line.Compact is null && line.Raw.Length > MaxEntryLength * 2) return null;
        // A name with a stray 。 after it is classified as a sentence, not compacted: compacted here.
        var c = AttachmentText.Compact(line);
        if (c.Length is <= 1 or > MaxEntryLength) return null;
        // A numbered heading of running text (2.加强协调。定期会商…) is no name: a full stop only at the very end.
        var stop = c.IndexOf('。');
        if (stop >= 0 && stop < c.Length - 1) return null;
        var entry = Entry(c);
        return entry.Number is null || entry.Name.Length == 0 ? null : entry;
    }

    private static AttachmentEntry Entry(string text)
        => AttachmentText.TryNumbering(text, out var number, out var numbering)
            ? new AttachmentEntry(number, numbering, text[numbering.Length..])
            : new AttachmentEntry(null, "", text);

    private static bool IsOmitted(string name) => name is "略" || name.EndsWith("（略）", StringComparison.Ordinal) || name.EndsWith("(略)", StringComparison.Ordinal);
}
