using Compliance.Checking.Extraction;
using Compliance.Checking.Reading.Layout;

namespace Compliance.Checking.Rules.Layout;

/// <summary>The headings' faces (GB/T 9704 7.3.3): level one 黑体, level two 楷体, levels three and four 仿宋, in the body's
/// size. A heading is judged by the run its marker starts, so that a level-two heading followed by its paragraph in
/// the same line (（一）指导思想。坚持…) is judged by the heading, not the text after it.</summary>
internal sealed class LayoutHeadingFontRule : FontRule
{
    public override RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutHeadingFont, Severity.Warning, "7.3.3");

    protected override IEnumerable<(ParagraphLayout, RunLayout, string, Func<string?, bool>, double)> Judged(ExtractedDocument document, DocxLayout layout)
    {
        foreach (var heading in document.Headings)
        {
            if (layout.At(heading.Line) is not { First: { } run } paragraph || paragraph.InTable) continue;
            var (face, isFace) = heading.Level switch
            {
                1 => ("黑体", (Func<string?, bool>)LayoutParts.IsHei),
                2 => ("楷体", LayoutParts.IsKai),
                _ => ("仿宋", LayoutParts.IsFangSong),
            };
            yield return (paragraph, run, face, isFace, LayoutParts.Size3);
        }
    }
}
