using System.Text.RegularExpressions;

namespace Compliance.Checking.Rules.Layout;

/// <summary>
/// Page numbers (GB/T 9704 7.5): in the footer, 4号 (14 pt) half-width 宋体 Arabic digits with a one-em dash on each
/// side, <c>— 1 —</c>. A footer page number written otherwise (no dashes, <c>第1页</c>, <c>1/5</c>), in another face or
/// size, is reported once; a document with no page number at all is reported too.
/// </summary>
internal sealed partial class LayoutPageNumberRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutPageNumber, Severity.Warning, "7.5");

    public void Check(BulletinContext context, FindingSink sink)
    {
        if (context.Layout is not { } layout || layout.Paragraphs.Count == 0) return;
        if (layout.PageNumbers.Count == 0)
        {
            sink.ReportTo(LayoutParts.Owner(context), null, null, null, "（无）", "页脚中没有页码");
            return;
        }
        foreach (var number in layout.PageNumbers)
        {
            var problems = new List<string>();
            if (!Dashed().IsMatch(number.Text)) problems.Add("数字两侧应各有一条一字线");
            if (!LayoutParts.IsSong(number.Digits.AsciiFont) && !LayoutParts.IsSong(number.Digits.EastAsiaFont)) problems.Add($"字体为{number.Digits.AsciiFont ?? number.Digits.EastAsiaFont ?? "（未设字体）"}");
            if (!LayoutParts.SizeIs(number.Digits.SizePt, LayoutParts.Size4)) problems.Add($"字号为{LayoutParts.Points(number.Digits.SizePt)}");
            if (problems.Count == 0) continue;
            var text = string.Join("，", problems);
            // The field's result is shown as the first page's number.
            var shown = number.Text.Replace('N', '1');
            sink.ReportTo(LayoutParts.Owner(context), null, null, shown, shown, text);
            return;
        }
    }

    // — N — : an em dash (or two, or a horizontal bar) each side, spaces optional.
    [GeneratedRegex(@"^[—―]{1,2}\s*N\s*[—―]{1,2}$")]
    private static partial Regex Dashed();
}
