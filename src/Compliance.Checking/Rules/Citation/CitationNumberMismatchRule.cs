using Compliance.Checking.Citations;

namespace Compliance.Checking.Rules.Citation;

/// <summary>
/// A cited title names a document already checked, and the cited number is not that document's number. Only titles
/// that name their organ (国务院办公厅关于…) are judged: a title that starts with 关于 may be any organ's. Only a number
/// of the same year is a mismatch: an organ that issues a document of one title every year (关于做好2019年…) has one per
/// year, and a title repeated in another year is another document.
/// </summary>
internal sealed class CitationNumberMismatchRule : IRegistryRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CitationNumberMismatch, Severity.Warning, "—");

    public void Check(RegistryContext context, FindingSink sink)
    {
        var citation = context.Citation;
        if (!CitationTitles.NamesIssuer(citation.TitleKey)) return;
        RegisteredDocument? other = null;
        foreach (var document in context.Registry.DocumentsTitled(citation.TitleKey))
        {
            if (document.Document.IsSameDocument(citation.Citing) || document.Number is not { } number) continue;
            if (number == citation.Number) return;
            if (number.Year == citation.Number.Year) other ??= document;
        }
        if (other is null) return;
        var d = other.Document;
        sink.Report(citation.Line, citation.Page, citation.NumberText,
            citation.Title, citation.NumberText, d.Number, d.Bulletin, d.Index);
    }
}
