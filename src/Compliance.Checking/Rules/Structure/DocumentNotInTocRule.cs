namespace Compliance.Checking.Rules.Structure;

internal sealed class DocumentNotInTocRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.StructureDocumentNotInToc, Severity.Warning, "—");

    public void Check(BulletinContext context, FindingSink sink)
    {
        if (context.Toc.Count == 0) return; // A bulletin without a table of contents has nothing to compare.
        var matched = context.TocPairing.DocumentMatched;
        for (var i = 0; i < context.Documents.Count; i++)
        {
            if (matched[i]) continue;
            var d = context.Documents[i];
            var name = d.Title?.Value ?? d.Number?.Value.Text ?? $"#{d.Index}";
            sink.ReportTo(d.Index, d.Title?.Line ?? d.StartLine, d.Title?.Page ?? d.Page, name, name);
        }
    }
}
