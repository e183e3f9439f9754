namespace Compliance.Checking.Rules.Structure;

/// <summary>
/// An entry of the contents page that no document answers and whose title stands nowhere after the contents page.
/// Gazettes list more than documents — 政策解读, 人事任免, 大事记, a regulation published by decree — and print
/// them in the body; what the body holds is not missing from it, even when it is not a document the checker reads.
/// </summary>
internal sealed class TocEntryMissingRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.StructureTocEntryMissing, Severity.Warning, "—");

    public void Check(BulletinContext context, FindingSink sink)
    {
        var matched = context.TocPairing.EntryMatched;
        for (var i = 0; i < context.Toc.Count; i++)
        {
            if (matched[i]) continue;
            var entry = context.Toc[i];
            var subject = TableOfContentsMatcher.Subject(entry.Title);
            if (subject.Length > 0 && context.FoldedBody.Contains(subject, StringComparison.Ordinal)) continue;
            sink.ReportTo(0, entry.Line, entry.Page, entry.Title, entry.DocNumber is null ? entry.Title : $"{entry.DocNumber} {entry.Title}");
        }
    }
}
