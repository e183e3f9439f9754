namespace Compliance.Checking.Rules.Number;

/// <summary>A decree numbered like an ordinary document (〔2019〕5号, 江政令〔2019〕5号): GB/T 9704 10.2 numbers it 第N号.</summary>
internal sealed class NumberDecreeFormRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.NumberDecreeForm, Severity.Error, "10.2");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var d = context.Document;
        if (d.Format == SpecialFormat.Decree && d.Number is { } n) sink.Report(n.Line, n.Page, n.Value.Text, n.Value.Text);
    }
}
