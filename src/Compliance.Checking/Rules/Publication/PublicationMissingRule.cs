namespace Compliance.Checking.Rules.Publication;

internal sealed class PublicationMissingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PublicationMissing, Severity.Warning, "7.3.6");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        // The publication note (附注) belongs to the ordinary format; a decree is promulgated, and minutes have no tail.
        if (d.Format is SpecialFormat.Decree or SpecialFormat.Minutes) return;
        if (d.Marker is null) sink.Report(d.Date?.Line ?? d.Signature?.Line ?? d.StartLine, d.Date?.Page ?? d.Page, d.Date?.Value.Text);
    }
}
