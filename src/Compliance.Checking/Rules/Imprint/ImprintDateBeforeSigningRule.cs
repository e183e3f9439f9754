namespace Compliance.Checking.Rules.Imprint;

/// <summary>A document is printed (印发) on or after the day it is signed (成文日期): a printing date before it is wrong.</summary>
internal sealed class ImprintDateBeforeSigningRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ImprintDateBeforeSigning, Severity.Error, "7.4.3");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.ImprintDate is not { } imprint || context.Document.Date is not { } signed) return;
        if (imprint.Value.ToDate() is not { } printed || signed.Value.ToDate() is not { } dated || printed >= dated) return;
        sink.Report(imprint.Line, imprint.Page, imprint.Value.Text + "印发", imprint.Value.Text + "印发", signed.Value.Text);
    }
}
