using Compliance.Checking.Extraction;

namespace Compliance.Checking.Rules;

/// <summary>What a document rule sees: the extracted document, the registry and the day of the check.</summary>
internal sealed record DocumentContext(ExtractedDocument Document, IssuerRegistry Registry, DateOnly Today);

/// <summary>What a bulletin rule sees: every document and the table of contents.</summary>
internal sealed record BulletinContext(IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<TocEntry> Toc)
{
    private Structure.TocPairing? _pairing;

    /// <summary>Which entries and documents the contents page and the body share, computed once for all rules.</summary>
    public Structure.TocPairing TocPairing => _pairing ??= Structure.TableOfContentsMatcher.Pair(Toc, Documents);
}
