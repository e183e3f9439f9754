namespace Compliance.Checking.Rules.Number;

internal sealed class NumberOrdinalPrefixRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberOrdinalPrefix, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Number is { } n && n.Value.HasOrdinalPrefix) sink.ReportFix(n.Line, n.Page, n.Value.Text, n.Value.Correction, n.Value.Text);
    }
}
