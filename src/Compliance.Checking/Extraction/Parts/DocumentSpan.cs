using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// What a part reader sees of one document: its classified lines, from the end of its head (number, title,
/// addressees) to its last line, and where the extractor already found the signature, date and marker. Valid only
/// while the extractor runs (the lines live in a pooled array).
/// </summary>
internal sealed class DocumentSpan
{
    private readonly LineInfo[] _lines;

    public DocumentSpan(LineInfo[] lines, IReadOnlyList<Reading.SourceLine> source, int start, int titleEnd, int? number, int headEnd, int end, int? signature, int? date, int? marker)
    {
        _lines = lines;
        Source = source;
        Start = start;
        TitleEnd = titleEnd;
        Number = number;
        HeadEnd = headEnd;
        End = end;
        Signature = signature;
        Date = date;
        Marker = marker;
    }

    /// <summary>The bulletin's canonical lines (blank ones included), which outlive the extraction: what a part may keep a
    /// view of instead of copying lines.</summary>
    public IReadOnlyList<Reading.SourceLine> Source { get; }

    /// <summary>Index of the document's first line (its mark, or its title).</summary>
    public int Start { get; }

    /// <summary>Index of the title's last line (or of the number when there is no title).</summary>
    public int TitleEnd { get; }

    /// <summary>Index of the document number's line, when it has one (above or below the title).</summary>
    public int? Number { get; }

    /// <summary>Index of the head's last line: the addressees' last line when there are any.</summary>
    public int HeadEnd { get; }

    /// <summary>Index of the document's last non-blank line.</summary>
    public int End { get; }

    public int? Signature { get; }

    public int? Date { get; }

    public int? Marker { get; }

    public ref readonly LineInfo this[int index] => ref _lines[index];

    /// <summary>The first non-blank line after <paramref name="index"/>, not past the document's end.</summary>
    public int? NextNonBlank(int index)
    {
        for (var i = index + 1; i <= End; i++) if (!_lines[i].IsBlank) return i;
        return null;
    }

    /// <summary>The last non-blank line before <paramref name="index"/>, not before the document's start.</summary>
    public int? PreviousNonBlank(int index)
    {
        for (var i = index - 1; i >= Start; i--) if (!_lines[i].IsBlank) return i;
        return null;
    }

    public Located<T> At<T>(int index, T value) => new(value, _lines[index].Number, _lines[index].Page);
}

/// <summary>Reads one part of a document (addressees, headings, attachments, imprint…) into the extracted document.
/// One small reader per part, run in order after the head and tail are found.</summary>
internal interface IPartReader
{
    void Read(DocumentSpan span, ExtractedDocument document);
}
