namespace Compliance.Checking.Rules.Publication;

internal sealed class PublicationBracketsRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PublicationBrackets, Severity.Warning, "7.3.6");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Marker is { } marker && !marker.Value.HasFullWidthBrackets)
            sink.Report(marker.Line, marker.Page, marker.Value.Text, marker.Value.Text, marker.Value.Attribute);
    }
}
