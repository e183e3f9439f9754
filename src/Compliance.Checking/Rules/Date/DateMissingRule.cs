namespace Compliance.Checking.Rules.Date;

internal sealed class DateMissingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DateMissing, Severity.Error, "7.3.5.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Date is null) sink.Report(d.Signature?.Line ?? d.StartLine, d.Signature?.Page ?? d.Page, null);
    }
}
