namespace Compliance.Checking.Rules.Number;

internal sealed class NumberMissingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberMissing, Severity.Warning, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Number is null) sink.Report(d.Title?.Line ?? d.StartLine, d.Title?.Page ?? d.Page, d.Title?.Value);
    }
}
