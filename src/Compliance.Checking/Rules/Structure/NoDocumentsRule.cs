namespace Compliance.Checking.Rules.Structure;

internal sealed class NoDocumentsRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.StructureNoDocuments, Severity.Warning, "—");

    public void Check(BulletinContext context, FindingSink sink)
    {
        if (context.Documents.Count == 0) sink.ReportTo(0, null, null, null);
    }
}
