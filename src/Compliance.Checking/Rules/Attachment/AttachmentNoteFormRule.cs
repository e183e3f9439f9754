using Compliance.Checking.Extraction;
using Compliance.Checking.Extraction.Parts;

namespace Compliance.Checking.Rules.Attachment;

/// <summary>
/// The attachment note's form (7.3.4): 附件 + full-width colon + name; several attachments numbered 1. 2.; no mark after
/// a name. A half-width colon is judged against the document's habit. One finding per kind of deviation, with the count.
/// </summary>
internal sealed class AttachmentNoteFormRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AttachmentNoteForm, Severity.Warning, "7.3.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var document = context.Document;
        if (document.AttachmentNotes.Count == 0) return;
        // Each kind's first place, with what it quotes and its corrected text.
        var found = new Occurrences<(int Line, int? Page, string Evidence, string Fix)>();
        foreach (var note in document.AttachmentNotes)
        {
            if (note.HalfWidthColon && document.Punctuation.HalfWidthIsSlip)
            {
                // Quoted as 附件: alone: the colon is the deviation, whatever the name after it.
                found.Add("colon", (note.Head.Line, note.Head.Page, "附件:", "附件："));
            }
            foreach (var entry in note.Entries)
            {
                var e = entry.Value;
                if (note.Entries.Count > 1 && e.Number is { } n && e.Numbering != n + "." && e.Numbering != n + "．")
                {
                    found.Add("numbering", (entry.Line, entry.Page, e.Numbering + e.Name, n + "." + e.Name));
                }
                var name = e.Name.AsSpan().TrimEnd();
                // A name cut after 、 or ， by the page width goes on on the line below: no mark ends it there.
                var cut = e.Continuation is not null && name.Length > 0 && name[^1] is '、' or '，' or ',';
                if (!cut && name.Length > 1 && name[^1] is '。' or '；' or '，' or '、' or ';' or ',' or '.')
                {
                    found.Add("trailing", (entry.Line, entry.Page, e.Numbering + e.Name, e.Numbering + name.TrimEnd("。；，、;,.").ToString()));
                }
            }
        }
        foreach (var kind in found.Kinds)
        {
            var (line, page, evidence, fix) = kind.First;
            // The corrected text is determinate (a colon's width, a numbering's mark, a trailing mark dropped): it is the
            // finding's suggestion too.
            sink.ReportFix(line, page, evidence, fix, evidence, fix, kind.Count);
        }
    }
}
