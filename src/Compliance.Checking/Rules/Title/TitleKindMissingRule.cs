namespace Compliance.Checking.Rules.Title;

internal sealed class TitleKindMissingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.TitleKindMissing, Severity.Warning, "7.3.1");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Title is { } title && d.Kind is null) sink.Report(title.Line, title.Page, title.Value, title.Value);
    }
}
