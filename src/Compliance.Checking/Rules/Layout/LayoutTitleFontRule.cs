using Compliance.Checking.Extraction;
using Compliance.Checking.Reading.Layout;

namespace Compliance.Checking.Rules.Layout;

/// <summary>The title in 2号 (22 pt) 小标宋 (GB/T 9704 7.3.1).</summary>
internal sealed class LayoutTitleFontRule : FontRule
{
    public override RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutTitleFont, Severity.Warning, "7.3.1");

    protected override IEnumerable<(ParagraphLayout, RunLayout, string, Func<string?, bool>, double)> Judged(ExtractedDocument document, DocxLayout layout)
    {
        foreach (var line in LayoutParts.TitleLines(document, layout).Order())
        {
            if (layout.At(line) is { Dominant: { } run } paragraph) yield return (paragraph, run, "小标宋", LayoutParts.IsXiaoBiaoSong, LayoutParts.Size2);
        }
    }
}
