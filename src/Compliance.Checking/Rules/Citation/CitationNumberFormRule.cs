namespace Compliance.Checking.Rules.Citation;

/// <summary>
/// A cited number that breaks the form the number rules ask of a document's own number (7.2.5: 〔〕 round a four-digit
/// year, an Arabic serial without 第 or a leading zero, 号 at the end), judged by the same <see cref="Analysis.DocNumber"/>
/// properties. Reported once per document, at the first such citation, with the standard form and the count.
/// </summary>
internal sealed class CitationNumberFormRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CitationNumberForm, Severity.Warning, "7.2.5");

    public void Check(DocumentContext context, FindingSink sink)
    {
        Extraction.Parts.Citation? first = null;
        var count = 0;
        foreach (var citation in context.Document.Citations)
        {
            if (citation.Number is not { } number || number.IsStandardForm || number.StandardText is null) continue;
            first ??= citation;
            count++;
        }
        if (first is not { Number: { } n }) return;
        sink.ReportFix(first.Line, first.Page, n.Text, n.Correction, n.Text, n.StandardText, count);
    }
}
