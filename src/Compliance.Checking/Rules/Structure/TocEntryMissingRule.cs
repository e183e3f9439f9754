namespace Compliance.Checking.Rules.Structure;

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
            sink.ReportTo(0, entry.Line, entry.Page, entry.Title, entry.DocNumber is null ? entry.Title : $"{entry.DocNumber} {entry.Title}");
        }
    }
}
