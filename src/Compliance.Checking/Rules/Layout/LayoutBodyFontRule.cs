using Compliance.Checking.Extraction;
using Compliance.Checking.Reading.Layout;

namespace Compliance.Checking.Rules.Layout;

/// <summary>The body, and what is set like it (addressees, signature, date, note, attachment note, headings of levels
/// three and four), in 3号 (16 pt) 仿宋 (GB/T 9704 5.2.2.2, 7.3.3).</summary>
internal sealed class LayoutBodyFontRule : FontRule
{
    public override RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutBodyFont, Severity.Warning, "5.2.2.2");

    protected override IEnumerable<(ParagraphLayout, RunLayout, string, Func<string?, bool>, double)> Judged(ExtractedDocument document, DocxLayout layout)
    {
        foreach (var paragraph in LayoutParts.Body(document, layout))
        {
            if (paragraph.Dominant is { } run) yield return (paragraph, run, "仿宋", LayoutParts.IsFangSong, LayoutParts.Size3);
        }
    }
}
