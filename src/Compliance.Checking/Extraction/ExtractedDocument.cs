using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction;

/// <summary>A located value: what was printed and on which source line.</summary>
internal readonly record struct Located<T>(T Value, int Line, int? Page);

/// <summary>A document as found in the bulletin, with every extracted part and where it stands.</summary>
internal sealed class ExtractedDocument
{
    public int Index { get; set; }
    public int StartLine { get; set; }
    public int EndLine { get; set; }
    public int? Page { get; set; }

    /// <summary>Organ named in the issuing-organ mark (版头), without 文件.</summary>
    public Located<string>? Mark { get; set; }

    public Located<string>? Title { get; set; }

    /// <summary>Organs named at the start of the title, before 关于 (empty when the title starts with 关于).</summary>
    public IReadOnlyList<string> TitleIssuers { get; set; } = [];

    public string? Kind { get; set; }

    public Located<DocNumber>? Number { get; set; }

    /// <summary>Organs of the signature block, top to bottom; line is the first signature line.</summary>
    public Located<IReadOnlyList<string>>? Signature { get; set; }

    public Located<DocDate>? Date { get; set; }

    public Located<PublicationMarker>? Marker { get; set; }

    /// <summary>True when the marker sits on the line after the date.</summary>
    public bool MarkerFollowsDate { get; set; }

    /// <summary>True when the marker was found inside a sentence that extraction broke: its place says nothing.</summary>
    public bool MarkerDisplacedByExtraction { get; set; }

    /// <summary>The lead issuing organ: from the mark, else the title, else the signature.</summary>
    public string? Issuer { get; set; }

    public IReadOnlyList<string> Issuers { get; set; } = [];

    /// <summary>How the document writes its punctuation (half- or full-width).</summary>
    public PunctuationHabit Punctuation { get; set; }

    /// <summary>The numbered headings of the body, the plan it issues and its attachments, in order (层次序数, 7.3.3).</summary>
    public IReadOnlyList<Heading> Headings { get; set; } = [];

    /// <summary>The lines of running text after the head, where heading.sequence looks for a missing number that
    /// extraction ran into a paragraph.</summary>
    public IReadOnlyList<RunningLine> RunningText { get; set; } = [];
}
