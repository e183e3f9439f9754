namespace Compliance.Checking.Rules.Number;

internal sealed class NumberYearFormatRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberYearFormat, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Number is { } n && !n.Value.HasFullYear) sink.Report(n.Line, n.Page, n.Value.Text, n.Value.Text, n.Value.Year);
    }
}
