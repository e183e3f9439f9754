using System.Text;
using Compliance.Checking.Analysis;
using Compliance.Checking.Reading;
using Compliance.Checking.Text;

namespace Compliance.Checking.Extraction;

/// <summary>
/// Splits a bulletin into documents and extracts each one's parts. A document starts at its issuing-organ mark
/// (版头) or, where the bulletin drops it, at its title; its head is found around a line holding only a document
/// number, or (for documents without a number) at a title followed by the addressees. It runs until the next
/// document: a plan it 印发s, its attachments and its colophon (版记) belong to it. Whatever precedes the first
/// document (cover, table of contents, editorial block) is not a document.
/// </summary>
internal sealed class DocumentExtractor
{
    private const int MaxTitleLines = 6;

    private readonly LineInfo[] _lines;

    private DocumentExtractor(LineInfo[] lines) => _lines = lines;

    public static (IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<TocEntry> Toc) Extract(SourceText text)
    {
        var lines = LineClassifier.Classify(text.Lines);
        var extractor = new DocumentExtractor(lines);
        var heads = extractor.FindHeads();
        var documents = new List<ExtractedDocument>(heads.Count);
        for (var i = 0; i < heads.Count; i++)
        {
            var end = i + 1 < heads.Count ? heads[i + 1].Start - 1 : lines.Length - 1;
            while (end > heads[i].Start && lines[end].IsBlank) end--;
            documents.Add(extractor.BuildDocument(heads[i], end, i + 1));
        }
        var tocEnd = heads.Count > 0 ? heads[0].Start : lines.Length;
        var toc = TocParser.Parse(lines.AsSpan(0, tocEnd));
        return (documents, toc);
    }

    /// <summary>The head of one document: line indexes (not numbers) of its parts.</summary>
    private sealed record Head(int Start, int? Mark, IReadOnlyList<int> TitleLines, int? Number, int End);

    private List<Head> FindHeads()
    {
        var heads = new List<Head>();
        var claimed = new bool[_lines.Length];

        void Add(Head head)
        {
            heads.Add(head);
            for (var i = head.Start; i <= head.End; i++) claimed[i] = true;
        }

        for (var i = 0; i < _lines.Length; i++)
        {
            if (_lines[i].Kind == LineKind.Number && !claimed[i]) Add(HeadAroundNumber(i));
        }
        // Documents without a number: a title that names its issuer, followed by the addressees.
        for (var i = 0; i < _lines.Length; i++)
        {
            if (_lines[i].Kind != LineKind.Addressee || claimed[i]) continue;
            var title = TitleAbove(i);
            if (title is null || !StartsWithOrgan(title) || title.Any(t => claimed[t])) continue;
            var mark = MarkAbove(title[0]);
            Add(new Head(mark ?? title[0], mark, title, null, i));
        }
        // Documents without a number under an issuing-organ mark.
        for (var i = 0; i < _lines.Length; i++)
        {
            if (_lines[i].Kind != LineKind.OrganMark || claimed[i]) continue;
            var title = TitleBelow(i);
            if (title is null || title.Any(t => claimed[t])) continue;
            Add(new Head(i, i, title, null, AddresseeAfter(title[^1]) ?? title[^1]));
        }
        heads.Sort((a, b) => a.Start.CompareTo(b.Start));
        return heads;
    }

    private Head HeadAroundNumber(int number)
    {
        var next = NextNonBlank(number);
        var addresseeNext = next is { } n && IsAddresseeStart(n);
        var above = TitleAbove(number);
        var below = addresseeNext ? null : TitleBelow(number);
        IReadOnlyList<int> title;
        int start;
        int end;
        if (above is not null && (addresseeNext || below is null))
        {
            title = above;
            start = above[0];
            end = AddresseeAfter(number) ?? number;
        }
        else if (below is not null)
        {
            title = below;
            start = number;
            end = AddresseeAfter(below[^1]) ?? below[^1];
        }
        else
        {
            title = [];
            start = number;
            end = AddresseeAfter(number) ?? number;
        }
        var mark = MarkAbove(start);
        return new Head(mark ?? start, mark, title, number, end);
    }

    /// <summary>Title lines ending just above <paramref name="index"/>: continuation lines, the line with 关于/印发,
    /// and above it only organ lines (the issuers, possibly joint).</summary>
    private List<int>? TitleAbove(int index)
    {
        var collected = new List<int>();
        var seenHead = false;
        for (var i = PreviousNonBlank(index); i is { } k && collected.Count < MaxTitleLines; i = PreviousNonBlank(k))
        {
            var line = _lines[k];
            if (!seenHead)
            {
                if (!IsTitlePart(line)) break;
                collected.Add(k);
                seenHead = IsTitleHead(line);
            }
            else if (line.Kind == LineKind.Organ) collected.Add(k);
            else break;
        }
        if (!seenHead) return null;
        collected.Reverse();
        return collected;
    }

