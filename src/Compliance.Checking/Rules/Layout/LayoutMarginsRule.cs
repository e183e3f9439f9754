using System.Globalization;

namespace Compliance.Checking.Rules.Layout;

/// <summary>The margins (GB/T 9704 5.2.2.1): top (天头) 37 mm and left (订口) 28 mm, each within a millimetre, and a type
/// area (版心) of 156 mm × 225 mm — so right 26 mm and bottom 35 mm on A4. Each margin that is off is named, with what
/// it is and what it should be, in one finding.</summary>
internal sealed class LayoutMarginsRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutMargins, Severity.Warning, "5.2.2.1");

    public void Check(BulletinContext context, FindingSink sink)
    {
        if (context.Layout?.Page is not { } page) return;
        var off = new List<string>();
        void Judge(string name, double actual, double expected)
        {
            if (Math.Abs(actual - expected) > 1) off.Add(string.Create(CultureInfo.InvariantCulture, $"{name}{actual:0.#} mm（应为{expected:0} mm）"));
        }
        Judge("上边距（天头）", page.TopMm, 37);
        Judge("左边距（订口）", page.LeftMm, 28);
        Judge("版心宽", page.TypeWidthMm, 156);
        Judge("版心高", page.TypeHeightMm, 225);
        if (off.Count == 0) return;
        var text = string.Join("，", off);
        sink.ReportTo(LayoutParts.Owner(context), null, null, text, text);
    }
}
