namespace Compliance.Checking.Rules.Publication;

internal sealed class PublicationBracketsRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PublicationBrackets, Severity.Warning, "7.3.6");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Marker is not { } marker || marker.Value.HasFullWidthBrackets) return;
        // Half-width round brackets in a document that writes every mark half-width are its habit, reported once by
        // punctuation.half-width; other brackets (【】, []) and a slip in a full-width document are findings here.
        if (marker.Value is { Open: "(", Close: ")" } && context.Document.Punctuation.MostlyHalfWidth) return;
        sink.ReportFix(marker.Line, marker.Page, marker.Value.Text, "（" + marker.Value.Attribute + "）", marker.Value.Text, marker.Value.Attribute);
    }
}
