namespace Compliance.Checking.Rules.Structure;

internal sealed class DocumentNotInTocRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.StructureDocumentNotInToc, Severity.Warning, "—");

    public void Check(BulletinContext context, FindingSink sink)
    {
        if (context.Toc.Count == 0) return; // A bulletin without a table of contents has nothing to compare.
        foreach (var d in context.Documents)
        {
            if (context.Toc.Any(entry => TableOfContentsMatcher.Matches(entry, d))) continue;
            var name = d.Title?.Value ?? d.Number?.Value.Text ?? $"#{d.Index}";
            sink.ReportTo(d.Index, d.Title?.Line ?? d.StartLine, d.Title?.Page ?? d.Page, name, name);
        }
    }
}
