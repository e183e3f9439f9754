using Compliance.Checking.Extraction;
using Compliance.Checking.Reading.Layout;

namespace Compliance.Checking.Rules.Layout;

/// <summary>The imprint (抄送, 印发机关 and 印发日期) in 4号 (14 pt) 仿宋 (GB/T 9704 7.4.1).</summary>
internal sealed class LayoutImprintFontRule : FontRule
{
    public override RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutImprintFont, Severity.Warning, "7.4.1");

    protected override IEnumerable<(ParagraphLayout, RunLayout, string, Func<string?, bool>, double)> Judged(ExtractedDocument document, DocxLayout layout)
    {
        foreach (var line in LayoutParts.ImprintLines(document).Order())
        {
            if (layout.At(line) is { Dominant: { } run } paragraph) yield return (paragraph, run, "仿宋", LayoutParts.IsFangSong, LayoutParts.Size4);
        }
    }
}
