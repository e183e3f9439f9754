namespace Compliance.Checking.Rules.Citation;

/// <summary>
/// A document cited by its number alone (按晋政办发〔2019〕37号文件要求): the title comes first, the number after it in
/// brackets. Not a finding where the same document cited that number with its title before, nor for a number inside a
/// cited title (the citation reader leaves those out). All such citations of a document are one finding, at the first,
/// with their count.
/// </summary>
internal sealed class CitationNumberWithoutTitleRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CitationNumberWithoutTitle, Severity.Warning, "—");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var citations = context.Document.Citations;
        Extraction.Parts.Citation? first = null;
        var count = 0;
        foreach (var bare in citations)
        {
            if (!bare.Bare || bare.Number is not { } number || CitedWithTitleBefore(citations, bare, number)) continue;
            first ??= bare;
            count++;
        }
        if (first is not null) sink.Report(first.Line, first.Page, first.Number!.Text, first.Number.Text, count);
    }

    private static bool CitedWithTitleBefore(IReadOnlyList<Extraction.Parts.Citation> citations, Extraction.Parts.Citation bare, Analysis.DocNumber number)
    {
        foreach (var c in citations)
        {
            if (c.Order >= bare.Order) break;
            if (c is { Bare: false, Number: { } cited } && SameNumber(cited, number)) return true;
        }
        return false;
    }

    /// <summary>Year, serial and organ code agree. The code of a bare number is read from the sentence before it and
    /// may carry a word of it, or lose its start to a line a print width cut (…和豫自然资 / 办函〔2019〕23号文件): one
    /// code need only end with the other.</summary>
    private static bool SameNumber(Analysis.DocNumber cited, Analysis.DocNumber bare)
        => cited.Key is { } a && bare.Key is { } b && a.Year == b.Year && a.Serial == b.Serial
           && (b.Code.EndsWith(a.Code, StringComparison.Ordinal) || a.Code.EndsWith(b.Code, StringComparison.Ordinal));
}
