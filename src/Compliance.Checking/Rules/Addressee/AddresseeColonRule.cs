namespace Compliance.Checking.Rules.Addressee;

/// <summary>The last addressee is followed by a full-width colon. A half-width colon is reported only when it breaks
/// the document's own habit (a document written half-width throughout is reported once, by punctuation.half-width).</summary>
internal sealed class AddresseeColonRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AddresseeColon, Severity.Warning, "7.3.2");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Addressees is not { } addressees) return;
        var end = addressees.Value.End;
        if (end == '：' || end == ':' && context.Document.Punctuation.MostlyHalfWidth) return;
        var printed = end is { } c ? $"“{c}”" : "无标点";
        // The correction is determinate: the names as printed, closed by the full-width colon in place of their mark.
        var text = addressees.Value.Text;
        var corrected = (end is null ? text : text[..^1]) + "：";
        sink.ReportFix(addressees.Line, addressees.Page, text, corrected, text, printed);
    }
}
