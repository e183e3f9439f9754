namespace Compliance.Checking.Rules.Citation;

/// <summary>
/// A cited number whose year is after the citing document's date (成文日期): a document cannot cite one that did not
/// exist yet, so the number or the date is wrong. Each such number is reported (they are rare, and each is an error).
/// Documents without a readable date, and numbers without a four-digit year, are not judged.
/// </summary>
internal sealed class CitationFutureRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CitationFuture, Severity.Error, "7.3.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Date?.Value.ToDate() is not { } date) return;
        HashSet<string>? reported = null;
        foreach (var citation in context.Document.Citations)
        {
            if (citation.Number is not { FullYearValue: { } year } number || year <= date.Year) continue;
            if (!(reported ??= []).Add(number.Text)) continue;
            sink.Report(citation.Line, citation.Page, number.Text, number.Text, year, context.Document.Date.Value.Value.Text);
        }
    }
}
