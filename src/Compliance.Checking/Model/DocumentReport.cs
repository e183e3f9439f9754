namespace Compliance.Checking;

/// <summary>One official document (公文) found in a bulletin, its extracted fields and its findings.</summary>
public sealed record DocumentReport
{
    /// <summary>1-based position of the document in the bulletin.</summary>
    public required int Index { get; init; }

    /// <summary>1-based first line of the document in the source.</summary>
    public required int StartLine { get; init; }

    /// <summary>1-based last line of the document in the source (inclusive).</summary>
    public required int EndLine { get; init; }

    /// <summary>1-based page on which the document starts, for paged input (PDF); null for text.</summary>
    public int? Page { get; init; }

    /// <summary>Title (标题), joined across lines, without spaces.</summary>
    public string? Title { get; init; }

    /// <summary>Document kind (文种), e.g. 通知, 意见; null when the title names none of the statutory kinds.</summary>
    public string? Kind { get; init; }

    /// <summary>The format it is laid out in: ordinary, or a letter, decree or minutes (GB/T 9704 §10). A decree's and the
    /// minutes' title is their mark (江州市人民政府令, …会议纪要), their kind 令/命令 or 纪要.</summary>
    public SpecialFormat Format { get; init; }

    /// <summary>Issuing organ (the lead organ of a joint document).</summary>
    public string? Issuer { get; init; }

    /// <summary>All issuing organs, in order; one entry for a single-organ document.</summary>
    public IReadOnlyList<string> Issuers { get; init; } = [];

    /// <summary>Document number (发文字号) without spaces, e.g. 乳政发〔2018〕1号; a decree's 第N号, the minutes' 第N期.</summary>
    public string? DocNumber { get; init; }

    /// <summary>What identifies the document by its number (organ code, year, serial); null for a number without a full
    /// year (and for a decree's 第N号 and the minutes' 第N期).</summary>
    public Citations.NumberKey? NumberKey { get; init; }

    /// <summary>Signature (发文机关署名): the organ(s) above the date, joined with 、 for joint documents; a decree's
    /// signatory as office and name (市长　张三).</summary>
    public string? Signature { get; init; }

    /// <summary>Date (成文日期) when it is a real calendar date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Date as printed, without the spaces PDF extraction inserts.</summary>
    public string? DateText { get; init; }

    /// <summary>Publication marker (附注) without its brackets, e.g. 此件公开发布.</summary>
    public string? PublicationMarker { get; init; }

    /// <summary>1-based source lines of the extracted parts (null where a part was not found).</summary>
    public DocumentLines Lines { get; init; } = new();

    /// <summary>The documents this one cites, in order (see <see cref="CitationReport"/>).</summary>
    public IReadOnlyList<CitationReport> Citations { get; init; } = [];

    /// <summary>Findings on this document, in line order.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public int CountOf(Severity severity) => Findings.Count(f => f.Severity == severity);
}

/// <summary>Where each part of a document stands: 1-based source lines.</summary>
public sealed record DocumentLines
{
    /// <summary>The issuing-organ mark (版头).</summary>
    public int? Mark { get; init; }
    public int? Title { get; init; }
    public int? DocNumber { get; init; }
    public int? Signature { get; init; }
    public int? Date { get; init; }
    public int? PublicationMarker { get; init; }

    /// <summary>The addressees (主送机关): their last line.</summary>
    public int? Addressees { get; init; }
}
