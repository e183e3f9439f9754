namespace Compliance.Checking.Rules.Punctuation;

/// <summary>A document written with half-width marks throughout: reported once, with the count, so that the other
/// punctuation rules can judge only the marks that break the document's own habit.</summary>
internal sealed class PunctuationHalfWidthRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PunctuationHalfWidth, Severity.Info, "—");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var habit = context.Document.Punctuation;
        if (!habit.MostlyHalfWidth) return;
        sink.Report(habit.FirstHalfWidthLine, habit.FirstHalfWidthPage, null, habit.HalfWidth, habit.HalfWidth + habit.FullWidth);
    }
}
