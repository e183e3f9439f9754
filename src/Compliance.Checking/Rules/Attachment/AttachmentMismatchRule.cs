using Compliance.Checking.Extraction;
using Compliance.Checking.Extraction.Parts;

namespace Compliance.Checking.Rules.Attachment;

/// <summary>
/// Every attachment printed after the body agrees with the note in number and title (7.3.7). Titles are compared as
/// <see cref="AttachmentTitles.Normalize"/> leaves them. A printed attachment that no entry names is compared with the
/// entry of its number, or with the one entry no printed attachment names; failing both, it is not in the note. No
/// finding when the gazette leaves the attachments out (none printed, 附件略), when a label has no title (displaced
/// by PDF extraction), or when the document has no note at all (nothing to agree with).
/// </summary>
internal sealed class AttachmentMismatchRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AttachmentMismatch, Severity.Error, "7.3.7");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var document = context.Document;
        if (document.AttachmentsOmitted || document.Attachments.Count == 0 || document.AttachmentNotes.Count == 0) return;
        var entries = new List<AttachmentEntry>();
        foreach (var note in document.AttachmentNotes)
        {
            foreach (var entry in note.Entries) entries.Add(entry.Value);
        }
        // A note of one unnumbered entry names attachment 1 (printed as 附件 or 附件1).
        var single = entries.Count == 1 && entries[0].Number is null;
        var named = new bool[entries.Count];
        var unmatched = new List<Located<PrintedAttachment>>();
        foreach (var printed in document.Attachments)
        {
            if (printed.Value.Title is null) continue;
            var at = FindAgreeing(entries, printed.Value, named, sameNumber: !single);
            if (at >= 0) named[at] = true;
            else unmatched.Add(printed);
        }
        foreach (var printed in unmatched)
        {
            var p = printed.Value;
            int? counterpart = null;
            if (p.Number is { } n)
            {
                var byNumber = entries.FindIndex(e => e.Number == n);
                if (byNumber >= 0) counterpart = byNumber;
                else if (single && n == 1) counterpart = 0;
            }
            if (counterpart is null && FindAgreeing(entries, p, named, sameNumber: false) is >= 0 and var same) counterpart = same;
            if (counterpart is null && named.Count(x => !x) == 1) counterpart = Array.IndexOf(named, false);
            var listed = counterpart is { } c
                ? entries[c].Numbering + entries[c].Name
                : string.Join("”“", entries.Select(e => e.Numbering + e.Name));
            if (counterpart is { } k) named[k] = true;
            sink.Report(printed.Line, printed.Page, p.Title, Label(p), p.Title, listed);
        }
    }

    /// <summary>The first entry not yet named that agrees with the printed attachment (and, when asked, whose number
    /// is the label's: a label without a number, or an entry without one, agrees with any).</summary>
    private static int FindAgreeing(List<AttachmentEntry> entries, PrintedAttachment printed, bool[] named, bool sameNumber)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (named[i] || !AttachmentTitles.Agree(entries[i], printed)) continue;
            if (sameNumber && printed.Number is { } n && entries[i].Number is { } m && n != m) continue;
            return i;
        }
        return -1;
    }

    private static string Label(PrintedAttachment printed) => printed.Number is { } n ? "附件" + n : "附件";
}
