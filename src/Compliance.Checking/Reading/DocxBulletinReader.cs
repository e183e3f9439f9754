using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Compliance.Checking.Reading;

/// <summary>Reads a Word document (.docx): each paragraph of the body, in order, is one line.</summary>
public sealed class DocxBulletinReader : IFormatReader
{
    public ReadOutcome Read(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return ReadOutcome.Unreadable(UnreadableKind.DocxCorrupt, "no document body");

            var lines = new List<SourceLine>();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                lines.Add(new SourceLine(lines.Count + 1, ParagraphText(paragraph)));
            }
            if (lines.All(l => string.IsNullOrWhiteSpace(l.Text))) return ReadOutcome.Unreadable(UnreadableKind.Empty);
            return ReadOutcome.Success(new SourceText("docx", "docx", lines));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException
                                       or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            return ReadOutcome.Unreadable(UnreadableKind.DocxCorrupt, ex.GetType().Name);
        }
    }

    // Text runs, tabs and breaks as Word shows them; field codes and deleted text are left out.
    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append(' '); break;
            }
        }
        return sb.ToString();
    }
}
