namespace Compliance.Checking.Rules.Issuer;

internal sealed class IssuerUnregisteredRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.IssuerUnregistered, Severity.Info, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        foreach (var organ in d.Issuers)
        {
            if (!context.Registry.IsKnown(organ)) sink.Report(d.Title?.Line ?? d.StartLine, d.Title?.Page ?? d.Page, organ, organ);
        }
    }
}
