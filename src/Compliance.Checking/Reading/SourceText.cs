namespace Compliance.Checking.Reading;

/// <summary>One line of a bulletin's text, with its 1-based number in the source and, for paged input, its page.</summary>
public readonly record struct SourceLine(int Number, string Text, int? Page = null);

/// <summary>A bulletin read into lines. Line numbers are those of the source (removed furniture leaves gaps).</summary>
public sealed class SourceText
{
    public SourceText(string format, string? encoding, IReadOnlyList<SourceLine> lines)
    {
        Format = format;
        Encoding = encoding;
        Lines = lines;
    }

    /// <summary>Container format: <c>text</c>, <c>docx</c> or <c>pdf</c>.</summary>
    public string Format { get; }

    /// <summary>Text encoding for text input (utf-8, utf-16le, utf-16be, gb18030); the format name otherwise.</summary>
    public string? Encoding { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Same text with other lines (e.g. after print furniture was removed).</summary>
    public SourceText WithLines(IReadOnlyList<SourceLine> lines) => new(Format, Encoding, lines);
}
