namespace Compliance.Checking.Rules.Layout;

/// <summary>Text other than the mark in black (GB/T 9704 5.2.2.4): each colour other than black is reported once per
/// document, at its first paragraph, with how many paragraphs use it.</summary>
internal sealed class LayoutTextColorRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.LayoutTextColor, Severity.Warning, "5.2.2.4");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Layout is not { } layout) return;
        var mark = context.Document.Mark?.Line;
        Occurrences<(int Line, string Text)>? colors = null;
        foreach (var paragraph in LayoutParts.Paragraphs(context.Document, layout))
        {
            if (paragraph.Line == mark) continue;
            var colored = paragraph.Runs.FirstOrDefault(r => r.Visible > 0 && !r.IsBlack);
            if (colored is not null) (colors ??= new()).Add(colored.Color!, (paragraph.Line, paragraph.Text.Trim()));
        }
        foreach (var kind in colors?.Kinds ?? [])
        {
            var evidence = kind.First.Text.Length > 30 ? kind.First.Text[..30] : kind.First.Text;
            sink.Report(kind.First.Line, null, evidence, "#" + kind.Kind, kind.Count, evidence);
        }
    }
}
