using System.Globalization;
using Compliance.Checking.Reading.Layout;

namespace Compliance.Checking.Rules.Layout;

/// <summary>
/// 22 lines a page and 28 characters a line (GB/T 9704 5.2.2.3). Lines: the type area's height over the line pitch —
/// the body's exact line spacing, or else the document grid's pitch; characters: the type area's width over the
/// character pitch — the grid's (its character spacing added to the default size), or else the body's size plus the
/// spacing of its characters. A document with neither grid nor exact spacing sets its lines by the font's own height
/// and gets the finding too: its line count is not fixed.
/// </summary>
internal sealed class LayoutGridRule : IBulletinRule
{
    private const double PointsPerMm = 72 / 25.4;

    public RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutGrid, Severity.Warning, "5.2.2.3");

    public void Check(BulletinContext context, FindingSink sink)
    {
        if (context.Layout is not { Page: { } page } layout) return;
        // The body: the paragraphs most documents are made of, judged by their most common formatting.
        var body = layout.Paragraphs.Where(p => !p.InTable && p.Dominant is not null && LayoutParts.SizeIs(p.Dominant.SizePt, LayoutParts.Size3)).ToList();
        if (body.Count == 0) body = layout.Paragraphs.Where(p => !p.InTable && p.Dominant is not null).ToList();
        if (body.Count == 0) return;
        var exact = body.Select(p => p.ExactLineSpacingPt).GroupBy(x => x).MaxBy(g => g.Count())!.Key;
        var run = body.Select(p => p.Dominant!).GroupBy(r => (r.SizePt, r.SpacingPt)).MaxBy(g => g.Count())!.First();

        var linePitch = exact ?? page.LinePitchPt;
        var charPitch = page.CharacterPitchPt ?? (run.SizePt ?? 10.5) + run.SpacingPt;
        int? lines = linePitch is { } l && l > 0 ? (int)Math.Floor(page.TypeHeightMm * PointsPerMm / l + 0.05) : null;
        var chars = (int)Math.Floor(page.TypeWidthMm * PointsPerMm / charPitch + 0.05);
        if (lines == 22 && chars == 28) return;
        var found = string.Create(CultureInfo.InvariantCulture, $"每页 {(lines is { } n ? n.ToString(CultureInfo.InvariantCulture) : "不定")} 行、每行 {chars} 字");
        sink.ReportTo(LayoutParts.Owner(context), null, null, found, found);
    }
}
