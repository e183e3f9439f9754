namespace Compliance.Checking.Reading;

/// <summary>Reads any supported bulletin file: picks the reader by content, then removes print furniture.</summary>
public sealed class BulletinReader
{
    private readonly IFormatReader _text = new TextBulletinReader();
    private readonly IFormatReader _docx = new DocxBulletinReader();
    private readonly IFormatReader _pdf = new PdfBulletinReader();

    public ReadOutcome Read(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty) return ReadOutcome.Unreadable(UnreadableKind.Empty);
        var outcome = ContentSniffer.Detect(content.Span) switch
        {
            ContentFormat.Pdf => _pdf.Read(content),
            ContentFormat.Docx => _docx.Read(content),
            ContentFormat.OtherBinary => ReadOutcome.Unreadable(UnreadableKind.Binary),
            _ => _text.Read(content),
        };
        return outcome.Text is null ? outcome : ReadOutcome.Success(PrintFurniture.Remove(outcome.Text));
    }
}
