namespace Compliance.Checking.Rules.Number;

internal sealed class NumberBracketsRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberBrackets, Severity.Error, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Number is not { } n) return;
        var brackets = n.Value.OpenBracket + n.Value.CloseBracket;
        if (!n.Value.HasStandardBrackets) sink.ReportFix(n.Line, n.Page, n.Value.Text, n.Value.Correction, n.Value.Text, brackets.Length == 0 ? "无括号" : brackets);
    }
}
