namespace Compliance.Checking.Reading;

/// <summary>
/// Removes print furniture that belongs to no document: running headers and footers, page numbers, and joins
/// lines a page break cut. Shared by every format (text extracted from PDFs carries the same furniture).
/// </summary>
public static class PrintFurniture
{
    public static SourceText Remove(SourceText text)
    {
        // Filled in by the PDF work (issue 6); until then the text passes unchanged.
        return text;
    }
}
