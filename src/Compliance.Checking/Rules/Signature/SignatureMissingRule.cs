namespace Compliance.Checking.Rules.Signature;

internal sealed class SignatureMissingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.SignatureMissing, Severity.Error, "7.3.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        // A decree is signed by a person (its signatory); minutes carry no signature (GB/T 9704 10.2, 10.3).
        if (d.Format == SpecialFormat.Minutes || d.Signatory is not null) return;
        if (d.Signature is null && d.Date is { } date) sink.Report(date.Line, date.Page, date.Value.Text);
    }
}
