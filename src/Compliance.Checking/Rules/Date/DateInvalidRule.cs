namespace Compliance.Checking.Rules.Date;

internal sealed class DateInvalidRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DateInvalid, Severity.Error, "7.3.5.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        // Only dates whose parts are all there: a short year is date.full-year's business.
        if (context.Document.Date is { } date && date.Value.Year.Length == 4 && date.Value.ToDate() is null)
            sink.Report(date.Line, date.Page, date.Value.Text, date.Value.Text);
    }
}
