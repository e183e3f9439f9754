namespace Compliance.Checking.Rules.Number;

internal sealed class NumberZeroPaddingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberZeroPadding, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Number is not { } n) return;
        var seq = n.Value.Sequence;
        if (seq.Length > 1 && seq[0] is '0' or '０' or '〇' or '零') sink.Report(n.Line, n.Page, n.Value.Text, n.Value.Text, seq);
    }
}
