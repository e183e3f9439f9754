namespace Compliance.Checking.Rules.Publication;

internal sealed class PublicationPlacementRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PublicationPlacement, Severity.Warning, "7.3.6");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        // Judged only where the date is there to be measured against, and not where extraction moved the marker.
        if (d.Marker is not { } marker || d.Date is null || d.MarkerFollowsDate || d.MarkerDisplacedByExtraction) return;
        sink.Report(marker.Line, marker.Page, marker.Value.Text, marker.Value.Text);
    }
}
