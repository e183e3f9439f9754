namespace Compliance.Checking.Rules.Number;

internal sealed class NumberSuffixRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberSuffix, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Number is { } n && !n.Value.HasSuffix) sink.ReportFix(n.Line, n.Page, n.Value.Text, n.Value.Correction, n.Value.Text);
    }
}