    /// <summary>Title lines starting just below <paramref name="index"/> and running to the addressees.</summary>
    private List<int>? TitleBelow(int index)
    {
        var collected = new List<int>();
        var seenHead = false;
        for (var i = NextNonBlank(index); i is { } k && collected.Count < MaxTitleLines; i = NextNonBlank(k))
        {
            var line = _lines[k];
            if (line.Kind is LineKind.Addressee or LineKind.Number or LineKind.Date) break;
            if (!IsTitlePart(line)) break;
            if (seenHead && line.Kind == LineKind.Organ && IsAddresseeStart(k)) break;
            if (!seenHead && line.Kind != LineKind.Organ && !IsTitleHead(line)) return null;
            collected.Add(k);
            seenHead |= IsTitleHead(line);
        }
        return seenHead ? collected : null;
    }

    private bool StartsWithOrgan(List<int> title)
        => _lines[title[0]].Kind == LineKind.Organ || TitleIssuerPrefix(_lines[title[0]].Compact!) is { Length: > 0 };

    private static bool IsTitlePart(LineInfo line)
        => line.Kind is LineKind.Short or LineKind.Organ && line.Compact!.Length <= 90 && !StartsLikeListItem(line.Compact);

    private static bool IsTitleHead(LineInfo line)
    {
        var c = line.Compact!;
        return c.Contains("关于", StringComparison.Ordinal) || c.StartsWith("印发", StringComparison.Ordinal)
            || TitleIssuerPrefix(c) is { Length: > 0 } p && c.AsSpan(p.Length).StartsWith("印发");
    }

    private static bool StartsLikeListItem(string c)
        => c.Length > 1 && (c[0] is '（' or '(' && ChineseNumerals.ParseSmall(c[1].ToString()) is not null
                            || char.IsAsciiDigit(c[0]) || c[0] is '-' or '|' or '第' or '附'
                            || c.Length > 2 && c[1] == '、');

    private bool IsAddresseeStart(int index)
        => _lines[index].Kind == LineKind.Addressee
           || _lines[index].Compact is { } c && c.StartsWith('各') && NextNonBlank(index) is { } n && _lines[n].Kind == LineKind.Addressee;

    private int? AddresseeAfter(int index)
    {
        for (var i = NextNonBlank(index); i is { } k && k <= index + 6; i = NextNonBlank(k))
        {
            if (_lines[k].Kind == LineKind.Addressee) return k;
            if (!(_lines[k].Compact is { } c && c.StartsWith('各'))) return null;
        }
        return null;
    }

    private int? MarkAbove(int index) => PreviousNonBlank(index) is { } p && _lines[p].Kind == LineKind.OrganMark ? p : null;

    private int? NextNonBlank(int index)
    {
        for (var i = index + 1; i < _lines.Length; i++) if (!_lines[i].IsBlank) return i;
        return null;
    }

    private int? PreviousNonBlank(int index)
    {
        for (var i = index - 1; i >= 0; i--) if (!_lines[i].IsBlank) return i;
        return null;
    }

    private Located<T> At<T>(int index, T value) => new(value, _lines[index].Number, _lines[index].Source.Page);

    private ExtractedDocument BuildDocument(Head head, int end, int index)
    {
        var doc = new ExtractedDocument
        {
            Index = index,
            StartLine = _lines[head.Start].Number,
            EndLine = _lines[end].Number,
            Page = _lines[head.Start].Source.Page,
        };
        if (head.Mark is { } m) doc.Mark = At(m, _lines[m].Organs![0]);
        if (head.Number is { } n) doc.Number = At(n, _lines[n].DocNumber!);
        if (head.TitleLines.Count > 0)
        {
            var title = new StringBuilder();
            foreach (var t in head.TitleLines) title.Append(_lines[t].Compact);
            var titleText = title.ToString();
            doc.Title = At(head.TitleLines[0], titleText);
            doc.TitleIssuers = TitleIssuers(head.TitleLines, titleText);
            doc.Kind = DocumentKinds.Of(titleText);
        }
        ExtractTail(doc, head.End, end);
        doc.Issuer = doc.Mark?.Value ?? doc.TitleIssuers.FirstOrDefault() ?? doc.Signature?.Value.FirstOrDefault();
        doc.Issuers = doc.TitleIssuers.Count > 0 ? doc.TitleIssuers
            : doc.Signature is { } s ? s.Value
            : doc.Issuer is { } issuer ? [issuer] : [];
        return doc;
    }

