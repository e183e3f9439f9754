namespace Compliance.Checking.Reading;

/// <summary>Why a file could not be read. Each kind has its own message for the clerk (Resources/Messages.resx).</summary>
public enum UnreadableKind
{
    /// <summary>0 bytes, or only white space.</summary>
    Empty,
    /// <summary>Binary content that is no supported document format (image, archive, executable...).</summary>
    Binary,
    /// <summary>Bytes that decode as none of the supported text encodings.</summary>
    Undecodable,
    /// <summary>A .docx (zip) that cannot be opened as a Word document.</summary>
    DocxCorrupt,
    /// <summary>A PDF without a text layer (a scan): nothing to check, no OCR is performed.</summary>
    PdfNoText,
    /// <summary>An encrypted (password-protected) PDF.</summary>
    PdfEncrypted,
    /// <summary>A truncated or corrupt PDF.</summary>
    PdfCorrupt,
    /// <summary>Larger than the configured limit.</summary>
    TooLarge,
    /// <summary>A line (paragraph) longer than <c>Limits.MaxLineCharacters</c>.</summary>
    LineTooLong,
    /// <summary>More lines (paragraphs) than <c>Limits.MaxLines</c>.</summary>
    TooManyLines,
    /// <summary>A .docx with more entries than <c>Limits.MaxDocxParts</c>.</summary>
    DocxTooManyParts,
    /// <summary>A .docx part that inflates past <c>Limits.MaxDocxPartBytes</c>.</summary>
    DocxPartTooLarge,
    /// <summary>A .docx whose parts together inflate (or declare) more than <c>Limits.MaxDocxTotalBytes</c>.</summary>
    DocxTotalTooLarge,
    /// <summary>A .docx part compressed more than <c>Limits.MaxCompressionRatio</c> times: a zip bomb.</summary>
    DocxCompressionRatio,
    /// <summary>A .docx whose XML carries a document type definition (entity expansion is never performed).</summary>
    DocxDtd,
    /// <summary>A .docx whose XML nests deeper than <c>Limits.MaxXmlDepth</c>.</summary>
    DocxTooDeep,
    /// <summary>A PDF with more pages than <c>Limits.MaxPdfPages</c>.</summary>
    PdfTooManyPages,
    /// <summary>A PDF with more objects than <c>Limits.MaxPdfObjects</c>.</summary>
    PdfTooManyObjects,
    /// <summary>A PDF whose arrays and dictionaries nest deeper than <c>Limits.MaxPdfNestingDepth</c>.</summary>
    PdfTooDeep,
    /// <summary>A PDF stream that decodes to more than <c>Limits.MaxPdfStreamBytes</c>.</summary>
    PdfStreamTooLarge,
    /// <summary>A PDF stream compressed more than <c>Limits.MaxCompressionRatio</c> times.</summary>
    PdfCompressionRatio,
    /// <summary>A PDF page whose content decodes to more than <c>Limits.MaxPdfPageContentBytes</c>.</summary>
    PdfPageTooLarge,
    /// <summary>A PDF page of more letters than <c>Limits.MaxPdfPageLetters</c>.</summary>
    PdfPageTooManyLetters,
    /// <summary>A PDF of more letters in all than <c>Limits.MaxPdfLetters</c>.</summary>
    PdfTooManyLetters,
    /// <summary>A plain-text file larger than <c>Limits.MaxTextBytes</c>.</summary>
    TextTooLarge,
    /// <summary>Checking took longer than <c>Limits.TimeBudgetSeconds</c>.</summary>
    TimeBudgetExceeded,
}

/// <summary>Outcome of reading: the text, or why there is none.</summary>
public sealed record ReadOutcome(SourceText? Text, UnreadableKind? Failure, string? Detail = null)
{
    public static ReadOutcome Success(SourceText text) => new(text, null);

    public static ReadOutcome Unreadable(UnreadableKind kind, string? detail = null) => new(null, kind, detail);
}

/// <summary>Reads one container format (text, .docx, PDF) into lines. Implementations never throw for bad content;
/// over a limit they return the limit's <see cref="UnreadableKind"/> (or throw <see cref="InputLimitExceededException"/>
/// for the caller to report).</summary>
public interface IFormatReader
{
    ReadOutcome Read(ReadOnlyMemory<byte> content);

    /// <summary>Reads with a deadline, checked at coarse points (per page, per batch of paragraphs) by readers whose
    /// work can grow large; others ignore it.</summary>
    ReadOutcome Read(ReadOnlyMemory<byte> content, CheckDeadline deadline) => Read(content);
}
