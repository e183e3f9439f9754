namespace Compliance.Checking.Rules.Number;

internal sealed class NumberYearMismatchRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberYearMismatch, Severity.Warning, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Number is not { } n || n.Value.YearValue is not { } numberYear || d.Date?.Value.ToDate() is not { } date) return;
        if (numberYear != date.Year) sink.Report(n.Line, n.Page, n.Value.Text, n.Value.Text, numberYear, date.Year);
    }
}
