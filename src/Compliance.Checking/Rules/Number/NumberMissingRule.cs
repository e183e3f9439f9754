namespace Compliance.Checking.Rules.Number;

internal sealed class NumberMissingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberMissing, Severity.Warning, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        // A decree's 第N号 is its number; minutes may go without one (their format is the organ's, GB/T 9704 10.3).
        if (d.Number is null && d.Serial is null && d.Format != SpecialFormat.Minutes) sink.Report(d.Title?.Line ?? d.StartLine, d.Title?.Page ?? d.Page, d.Title?.Value);
    }
}
