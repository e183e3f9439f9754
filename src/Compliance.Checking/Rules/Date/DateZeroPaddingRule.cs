namespace Compliance.Checking.Rules.Date;

internal sealed class DateZeroPaddingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DateZeroPadding, Severity.Error, "7.3.5.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Date is not { } date) return;
        if (date.Value.IsZeroPadded) sink.ReportFix(date.Line, date.Page, date.Value.Text, date.Value.Correction, date.Value.Text);
    }
}
