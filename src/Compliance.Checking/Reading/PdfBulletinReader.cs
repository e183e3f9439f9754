namespace Compliance.Checking.Reading;

/// <summary>Reads a PDF's text layer. Placeholder until the PDF reader lands (issue 6).</summary>
public sealed class PdfBulletinReader : IFormatReader
{
    public ReadOutcome Read(ReadOnlyMemory<byte> content) => ReadOutcome.Unreadable(UnreadableKind.PdfCorrupt, "PDF reading not available yet");
}
