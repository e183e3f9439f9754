using Compliance.Checking.Reading;

namespace Compliance.Checking.Analysis;

internal enum LineKind : byte
{
    Blank,
    /// <summary>Running text: long, or ending like a sentence.</summary>
    Body,
    /// <summary>A short line of no special kind (title parts, headings, list items).</summary>
    Short,
    /// <summary>Issuing-organ mark (版头): an organ name followed by 文件.</summary>
    OrganMark,
    /// <summary>One or more organ names and nothing else.</summary>
    Organ,
    Number,
    Date,
    Marker,
    /// <summary>Addressees (主送机关), ending with a colon.</summary>
    Addressee,
    /// <summary>A table-of-contents entry: dotted leaders and a page number, or a catalogue row with tabs.</summary>
    Contents,
    /// <summary>A row of a table drawn with pipes (<c>| a | b |</c>) or its separator: never part of a document's head or tail.</summary>
    TableRow,
    /// <summary>A gazette's section head between documents: <c>【部门文件】</c>, or a generic name with 文件 such as
    /// <c>市政府办公室文件</c> (no place name, so no issuing-organ mark).</summary>
    SectionHead,
}

/// <summary>One line with what it looks like. Only short lines are analysed: running text cannot be a head or tail part.
/// A struct in one array per bulletin: classifying allocates nothing per line but the compact text.</summary>
internal readonly struct LineInfo
{
    public const int MaxAnalysedLength = 160;

    public LineInfo(SourceLine source, LineKind kind, string? compact = null, object? parsed = null)
    {
        Raw = source.Text;
        Number = source.Number;
        _page = source.Page ?? 0;
        Kind = kind;
        Compact = compact;
        _parsed = parsed;
    }

    // The parsed form of the line for its kind: DocNumber, DocDate, PublicationMarker or the organ names.
    private readonly object? _parsed;

    // The source line's fields, not the SourceLine itself: a page of 0 is none. 40 bytes a line instead of 48.
    private readonly int _page;

    public SourceLine Source => new(Number, Raw, Page);

    public int Number { get; }

    public int? Page => _page == 0 ? null : _page;

    public string Raw { get; }

    /// <summary>Without spaces; null for running text (long lines, sentences), which is never a
    /// head or tail part and so is not compacted.</summary>
    public string? Compact { get; }

    /// <summary>True when the line (compacted, or as printed without leading white space) starts with <paramref name="prefix"/>.</summary>
    public bool StartsWith(string prefix)
    {
        var text = Compact is { } c ? c.AsSpan() : Text.TextNormalizer.TrimStart(Raw);
        // The first character settles nearly every line: a part reader asks this of every line of a document.
        return prefix.Length == 0 || text.Length >= prefix.Length && text[0] == prefix[0] && text.StartsWith(prefix, StringComparison.Ordinal);
    }

    public LineKind Kind { get; }

    public DocNumber? DocNumber => _parsed as DocNumber;

    public DocDate? Date => _parsed as DocDate;

    public PublicationMarker? Marker => _parsed as PublicationMarker;

    public string[]? Organs => _parsed as string[];

    public bool IsBlank => Kind == LineKind.Blank;
}
