using Compliance.Checking.Reading;

namespace Compliance.Checking.Analysis;

internal enum LineKind
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
        Source = source;
        Kind = kind;
        Compact = compact;
        _parsed = parsed;
    }

    // The parsed form of the line for its kind: DocNumber, DocDate, PublicationMarker or the organ names.
    private readonly object? _parsed;

    public SourceLine Source { get; }

    public int Number => Source.Number;

    public string Raw => Source.Text;

    /// <summary>Without spaces and Markdown bold; null for long lines (never analysed).</summary>
    public string? Compact { get; }

    public LineKind Kind { get; }

    public DocNumber? DocNumber => _parsed as DocNumber;

    public DocDate? Date => _parsed as DocDate;

    public PublicationMarker? Marker => _parsed as PublicationMarker;

    public string[]? Organs => _parsed as string[];

    public bool IsBlank => Kind == LineKind.Blank;
}
