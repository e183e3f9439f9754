namespace Compliance.Checking.Rules.Number;

internal sealed class NumberZeroPaddingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberZeroPadding, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Number is { } n && n.Value.IsZeroPadded) sink.ReportFix(n.Line, n.Page, n.Value.Text, n.Value.Correction, n.Value.Text, n.Value.Sequence);
        if (context.Document.Serial is { } s && Analysis.DocNumber.IsPadded(s.Value.Sequence)) sink.Report(s.Line, s.Page, s.Value.Text, s.Value.Text, s.Value.Sequence);
    }
}
