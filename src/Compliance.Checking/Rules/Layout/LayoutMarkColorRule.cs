namespace Compliance.Checking.Rules.Layout;

/// <summary>The issuing organ's mark (发文机关标志) printed in red (GB/T 9704 7.2.4): a mark whose text is not red is
/// reported.</summary>
internal sealed class LayoutMarkColorRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutMarkColor, Severity.Warning, "7.2.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Layout is not { } layout || context.Document.Mark is not { } mark) return;
        if (layout.At(mark.Line) is not { Dominant: { } run } || run.IsRed) return;
        sink.Report(mark.Line, null, mark.Value, mark.Value, run.Color is null or "auto" ? "自动（黑色）" : "#" + run.Color);
    }
}
