using System.Text;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Fixing;

/// <summary>
/// Writes corrections into a text file: each finding's suggestion in place of its evidence, found on the finding's
/// source line. The file's encoding, byte-order mark and line endings are kept, and every byte outside the characters a
/// correction changes is copied from the original, not decoded and encoded again.
/// </summary>
/// <remarks>The same placement gives SARIF its <c>fixes</c> (<see cref="Replacements"/>), so that what an editor
/// applies from a SARIF log is what <c>compliance fix</c> writes.</remarks>
internal sealed class TextCorrector : ICorrector
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _bytes;
    private readonly Encoding _encoding;
    private readonly int _preamble;
    private readonly string _text;
    private readonly List<int> _lineStarts = [0]; // index 0 unused: lines are 1-based

    private TextCorrector(byte[] bytes, Encoding encoding, int preamble)
    {
        _bytes = bytes;
        _encoding = encoding;
        _preamble = preamble;
        _text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
        // Numbered as TextBulletinReader numbers them: CR LF, CR and LF each end a line; a leading U+FEFF is not text.
        var at = _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
        _lineStarts.Add(at);
        for (var i = at; i < _text.Length; i++)
        {
            if (_text[i] == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n') i++;
            else if (_text[i] is not ('\r' or '\n')) continue;
            _lineStarts.Add(i + 1);
        }
    }

    /// <summary>True for the encodings the text reader reports: the files a corrector can rewrite.</summary>
    public static bool IsText(string? encoding) => encoding is "utf-8" or "utf-16le" or "utf-16be" or "gb18030";

    /// <summary>A corrector for a text file the checker read in <paramref name="encoding"/> (as reported), or null
    /// when the bytes are not that text.</summary>
    public static TextCorrector? For(byte[] bytes, string? encoding)
    {
        ReadOnlySpan<byte> span = bytes;
        try
        {
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(bytes, StrictUtf8, 3);
            if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(bytes, new UnicodeEncoding(false, false, true), 2);
            if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(bytes, new UnicodeEncoding(true, false, true), 2);
            return encoding switch
            {
                "utf-8" => new(bytes, StrictUtf8, 0),
                "gb18030" => new(bytes, TextBulletinReader.StrictGb18030, 0),
                _ => null,
            };
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public (byte[]? Content, List<(Finding Finding, string Before)> Applied, List<Finding> NotFound) Apply(IEnumerable<Finding> findings)
    {
        var edits = new List<(int Start, int End, string Insert)>();
        var applied = new List<(Finding, string)>();
        var notFound = new List<Finding>();
        foreach (var finding in findings)
        {
            if (finding is not { Suggestion: { } suggestion, Evidence: { } evidence, Line: { } line }) continue;
            var placed = Place(line, evidence, suggestion);
            if (placed is null)
            {
                notFound.Add(finding);
                continue;
            }
            if (placed.Any(p => edits.Any(e => p.Start < e.End && e.Start < p.End || p.Start == e.Start && p.End == e.End))) continue;
            edits.AddRange(placed);
            applied.Add((finding, evidence));
        }
        return (edits.Count == 0 ? null : Write(edits), applied, notFound);
    }

    /// <summary>The file edits that turn the evidence on <paramref name="line"/> into the suggestion, or null.</summary>
    private List<(int Start, int End, string Insert)>? Place(int line, string evidence, string suggestion)
    {
        if (line < 1 || line >= _lineStarts.Count) return null;
        // The evidence starts on the finding's line, or — for a part joined from print lines and reported at its last
        // line (the addressees' colon) — on one of the lines just before it, and then runs into the finding's line.
        var from = _lineStarts[line];
        var to = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : _text.Length;
        int[]? map = EvidenceLocator.Locate(_text, from, to, evidence);
        for (var earlier = line - 1; map is null && earlier >= Math.Max(1, line - EvidenceLocator.MaxLineBreaks); earlier--)
        {
            map = EvidenceLocator.Locate(_text, _lineStarts[earlier], _lineStarts[earlier + 1], evidence);
            if (map is not null && map.Max() < from) map = null;
        }
        if (map is null) return null;

        var placed = new List<(int, int, string)>();
        foreach (var edit in CharacterEdits.Between(evidence, suggestion))
        {
            var (start, end) = EvidenceLocator.Span(map, edit);
            if (SplitsPair(start) || SplitsPair(end)) return null;
            placed.Add((start, end, edit.Insert));
        }
        return placed;
    }

    /// <summary>The replacements that make <paramref name="finding"/>'s correction, as 1-based line and UTF-16 column
    /// regions of the file (end exclusive, as SARIF counts them); null when it has none or its evidence is not there.</summary>
    public IReadOnlyList<Replacement>? Replacements(Finding finding)
    {
        if (finding is not { Suggestion: { } suggestion, Evidence: { } evidence, Line: { } line }) return null;
        return Place(line, evidence, suggestion)?.Select(p =>
        {
            var (startLine, startColumn) = LineAndColumn(p.Start);
            var (endLine, endColumn) = LineAndColumn(p.End);
            return new Replacement(startLine, startColumn, endLine, endColumn, p.Insert);
        }).ToList();
    }

    private (int Line, int Column) LineAndColumn(int position)
    {
        var index = _lineStarts.BinarySearch(1, _lineStarts.Count - 1, position, Comparer<int>.Default);
        if (index < 0) index = ~index - 1;
        // Equal starts (none here: every line holds at least its break) would make the search ambiguous.
        return (index, position - _lineStarts[index] + 1);
    }

    private bool SplitsPair(int at) => at > 0 && at < _text.Length && char.IsLowSurrogate(_text[at]) && char.IsHighSurrogate(_text[at - 1]);

    private byte[] Write(List<(int Start, int End, string Insert)> edits)
    {
        edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        using var output = new MemoryStream(_bytes.Length + 64);
        var bytePos = _preamble;
        output.Write(_bytes, 0, _preamble);
        var charPos = 0;
        foreach (var (start, end, insert) in edits)
        {
            var kept = _encoding.GetByteCount(_text.AsSpan(charPos, start - charPos));
            output.Write(_bytes, bytePos, kept);
            bytePos += kept + _encoding.GetByteCount(_text.AsSpan(start, end - start));
            output.Write(_encoding.GetBytes(insert));
            charPos = end;
        }
        output.Write(_bytes, bytePos, _bytes.Length - bytePos);
        return output.ToArray();
    }
}
