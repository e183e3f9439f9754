using System.Buffers;
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
/// document (cover, table of contents, editorial block) is not a document, and neither is a head without a body
/// (an entry of a contents page that lists numbers). Decrees and minutes (GB/T 9704 §10) start at their mark
/// (<see cref="SpecialHeads"/>), which owns the number under it.
/// </summary>
/// <remarks>
/// Neighbours stay out: a title starts at the issuing organ's name (or at 关于) and ends at the document kind (文种).
/// Organ lines above a title, and above the signature, are what a list of units or the previous document's
/// signature also looks like; beyond the line next to the title (or the date) they are taken only when the document's
/// other end names one of their organs, or when the issuing-organ mark stands above them.
/// </remarks>
internal sealed class DocumentExtractor
{
    private const int MaxTitleLines = 6;

    // A joint document's issuers above its title, and its signature block, one or a few organs per line.
    private const int MaxIssuerLines = 4;
    private const int MaxSignatureLines = 8;

    // The classified lines: a pooled array, of which the first _count are the bulletin's (a large bulletin's array
    // would otherwise be a large-object allocation per check).
    private readonly LineInfo[] _lines;
    private readonly int _count;

    // The bulletin's lines as the canonical stage gave them: kept by the documents for what a rule may look up later.
    private readonly IReadOnlyList<SourceLine> _source;

    // The readers of the parts beyond head and tail (PartReaders, or a subset where a benchmark measures one).
    private readonly IReadOnlyList<Parts.IPartReader> _partReaders;

    private DocumentExtractor(LineInfo[] lines, int count, IReadOnlyList<SourceLine> source, IReadOnlyList<Parts.IPartReader> partReaders)
    {
        _partReaders = partReaders;
        _source = source;
        _lines = lines;
        _count = count;
    }

    /// <param name="text">The bulletin's lines.</param>
    /// <param name="isShortName">True for a short name (规范化简称) the deployment registered: such a name with 文件 is an
    /// issuing-organ mark even without a place (市政府办公室文件); unregistered, it is a gazette's section head.</param>
    public static (IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<TocEntry> Toc) Extract(SourceText text, Func<string, bool>? isShortName = null)
        => Extract(text, isShortName, PartReaders);

    /// <summary>As <see cref="Extract(SourceText, Func{string, bool}?)"/>, with these part readers only (in
    /// <see cref="PartReaders"/>' order): what ExtractionBenchmarks measures each reader's cost by.</summary>
    internal static (IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<TocEntry> Toc) Extract(SourceText text, Func<string, bool>? isShortName, IReadOnlyList<Parts.IPartReader> partReaders)
    {
        var lines = ArrayPool<LineInfo>.Shared.Rent(Math.Max(1, text.Lines.Count));
        try
        {
            var count = LineClassifier.Classify(text.Lines, lines);
            if (isShortName is not null) PromoteMarks(lines.AsSpan(0, count), isShortName);
            return new DocumentExtractor(lines, count, text.Lines, partReaders).Extract();
        }
        finally
        {
            ArrayPool<LineInfo>.Shared.Return(lines, clearArray: true);
        }
    }

    private (IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<TocEntry> Toc) Extract()
    {
        var heads = FindHeads();

        // Each document's tail is read up to where the next one's head (without its unconfirmed issuer lines) starts;
        // the issuer lines above a title are then confirmed against the document's own signature.
        var tails = new Tail[heads.Count];
        for (var i = 0; i < heads.Count; i++)
        {
            tails[i] = ReadTail(heads[i], EndBefore(i + 1 < heads.Count ? heads[i + 1].Start : _count, heads[i].Start));
        }
        for (var i = 0; i < heads.Count; i++)
        {
            var taken = i > 0 ? tails[i - 1].Used : null;
            heads[i] = ConfirmIssuerLines(heads[i], tails[i], taken);
        }

        var documents = new List<ExtractedDocument>(heads.Count);
        for (var i = 0; i < heads.Count; i++)
        {
            var end = EndBefore(i + 1 < heads.Count ? heads[i + 1].Start : _count, heads[i].Start);
            documents.Add(BuildDocument(heads[i], tails[i], end, i + 1));
        }
        var tocEnd = heads.Count > 0 ? heads[0].Start : _count;
        var toc = TocParser.Parse(_lines.AsSpan(0, tocEnd));
        return (documents, toc);
    }

