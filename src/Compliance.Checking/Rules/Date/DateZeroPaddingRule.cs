namespace Compliance.Checking.Rules.Date;

internal sealed class DateZeroPaddingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DateZeroPadding, Severity.Error, "7.3.5.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Date is not { } date) return;
        static bool Padded(string part) => part.Length == 2 && part[0] is '0' or '０';
        if (Padded(date.Value.Month) || Padded(date.Value.Day)) sink.Report(date.Line, date.Page, date.Value.Text, date.Value.Text);
    }
}
