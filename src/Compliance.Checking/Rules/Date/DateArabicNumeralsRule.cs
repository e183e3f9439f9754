namespace Compliance.Checking.Rules.Date;

internal sealed class DateArabicNumeralsRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DateArabicNumerals, Severity.Error, "7.3.5.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Date is { } date && date.Value.UsesChineseNumerals) sink.ReportFix(date.Line, date.Page, date.Value.Text, date.Value.Correction, date.Value.Text);
    }
}
