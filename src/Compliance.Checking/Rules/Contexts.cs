using Compliance.Checking.Extraction;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Rules;

/// <summary>What a document rule sees: the extracted document, the registry, the day of the check and, for a Word
/// document, how it is printed (null for text and PDF: the layout rules are silent there).</summary>
internal sealed record DocumentContext(ExtractedDocument Document, IssuerRegistry Registry, DateOnly Today, Reading.Layout.DocxLayout? Layout = null);

/// <summary>What a bulletin rule sees: every document, the table of contents, the lines they were read from and, for a
/// Word document, how it is printed.</summary>
internal sealed record BulletinContext(IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<TocEntry> Toc, IReadOnlyList<SourceLine> Lines,
    Reading.Layout.DocxLayout? Layout = null)
{
    private Structure.TocPairing? _pairing;
    private string? _body;

    /// <summary>Which entries and documents the contents page and the body share, computed once for all rules.</summary>
    public Structure.TocPairing TocPairing => _pairing ??= Structure.TableOfContentsMatcher.Pair(Toc, Documents);

    /// <summary>Everything after the contents page, folded as titles are compared (<see cref="Structure.TableOfContentsMatcher.Fold"/>)
    /// and without line breaks, so that a title wrapped over lines is found whole. Built only when asked for.</summary>
    public string FoldedBody => _body ??= FoldBody();

    private string FoldBody()
    {
        var after = 0;
        foreach (var entry in Toc) after = Math.Max(after, entry.Line);
        var text = new System.Text.StringBuilder();
        foreach (var line in Lines)
        {
            if (line.Number > after) text.Append(line.Text);
        }
        return Structure.TableOfContentsMatcher.Fold(text.ToString());
    }
}

/// <summary>What a registry rule sees: one citation and the registry it is judged against.</summary>
internal sealed record RegistryContext(Citations.RegisteredCitation Citation, Citations.CitationRegistry Registry);
