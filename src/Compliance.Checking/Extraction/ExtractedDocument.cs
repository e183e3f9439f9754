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

    /// <summary>The addressees (主送机关), when the document has any.</summary>
    public Located<Parts.Addressees>? Addressees { get; set; }

    /// <summary>The format of GB/T 9704 it is laid out in: the ordinary one, or a decree, minutes or letter (§10).</summary>
    public SpecialFormat Format { get; set; }

    /// <summary>A decree's number (第N号) or the minutes' issue (第N期); the ordinary form, if any, is <see cref="Number"/>.</summary>
    public Located<SerialNumber>? Serial { get; set; }

    /// <summary>A decree's signatory: the office and name of the person who signs it (市长　张三).</summary>
    public Located<Signatory>? Signatory { get; set; }

    /// <summary>The title of the regulation a decree promulgates, printed after its date (江州市城市绿化管理办法).</summary>
    public Located<string>? Promulgated { get; set; }

    /// <summary>The minutes' attendance labels after the body (出席, 请假, 列席), located at the first.</summary>
    public Located<IReadOnlyList<string>>? Attendance { get; set; }

    /// <summary>The attachment notes (附件说明), in order: usually one; a document that issues a plan may add the plan's.</summary>
    public IReadOnlyList<Parts.AttachmentNote> AttachmentNotes { get; set; } = [];

    /// <summary>The attachments printed after the body, each located at its label.</summary>
    public IReadOnlyList<Located<Parts.PrintedAttachment>> Attachments { get; set; } = [];

    /// <summary>True when the gazette says it leaves the attachments out (附件略).</summary>
    public bool AttachmentsOmitted { get; set; }

    /// <summary>The imprint's copy-to text (抄送：…。), without spaces, wrapped lines joined; located at its first line.</summary>
    public Located<string>? CopyTo { get; set; }

    /// <summary>The imprint's printing date (the date before 印发).</summary>
    public Located<DocDate>? ImprintDate { get; set; }

    /// <summary>The imprint's printing organ, on the date's line or the line above it.</summary>
    public string? ImprintOrgan { get; set; }

    /// <summary>The numbered headings of the body, the plan it issues and its attachments, in order (层次序数, 7.3.3).</summary>
    public Heading[] Headings { get; set; } = [];

    /// <summary>The documents the body and attachments cite, in order.</summary>
    public IReadOnlyList<Parts.Citation> Citations { get; set; } = [];

    /// <summary>The lines of running text after the head, where heading.sequence looks for a missing number that
    /// extraction ran into a paragraph.</summary>
    public IEnumerable<RunningLine> RunningText { get; set; } = SourceRange.Empty;
}