    private IReadOnlyList<string> TitleIssuers(IReadOnlyList<int> titleLines, string titleText)
    {
        var organs = new List<string>();
        foreach (var t in titleLines)
        {
            var line = _lines[t];
            if (line.Kind == LineKind.Organ)
            {
                organs.AddRange(line.Organs!);
                continue;
            }
            // The line with 关于: organs before it, separated by spaces or glued to it.
            var prefix = TitleIssuerPrefix(line.Compact!);
            if (prefix is { Length: > 0 })
            {
                var tokens = TextNormalizer.Tokens(line.Raw);
                var spaced = tokens.TakeWhile(tok => OrganNames.IsOrganName(tok)).ToList();
                organs.AddRange(spaced.Count > 0 && string.Concat(spaced) == prefix ? spaced : [prefix]);
            }
            break;
        }
        return organs.Count > 0 ? organs : TitleIssuerPrefix(titleText) is { Length: > 0 } p ? [p] : [];
    }

    /// <summary>The organ name(s) before 关于 (or before 印发 when there is no 关于), or null.</summary>
    internal static string? TitleIssuerPrefix(string compactTitle)
    {
        var at = compactTitle.IndexOf("关于", StringComparison.Ordinal);
        if (at < 0) at = compactTitle.IndexOf("印发", StringComparison.Ordinal);
        if (at <= 0) return null;
        var prefix = compactTitle[..at];
        return OrganNames.IsOrganName(prefix) ? prefix : null;
    }

    /// <summary>Signature, date and publication marker: the first date line after the head, the organ lines just above
    /// it, and the marker (on the line after the date, or wherever extraction put it).</summary>
    private void ExtractTail(ExtractedDocument doc, int headEnd, int end)
    {
        int? dateIndex = null;
        int? markerIndex = null;
        for (var i = headEnd + 1; i <= end; i++)
        {
            var kind = _lines[i].Kind;
            if (kind == LineKind.Date && dateIndex is null) dateIndex = i;
            if (kind == LineKind.Marker && markerIndex is null) markerIndex = i;
            if (dateIndex is not null && markerIndex is not null && markerIndex > dateIndex) break;
            if (dateIndex is { } d && i > d + 8) break;
        }
        if (dateIndex is { } date)
        {
            var dateLine = _lines[date].Date!;
            doc.Date = At(date, dateLine);
            doc.Signature = SignatureAbove(date);
            if (dateLine.InlineSignature.Count > 0)
            {
                // Signed on the date's line; a joint document may have further organs on the lines above.
                var organs = (doc.Signature?.Value ?? []).Concat(dateLine.InlineSignature).ToList();
                doc.Signature = new Located<IReadOnlyList<string>>(organs, doc.Signature?.Line ?? _lines[date].Number, doc.Signature?.Page ?? _lines[date].Source.Page);
            }
            if (dateLine.InlineMarker is { } inline)
            {
                doc.Marker = At(date, inline);
                doc.MarkerFollowsDate = true;
                return;
            }
            // A marker printed after the date wins over an earlier one that extraction displaced.
            if (NextNonBlank(date) is { } after && after <= end && _lines[after].Kind == LineKind.Marker) markerIndex = after;
        }
        else if (markerIndex is { } mk)
        {
            doc.Signature = SignatureAbove(mk);
        }
        if (markerIndex is { } marker)
        {
            doc.Marker = At(marker, _lines[marker].Marker!);
            doc.MarkerFollowsDate = dateIndex is { } dd && NextNonBlank(dd) == marker;
            doc.MarkerDisplacedByExtraction = !doc.MarkerFollowsDate && InsideBrokenSentence(marker);
        }
    }

    private Located<IReadOnlyList<string>>? SignatureAbove(int index)
    {
        var organs = new List<string>();
        var first = -1;
        for (var i = PreviousNonBlank(index); i is { } k && _lines[k].Kind == LineKind.Organ; i = PreviousNonBlank(k))
        {
            organs.InsertRange(0, _lines[k].Organs!);
            first = k;
        }
        return first < 0 ? null : At<IReadOnlyList<string>>(first, organs);
    }

    // A marker between two parts of one sentence (the line before it does not end a sentence) was moved there
    // by text extraction from a page layout; where it really stands cannot be told from the text.
    private bool InsideBrokenSentence(int marker)
    {
        if (PreviousNonBlank(marker) is not { } before || NextNonBlank(marker) is not { } after) return false;
        var prev = _lines[before];
        if (prev.Kind is LineKind.Organ or LineKind.Date or LineKind.Number or LineKind.Addressee) return false;
        var text = prev.Compact ?? prev.Raw.TrimEnd();
        var last = text.Length > 0 ? text[^1] : '。';
        return last is not ('。' or '；' or ';' or '！' or '？' or '：' or ':' or '）' or ')') && _lines[after].Kind is LineKind.Body or LineKind.Short;
    }
}
