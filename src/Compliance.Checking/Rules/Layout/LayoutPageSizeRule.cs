namespace Compliance.Checking.Rules.Layout;

/// <summary>The page is A4, 210 mm × 297 mm, upright (GB/T 9704 5.2.1); within a millimetre.</summary>
internal sealed class LayoutPageSizeRule : IBulletinRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutPageSize, Severity.Warning, "5.2.1");

    public void Check(BulletinContext context, FindingSink sink)
    {
        if (context.Layout?.Page is not { } page) return;
        if (Math.Abs(page.WidthMm - 210) <= 1 && Math.Abs(page.HeightMm - 297) <= 1) return;
        var size = $"{page.WidthMm:0} × {page.HeightMm:0} mm";
        sink.ReportTo(LayoutParts.Owner(context), null, null, size, size);
    }
}
