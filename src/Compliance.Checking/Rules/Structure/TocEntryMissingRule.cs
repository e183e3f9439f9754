namespace Compliance.Checking.Rules.Structure;

internal sealed class TocEntryMissingRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.StructureTocEntryMissing, Severity.Warning, "—");

    public void Check(BulletinContext context, FindingSink sink)
    {
        foreach (var entry in context.Toc)
        {
            if (!context.Documents.Any(d => TableOfContentsMatcher.Matches(entry, d)))
                sink.ReportTo(0, entry.Line, entry.Page, entry.Title, entry.DocNumber is null ? entry.Title : $"{entry.DocNumber} {entry.Title}");
        }
    }
}
