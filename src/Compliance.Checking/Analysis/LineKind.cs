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
}

/// <summary>One line with what it looks like. Only short lines are analysed: running text cannot be a head or tail part.</summary>
internal sealed class LineInfo
{
    public const int MaxAnalysedLength = 160;

    public LineInfo(SourceLine source)
    {
        Source = source;
    }

    public SourceLine Source { get; }

    public int Number => Source.Number;

    public string Raw => Source.Text;

    /// <summary>Without spaces and Markdown bold; null for long lines (never analysed).</summary>
    public string? Compact { get; set; }

    public LineKind Kind { get; set; }

    public DocNumber? DocNumber { get; set; }

    public DocDate? Date { get; set; }

    public PublicationMarker? Marker { get; set; }

    public string[]? Organs { get; set; }

    public bool IsBlank => Kind == LineKind.Blank;
}
