namespace Compliance.Checking.Rules.Number;

internal sealed class NumberZeroPaddingRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberZeroPadding, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Number is { } n && IsPadded(n.Value.Sequence)) sink.Report(n.Line, n.Page, n.Value.Text, n.Value.Text, n.Value.Sequence);
        if (context.Document.Serial is { } s && IsPadded(s.Value.Sequence)) sink.Report(s.Line, s.Page, s.Value.Text, s.Value.Text, s.Value.Sequence);
    }

    private static bool IsPadded(string seq) => seq.Length > 1 && seq[0] is '0' or '０' or '〇' or '零';
}
