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
}

/// <summary>Outcome of reading: the text, or why there is none.</summary>
public sealed record ReadOutcome(SourceText? Text, UnreadableKind? Failure, string? Detail = null)
{
    public static ReadOutcome Success(SourceText text) => new(text, null);

    public static ReadOutcome Unreadable(UnreadableKind kind, string? detail = null) => new(null, kind, detail);
}

/// <summary>Reads one container format (text, .docx, PDF) into lines. Implementations never throw for bad content.</summary>
public interface IFormatReader
{
    ReadOutcome Read(ReadOnlyMemory<byte> content);
}