    /// <summary>A registered short name with 文件 is the mark it heads documents with.</summary>
    private static void PromoteMarks(Span<LineInfo> lines, Func<string, bool> isShortName)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Kind != LineKind.SectionHead || !lines[i].Compact!.EndsWith("文件", StringComparison.Ordinal)) continue;
            var name = lines[i].Compact![..^2];
            if (isShortName(name)) lines[i] = new LineInfo(lines[i].Source, LineKind.OrganMark, lines[i].Compact, new[] { name });
        }
    }

    /// <summary>The last non-blank line before <paramref name="next"/>, not before <paramref name="start"/>.</summary>
    private int EndBefore(int next, int start)
    {
        var end = next - 1;
        while (end > start && _lines[end].IsBlank) end--;
        return end;
    }

    /// <summary>
    /// The head of one document: line indexes of its parts. <paramref name="IssuerCandidates"/> are organ lines above
    /// the title (nearest first) that belong to it only if confirmed (see <see cref="ConfirmIssuerLines"/>).
    /// </summary>
    private sealed record Head(int Start, int? Mark, IReadOnlyList<int> TitleLines, int? Number, int End, IReadOnlyList<int> IssuerCandidates);

    /// <summary>A title found above or below an anchor: its lines, and the organ lines above it still to be confirmed.</summary>
    private sealed record TitleBlock(IReadOnlyList<int> Lines, IReadOnlyList<int> Candidates)
    {
        /// <summary>The topmost line the title may start at (its farthest candidate), or <paramref name="anchor"/> for none.</summary>
        public int Top(int anchor) => Candidates.Count > 0 ? Candidates[^1] : Lines.Count > 0 ? Lines[0] : anchor;
    }

    /// <summary>Signature, date and marker as found, with the organ lines a signature block could span.</summary>
    private sealed record Tail(int? Date, int? Marker, IReadOnlyList<int> SignatureLines, bool MarkerFollowsDate)
    {
        public HashSet<int> Used => [.. SignatureLines];
    }

    private List<Head> FindHeads()
    {
        var heads = new List<Head>();
        var claimed = new bool[_count];

        void Add(Head head)
        {
            heads.Add(head);
            for (var i = head.Start; i <= head.End; i++) claimed[i] = true;
        }

        // Decrees and minutes first: their marks own the number under them (GB/T 9704 §10).
        foreach (var special in SpecialHeads.Find(_lines, _count, claimed)) Add(new Head(special.Mark, null, [], special.Number, special.End, []));
        for (var i = 0; i < _count; i++)
        {
            if (_lines[i].Kind == LineKind.Number && !claimed[i]) Add(HeadAroundNumber(i));
        }
        // Documents without a number: a title that names its issuer, followed by the addressees.
        for (var i = 0; i < _count; i++)
        {
            if (_lines[i].Kind != LineKind.Addressee || claimed[i]) continue;
            var title = TitleAbove(AddresseeTop(i));
            if (title is null || title.Lines.Count == 0 || !NamesIssuer(title) || title.Lines.Any(t => claimed[t])) continue;
            Add(WithMark(new Head(title.Lines[0], null, title.Lines, null, i, title.Candidates), MarkAbove(title.Top(i))));
        }
        // Documents without a number under an issuing-organ mark.
        for (var i = 0; i < _count; i++)
        {
            if (_lines[i].Kind != LineKind.OrganMark || claimed[i]) continue;
            var title = TitleBelow(i);
            if (title is null || title.Any(t => claimed[t])) continue;
            Add(new Head(i, i, title, null, AddresseeAfter(title[^1]) ?? title[^1], []));
        }
        AddPublicNotices(claimed, Add);
        heads.Sort((a, b) => a.Start.CompareTo(b.Start));
        return WithBodies(heads);
    }

    // The kinds addressed to the public, which have no addressees (主送机关). Not 公报: a gazette's running header
    // (…人民政府公报) ends with it on every page, and a 公报's title has no 关于 to find it by.
    private static readonly string[] PublicKinds = ["公告", "通告", "决议"];

    /// <summary>
    /// Documents without a number, a mark or addressees: a title of a kind addressed to the public that names its
    /// issuer, followed by running text, and signed by that issuer above the first date after it. The signature
    /// stands in for the head's other parts: a heading inside a body that merely looks like such a title is not
    /// signed by the organ it names.
    /// </summary>
    private void AddPublicNotices(bool[] claimed, Action<Head> add)
    {
        int? nextDate = null;
        var nextClaimed = _count;
        for (var i = _count - 1; i >= 0; i--)
        {
            // Scanning backwards keeps the nearest date and the nearest claimed line below i at hand: one pass in all.
            if (claimed[i]) nextClaimed = i;
            if (_lines[i].Kind == LineKind.Date) nextDate = i;
            if (claimed[i] || !IsTitlePart(_lines[i]) || DocumentKinds.Of(_lines[i].Compact!) is not { } kind || Array.IndexOf(PublicKinds, kind) < 0) continue;
            if (!DocumentKinds.EndsTitle(_lines[i].Compact!) || NextNonBlank(i) is not { } first || _lines[first].Kind is not (LineKind.Body or LineKind.Short)) continue;
            if (nextDate is not { } date || date > nextClaimed || PreviousNonBlank(date) is not { } signature || _lines[signature].Kind != LineKind.Organ) continue;
            var title = TitleAbove(i + 1);
            if (title is null || title.Lines.Count == 0 || title.Lines[^1] != i || AnyClaimed(claimed, title.Lines)) continue;
            var issuer = _lines[title.Lines[0]].Kind == LineKind.Organ ? _lines[title.Lines[0]].Organs![0] : TitleIssuerPrefix(_lines[title.Lines[0]].Compact!);
            if (issuer is null || !Names(_lines[signature].Organs!, issuer)) continue;
            add(WithMark(new Head(title.Lines[0], null, title.Lines, null, i, title.Candidates), MarkAbove(title.Top(i))));
            nextClaimed = title.Lines[0];
        }
    }

    // Loops, not lambdas: a closure over a loop variable would be allocated on every line scanned.
    private static bool AnyClaimed(bool[] claimed, IReadOnlyList<int> lines)
    {
        foreach (var line in lines)
        {
            if (claimed[line]) return true;
        }
        return false;
    }

    /// <summary>True when one of the signing organs is the title's issuer, or the first of a joint title's issuers
    /// written together (江州市公安局江州市应急管理局关于…).</summary>
    private static bool Names(IReadOnlyList<string> organs, string issuer)
    {
        foreach (var o in organs)
        {
            if (OrganNames.SameOrgan(o, issuer) || issuer.StartsWith(o, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// Drops heads that have no body before the next head: every document has running text, a contents page that
    /// lists document numbers line by line has none.
    /// </summary>
    private List<Head> WithBodies(List<Head> heads)
    {
        var kept = new List<Head>(heads.Count);
        for (var i = heads.Count - 1; i >= 0; i--)
        {
            var next = kept.Count > 0 ? kept[^1].Start : _count;
            var hasBody = false;
            for (var k = heads[i].End + 1; k < next && !hasBody; k++) hasBody = _lines[k].Kind is LineKind.Body;
            if (hasBody) kept.Add(heads[i]);
        }
        kept.Reverse();
        return kept;
    }

    private Head HeadAroundNumber(int number)
    {
        var next = NextNonBlank(number);
        var addresseeNext = next is { } n && IsAddresseeStart(n);
        var above = TitleAbove(number);
        var below = addresseeNext ? null : TitleBelow(number);
        if (above is not null && above.Lines.Count > 0 && (addresseeNext || below is null))
        {
            return WithMark(new Head(above.Lines[0], null, above.Lines, number, AddresseeAfter(number) ?? number, above.Candidates), MarkAbove(above.Top(number)));
        }
        if (below is not null)
        {
            return WithMark(new Head(number, null, below, number, AddresseeAfter(below[^1]) ?? below[^1], []), MarkAbove(number));
        }
        // No title: perhaps only the issuer's name is left above the number, to be confirmed by the signature.
        return WithMark(new Head(number, null, [], number, AddresseeAfter(number) ?? number, above?.Candidates ?? []), MarkAbove(above?.Top(number) ?? number));
    }

    /// <summary>The head with its issuing-organ mark: the mark bounds the head, so every organ line below it belongs to the title.</summary>
    private static Head WithMark(Head head, int? mark)
    {
        if (mark is not { } m) return head;
        var title = head.IssuerCandidates.Reverse().Concat(head.TitleLines).ToList();
        return head with { Start = m, Mark = m, TitleLines = title, IssuerCandidates = [] };
    }

    /// <summary>
    /// The title ending just above <paramref name="index"/>: continuation lines up to the line with 关于 (or 印发),
    /// then the organ lines above it. The organ line right above a title that does not name its issuer itself is
    /// the issuer; further organ lines are candidates. Null when no title ends there.
    /// </summary>
    private TitleBlock? TitleAbove(int index)
    {
        var collected = new List<int>();
        int? headLine = null;
        for (var i = PreviousNonBlank(index); i is { } k && collected.Count < MaxTitleLines; i = PreviousNonBlank(k))
        {
            var line = _lines[k];
            if (!IsTitlePart(line)) break;
            // A line ending with a document kind above the title's last line ends another title (or a contents entry) —
            // unless the title's head is further up: a long title wrapped after a kind it names (…重大执法决定 / 法制审核…的通知).
            if (collected.Count > 0 && DocumentKinds.EndsTitle(line.Compact!) && !_lines[collected[^1]].Compact!.StartsWith('的')
                && !HeadAbove(k, MaxTitleLines - collected.Count)) break;
            collected.Add(k);
            if (IsTitleHead(line))
            {
                headLine = k;
                break;
            }
        }
        if (headLine is not { } head)
        {
            // Only organ lines above the anchor: an issuer whose title is gone, to be confirmed.
            return new TitleBlock([], OrganRunAbove(index, []));
        }
        collected.Reverse();
        var organs = new HashSet<string>(StringComparer.Ordinal);
        var prefix = TitleIssuerPrefix(_lines[head].Compact!);
        if (prefix is not null) organs.Add(prefix);
        var run = OrganRunAbove(head, organs);
        if (run.Count > 0 && prefix is null && !_lines[run[0]].Organs!.Any(OrganNames.IsRelative))
        {
            collected.Insert(0, run[0]);
            run = run.Skip(1).ToList();
        }
        return new TitleBlock(collected, run);
    }

    /// <summary>Organ lines directly above <paramref name="index"/>, nearest first, stopping at an organ already named.</summary>
    private List<int> OrganRunAbove(int index, HashSet<string> named)
    {
        var run = new List<int>();
        for (var i = PreviousNonBlank(index); i is { } k && run.Count < MaxIssuerLines && _lines[k].Kind == LineKind.Organ; i = PreviousNonBlank(k))
        {
            var organs = _lines[k].Organs!;
            if (organs.Any(o => !named.Add(o))) break; // a title never names one organ twice
            run.Add(k);
        }
        return run;
    }

    /// <summary>Title lines starting just below <paramref name="index"/>, running to the document kind or the addressees.</summary>
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
            if (seenHead && DocumentKinds.EndsTitle(_lines[collected[^1]].Compact!) && !line.Compact!.StartsWith('的')
                && (IsTitleHead(line) || !KindBelow(k, MaxTitleLines - collected.Count))) break;
            collected.Add(k);
            seenHead |= IsTitleHead(line);
        }
        // A kind the title names may end a printed line inside it: the title ends at the last line ending with a kind.
        while (seenHead && collected.Count > 1 && !DocumentKinds.EndsTitle(_lines[collected[^1]].Compact!) && collected.Skip(1).Any(t => DocumentKinds.EndsTitle(_lines[t].Compact!)))
        {
            collected.RemoveAt(collected.Count - 1);
        }
        return seenHead ? collected : null;
    }

    /// <summary>A title's head (its line with 关于 or 印发) at or above <paramref name="index"/>, within <paramref name="lines"/>
    /// title lines.</summary>
    private bool HeadAbove(int index, int lines)
    {
        for (int? i = index; i is { } k && lines-- > 0 && IsTitlePart(_lines[k]); i = PreviousNonBlank(k))
        {
            if (IsTitleHead(_lines[k])) return true;
        }
        return false;
    }

    /// <summary>A title line ending with a kind at or below <paramref name="index"/>, within <paramref name="lines"/> lines of
    /// title parts that start no other title.</summary>
    private bool KindBelow(int index, int lines)
    {
        for (int? i = index; i is { } k && lines-- > 0 && IsTitlePart(_lines[k]) && !IsTitleHead(_lines[k])
             && _lines[k].Kind is not (LineKind.Addressee or LineKind.Number or LineKind.Date); i = NextNonBlank(k))
        {
            if (DocumentKinds.EndsTitle(_lines[k].Compact!)) return true;
        }
        return false;
    }

    private bool NamesIssuer(TitleBlock title)
        => title.Candidates.Count > 0 || _lines[title.Lines[0]].Kind == LineKind.Organ || TitleIssuerPrefix(_lines[title.Lines[0]].Compact!) is { Length: > 0 };

    private static bool IsTitlePart(LineInfo line)
        => line.Kind is LineKind.Short or LineKind.Organ && line.Compact!.Length <= 90 && !StartsLikeListItem(line.Compact);

    private static readonly string[] TitleVerbs = ["印发", "转发", "批转"];

    private static bool IsTitleHead(LineInfo line)
    {
        if (line.Compact is not { } c) return false; // running text
        if (c.Contains("关于", StringComparison.Ordinal)) return true;
        foreach (var verb in TitleVerbs)
        {
            if (c.StartsWith(verb, StringComparison.Ordinal) || TitleIssuerPrefix(c) is { Length: > 0 } p && c.AsSpan(p.Length).StartsWith(verb)) return true;
        }
        return false;
    }

    private static bool StartsLikeListItem(string c)
        => c.Length > 1 && (c[0] is '（' or '(' && c.AsSpan(1, Math.Min(4, c.Length - 1)).IndexOfAny('）', ')') > 0 && ChineseNumerals.ParseSmall(c[1].ToString()) is not null
                            || char.IsAsciiDigit(c[0]) && NumberedItem(c) || c[0] is '|' or '第' or '附'
                            || c.Length > 2 && c[1] == '、');

    /// <summary>1. 2、 3） 10．: a number that numbers an item. A title cut inside a year (…（2019-20 / 21年）》的通知) goes on
    /// with digits that number nothing.</summary>
    private static bool NumberedItem(string c)
    {
        var i = 0;
        while (i < c.Length && char.IsAsciiDigit(c[i])) i++;
        return i < c.Length && c[i] is '.' or '．' or '、' or ')' or '）' or '，' or ',';
    }

    private bool IsAddresseeStart(int index)
        => _lines[index].Kind == LineKind.Addressee
           || _lines[index].StartsWith("各") && NextNonBlank(index) is { } n && _lines[n].Kind == LineKind.Addressee;

    /// <summary>The first line of addressees that wrap over several lines (各镇人民政府，… / …各有关单位：).</summary>
    private int AddresseeTop(int addressee)
    {
        var top = addressee;
        for (var i = PreviousNonBlank(addressee); i is { } k && addressee - k <= 6 && _lines[k].Kind is LineKind.Short or LineKind.Body && !IsTitleHead(_lines[k]); i = PreviousNonBlank(k))
        {
            if (_lines[k].StartsWith("各")) return k;
        }
        return top;
    }

    private int? AddresseeAfter(int index)
    {
        for (var i = NextNonBlank(index); i is { } k && k <= index + 6; i = NextNonBlank(k))
        {
            if (_lines[k].Kind == LineKind.Addressee) return k;
            if (!_lines[k].StartsWith("各")) return null;
        }
        return null;
    }

    private int? MarkAbove(int index) => PreviousNonBlank(index) is { } p && _lines[p].Kind == LineKind.OrganMark ? p : null;

    private int? NextNonBlank(int index)
    {
        for (var i = index + 1; i < _count; i++) if (!_lines[i].IsBlank) return i;
        return null;
    }

    private int? PreviousNonBlank(int index)
    {
        for (var i = index - 1; i >= 0; i--) if (!_lines[i].IsBlank) return i;
        return null;
    }

    private Located<T> At<T>(int index, T value) => new(value, _lines[index].Number, _lines[index].Page);

    /// <summary>
    /// Takes the organ lines above a title that the document itself confirms: the nearest first, as long as each names
    /// an organ of the signature (a joint document signs for every issuer its title names) or the organ its number's
    /// agency code abbreviates (吕农发 for 吕梁市农业农村局, the lead issuer). A list of units or the previous
    /// document's signature names none of them and stays where it is.
    /// </summary>
    private Head ConfirmIssuerLines(Head head, Tail tail, HashSet<int>? takenByPrevious)
    {
        if (head.IssuerCandidates.Count == 0) return head;
        var signed = tail.SignatureLines.SelectMany(s => _lines[s].Organs!).ToList();
        var code = head.Number is { } n ? _lines[n].DocNumber!.AgencyCode : null;
        var confirmed = new List<int>();
        foreach (var candidate in head.IssuerCandidates)
        {
            if (takenByPrevious?.Contains(candidate) == true) break;
            var organs = _lines[candidate].Organs!;
            if (!organs.Any(o => signed.Any(s => OrganNames.SameOrgan(o, s)) || code is not null && OrganNames.Abbreviates(code, o))) break;
            confirmed.Add(candidate);
        }
        if (confirmed.Count == 0) return head with { IssuerCandidates = [] };
        confirmed.Reverse();
        return head with { Start = confirmed[0], TitleLines = confirmed.Concat(head.TitleLines).ToList(), IssuerCandidates = [] };
    }

    /// <summary>The readers of the parts beyond head and tail, in the order they run (a later one may use an earlier one's part).</summary>
    internal static readonly Parts.IPartReader[] PartReaders =
    [
        new Parts.PunctuationReader(),
        new Parts.AddresseeReader(),
        new Parts.SpecialFormatReader(),
        new Parts.AttachmentNoteReader(),
        new Parts.AttachmentReader(),
        new Parts.ImprintReader(),
        new Parts.HeadingReader(),
        new Parts.CitationReader(),
    ];

    private ExtractedDocument BuildDocument(Head head, Tail tail, int end, int index)
    {
        var doc = new ExtractedDocument
        {
            Index = index,
            StartLine = _lines[head.Start].Number,
            EndLine = _lines[end].Number,
            Page = _lines[head.Start].Page,
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
            doc.Kind = DocumentKinds.EndsTitle(titleText) ? DocumentKinds.Of(titleText) : null;
        }
        ApplyTail(doc, head, tail);
        var titleEnd = head.TitleLines.Count > 0 ? head.TitleLines[^1] : head.Number ?? head.Start;
        var span = new Parts.DocumentSpan(_lines, _source, head.Start, titleEnd, head.Number, head.End, end,
            tail.SignatureLines.Count > 0 ? tail.SignatureLines[0] : null, tail.Date, tail.Marker);
        foreach (var reader in _partReaders) reader.Read(span, doc);
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
                var joined = string.Concat(spaced);
                // The last issuer is glued to 关于 (江州市公安局　江州市应急管理局关于…): the rest of the prefix.
                if (spaced.Count > 0 && joined.Length < prefix.Length && prefix.StartsWith(joined, StringComparison.Ordinal)
                    && OrganNames.IsOrganName(prefix[joined.Length..]))
                {
                    spaced.Add(prefix[joined.Length..]);
                    joined = prefix;
                }
                organs.AddRange(spaced.Count > 0 && joined == prefix ? spaced : [prefix]);
            }
            break;
        }
        return organs.Count > 0 ? organs : TitleIssuerPrefix(titleText) is { Length: > 0 } p ? [p] : [];
    }

    private static readonly string[] TitleIssuerEnds = ["关于", "印发", "转发", "批转"];

    /// <summary>
    /// The organ name(s) before the first 关于, 印发, 转发 or 批转 that follows one, or null. The first, because a
    /// forwarding title names a second organ before its 关于 (…办公室转发市财政局关于…的通知): its issuer is the first.
    /// </summary>
    internal static string? TitleIssuerPrefix(string compactTitle)
    {
        string? found = null;
        foreach (var word in TitleIssuerEnds)
        {
            var at = compactTitle.IndexOf(word, StringComparison.Ordinal);
            if (at == 0) return null; // 转发市财政局关于…: the line goes on from an issuer named above it
            if (at < 0 || found is not null && at >= found.Length) continue;
            var prefix = compactTitle[..at];
            if (OrganNames.IsOrganName(prefix)) found = prefix;
        }
        return found;
    }

    /// <summary>
    /// Signature, date and publication marker: the first date line after the head, the organ lines just above it, and
    /// the marker (on the line after the date, or wherever extraction put it). Without a date, the signature is the
    /// organ line that ends the body (above the marker, the colophon or the attachments).
    /// </summary>
    private Tail ReadTail(Head head, int end)
    {
        int? dateIndex = null;
        int? markerIndex = null;
        for (var i = head.End + 1; i <= end; i++)
        {
            var kind = _lines[i].Kind;
            if (kind == LineKind.Date && dateIndex is null) dateIndex = i;
            if (kind == LineKind.Marker && markerIndex is null) markerIndex = i;
            if (dateIndex is not null && markerIndex is not null && markerIndex > dateIndex) break;
            if (dateIndex is { } d && i > d + 8) break;
        }
        var follows = false;
        IReadOnlyList<int> signature;
        if (dateIndex is { } date)
        {
            signature = SignatureRunAbove(date, head);
            // A marker printed after the date wins over an earlier one that extraction displaced.
            if (_lines[date].Date!.InlineMarker is null && NextNonBlank(date) is { } after && after <= end && _lines[after].Kind == LineKind.Marker)
            {
                markerIndex = after;
                follows = true;
            }
        }
        else if (markerIndex is { } marker)
        {
            signature = SignatureRunAbove(marker, head);
        }
        else
        {
            signature = LooseSignature(head.End, end, head);
        }
        return new Tail(dateIndex, markerIndex, signature, follows);
    }

    private void ApplyTail(ExtractedDocument doc, Head head, Tail tail)
    {
        if (tail.SignatureLines.Count > 0)
        {
            doc.Signature = At<IReadOnlyList<string>>(tail.SignatureLines[0], tail.SignatureLines.SelectMany(s => _lines[s].Organs!).ToList());
        }
        if (tail.Date is { } date)
        {
            var dateLine = _lines[date].Date!;
            doc.Date = At(date, dateLine);
            if (dateLine.InlineSignature.Count > 0)
            {
                // Signed on the date's line; a joint document may have further organs on the lines above.
                var organs = (doc.Signature?.Value ?? []).Concat(dateLine.InlineSignature).ToList();
                doc.Signature = new Located<IReadOnlyList<string>>(organs, doc.Signature?.Line ?? _lines[date].Number, doc.Signature?.Page ?? _lines[date].Page);
            }
            if (dateLine.InlineMarker is { } inline)
            {
                doc.Marker = At(date, inline);
                doc.MarkerFollowsDate = true;
                return;
            }
        }
        if (tail.Marker is { } marker)
        {
            doc.Marker = At(marker, _lines[marker].Marker!);
            doc.MarkerFollowsDate = tail.MarkerFollowsDate;
            doc.MarkerDisplacedByExtraction = !doc.MarkerFollowsDate && InsideBrokenSentence(marker);
        }
    }

    /// <summary>
    /// The signature block above <paramref name="index"/> (the date, or the marker when the date is missing): the organ
    /// line next to it, and the organ lines above that name an issuer of the title (or every one, when the head names
    /// no organ to compare with).
    /// </summary>
    private List<int> SignatureRunAbove(int index, Head head)
    {
        var run = new List<int>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = PreviousNonBlank(index); i is { } k && k > head.End && run.Count < MaxSignatureLines && _lines[k].Kind == LineKind.Organ; i = PreviousNonBlank(k))
        {
            if (_lines[k].Organs!.Any(o => !named.Add(o))) break; // a signature never names one organ twice
            run.Add(k);
        }
        if (run.Count > 1)
        {
            var issuers = HeadOrgans(head);
            if (issuers.Count > 0)
            {
                var kept = 1;
                while (kept < run.Count && _lines[run[kept]].Organs!.Any(o => issuers.Any(t => OrganNames.SameOrgan(o, t)))) kept++;
                run.RemoveRange(kept, run.Count - kept);
            }
        }
        run.Reverse();
        return run;
    }

    /// <summary>Every organ the head names: the mark, the title's issuers and the organ lines above the title.</summary>
    private List<string> HeadOrgans(Head head)
    {
        var organs = new List<string>();
        if (head.Mark is { } m) organs.AddRange(_lines[m].Organs!);
        foreach (var t in head.TitleLines.Concat(head.IssuerCandidates))
        {
            if (_lines[t].Kind == LineKind.Organ) organs.AddRange(_lines[t].Organs!);
            else if (TitleIssuerPrefix(_lines[t].Compact!) is { } prefix) organs.Add(prefix);
        }
        return organs;
    }

    private static readonly string[] ColophonStarts = ["抄送", "主办", "督办", "附件", "附：", "附:", "印发", "联系人", "联系电话"];

    /// <summary>
    /// A signature without a date or marker below it: the first run of organ lines that follows a finished sentence and
    /// is followed by the document's end, its colophon or its attachments.
    /// </summary>
    private List<int> LooseSignature(int headEnd, int end, Head head)
    {
        for (var i = headEnd + 1; i <= end; i++)
        {
            if (_lines[i].Kind != LineKind.Organ || PreviousNonBlank(i) is not { } before || !EndsSentence(_lines[before])) continue;
            var last = i;
            while (NextNonBlank(last) is { } n && n <= end && _lines[n].Kind == LineKind.Organ && n - i < MaxSignatureLines * 2) last = n;
            if (NextNonBlank(last) is not { } after || after > end || IsColophonOrAttachment(_lines[after]))
            {
                var run = new List<int>();
                for (var k = i; k <= last; k++) if (_lines[k].Kind == LineKind.Organ) run.Add(k);
                run.Reverse();
                var issuers = HeadOrgans(head);
                var kept = 1;
                while (kept < run.Count && (issuers.Count == 0 || _lines[run[kept]].Organs!.Any(o => issuers.Any(t => OrganNames.SameOrgan(o, t))))) kept++;
                run.RemoveRange(kept, run.Count - kept);
                run.Reverse();
                return run;
            }
            i = last;
        }
        return [];
    }

    private static bool EndsSentence(LineInfo line)
    {
        if (line.Kind != LineKind.Body) return false;
        var text = (line.Compact ?? line.Raw).TrimEnd();
        return text.Length > 0 && text[^1] is '。' or '；' or ';' or '！' or '？' or '）' or ')' or '”';
    }

    private static bool IsColophonOrAttachment(LineInfo line)
    {
        if (line.Kind is LineKind.Marker or LineKind.TableRow or LineKind.OrganMark or LineKind.Number or LineKind.SectionHead) return true;
        foreach (var start in ColophonStarts)
        {
            if (line.StartsWith(start)) return true;
        }
        var c = line.Compact ?? line.Raw.Trim();
        return c.EndsWith("印发", StringComparison.Ordinal) && c.Contains('年');
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
