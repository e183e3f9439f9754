namespace Compliance.Checking.Rules.Number;

internal sealed class NumberArabicNumeralsRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberArabicNumerals, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Number is { } n && !n.Value.UsesArabicNumerals)
            sink.ReportFix(n.Line, n.Page, n.Value.Text, n.Value.Correction, n.Value.Text);
        if (context.Document.Serial is { } s && !s.Value.SequenceIsArabic) sink.Report(s.Line, s.Page, s.Value.Text, s.Value.Text);
    }
}
