using Compliance.Checking.Citations;

namespace Compliance.Checking.Rules.Citation;

/// <summary>
/// One number cited with different titles by different documents, where no checked document carries that number (when
/// one does, <see cref="CitationTitleMismatchRule"/> judges each citation by its title). The earliest citation
/// (<see cref="RegisteredCitation.Compare"/>: by the citing document's date, not by when it was checked) is the
/// reference; each later citation in another document whose title differs from it is a finding that names it.
/// </summary>
internal sealed class CitationTitleConflictRule : IRegistryRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CitationTitleConflict, Severity.Warning, "—");

    public void Check(RegistryContext context, FindingSink sink)
    {
        var citation = context.Citation;
        if (context.Registry.DocumentsNumbered(citation.Number).Any()) return;
        var reference = context.Registry.CitationsOf(citation.Number).FirstOrDefault();
        if (reference is null || reference.Citing.IsSameDocument(citation.Citing) || reference.TitleKey == citation.TitleKey) return;
        var d = reference.Citing;
        sink.Report(citation.Line, citation.Page, citation.NumberText,
            citation.NumberText, citation.Title, d.Bulletin, d.Index, d.Title, reference.Title);
    }
}
