namespace Compliance.Checking.Rules.Issuer;

internal sealed class IssuerMissingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.IssuerMissing, Severity.Error, "7.2.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Issuer is null) sink.Report(d.Title?.Line ?? d.StartLine, d.Title?.Page ?? d.Page, d.Title?.Value);
    }
}
