using Compliance.Checking.Citations;

namespace Compliance.Checking.Rules.Citation;

/// <summary>
/// A cited number names a document already checked, and the cited title is not that document's title (compared as
/// <see cref="CitationTitles"/> says). Quotes both titles and names the document. Silent when any checked document
/// with that number has the cited title (one document reprinted in two bulletins), and for a document citing itself.
/// </summary>
internal sealed class CitationTitleMismatchRule : IRegistryRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CitationTitleMismatch, Severity.Warning, "—");

    public void Check(RegistryContext context, FindingSink sink)
    {
        var citation = context.Citation;
        RegisteredDocument? other = null;
        foreach (var document in context.Registry.DocumentsNumbered(citation.Number))
        {
            if (document.Document.IsSameDocument(citation.Citing) || document.TitleKey is null) continue;
            if (document.TitleKey == citation.TitleKey) return;
            other ??= document;
        }
        if (other is null) return;
        var d = other.Document;
        sink.Report(citation.Line, citation.Page, citation.NumberText,
            citation.NumberText, citation.Title, d.Title, d.Bulletin, d.Index);
    }
}
