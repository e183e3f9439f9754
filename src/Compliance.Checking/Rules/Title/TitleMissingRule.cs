namespace Compliance.Checking.Rules.Title;

internal sealed class TitleMissingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.TitleMissing, Severity.Error, "7.3.1");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Title is null) sink.Report(d.Number?.Line ?? d.StartLine, d.Number?.Page ?? d.Page, d.Number?.Value.Text);
    }
}
