namespace Compliance.Checking.Rules.Date;

internal sealed class DateFutureRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DateFuture, Severity.Error, "7.3.5.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Date is { } date && date.Value.ToDate() is { } value && value > context.Today)
            sink.Report(date.Line, date.Page, date.Value.Text, date.Value.Text, context.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
