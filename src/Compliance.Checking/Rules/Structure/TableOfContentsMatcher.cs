using Compliance.Checking.Extraction;
using Compliance.Checking.Text;

namespace Compliance.Checking.Rules.Structure;

/// <summary>Which contents entries and which documents found each other (see <see cref="TableOfContentsMatcher"/>).</summary>
internal sealed record TocPairing(bool[] EntryMatched, bool[] DocumentMatched);

/// <summary>
/// Pairs contents entries with documents, in linear time: by number where the contents page lists one, else by
/// title. Titles are compared folded — without white space and line breaks, with full-width and ASCII punctuation
/// alike — and with or without the issuer, which contents pages usually drop. An entry left over between two pairs is
/// paired with the one document left over there when that document has no title of its own or nearly the entry's
/// (its title's own finding says what is wrong with it).
/// </summary>
internal static class TableOfContentsMatcher
{
    // Beyond this many left-over pairs, the suffix comparison is skipped (it is quadratic).
    private const int MaxSuffixComparisons = 100_000;

    public static TocPairing Pair(IReadOnlyList<TocEntry> toc, IReadOnlyList<ExtractedDocument> documents)
    {
        var entryDoc = new int[toc.Count];
        var docEntry = new int[documents.Count];
        Array.Fill(entryDoc, -1);
        Array.Fill(docEntry, -1);
        void Link(int e, int d)
        {
            entryDoc[e] = d;
            docEntry[d] = e;
        }

        var docKeys = documents.Select(d => d.Title is { } t ? Keys(t.Value, d.TitleIssuers) : default).ToArray();
        var byNumber = Index(documents.Select(d => d.Number?.Value.Text));
        var byTitle = Index(docKeys.Select(k => k.Full));
        var bySubject = Index(docKeys.Select(k => k.Subject));
        // A decree or minutes is listed by its mark and number: 江州市人民政府令（第12号）, …会议纪要第5期.
        var bySerial = Index(documents.Select(d => d.Serial is { } s && d.Title is { } t ? Fold(t.Value + s.Value.Text) : null));
        // …or by the title of the regulation the decree promulgates.
        var byPromulgated = Index(documents.Select(d => d.Promulgated is { } p ? Fold(p.Value) : null));
        for (var e = 0; e < toc.Count; e++)
        {
            var keys = Keys(toc[e].Title, []);
            var d = Take(byNumber, toc[e].DocNumber, docEntry) ?? Take(byTitle, keys.Full, docEntry) ?? Take(bySubject, keys.Subject, docEntry)
                ?? Take(bySubject, keys.Full, docEntry) ?? Take(bySerial, WithoutSerialBrackets(keys.Full!), docEntry)
                ?? Take(byPromulgated, keys.Full, docEntry);
            if (d is { } doc) Link(e, doc);
        }

        // A contents page may shorten a title some other way: one ends the other.
        var leftEntries = Enumerable.Range(0, toc.Count).Where(e => entryDoc[e] < 0).ToList();
        var leftDocs = Enumerable.Range(0, documents.Count).Where(d => docEntry[d] < 0 && docKeys[d].Full is not null).ToList();
        if ((long)leftEntries.Count * leftDocs.Count <= MaxSuffixComparisons)
        {
            foreach (var e in leftEntries)
            {
                var wanted = Keys(toc[e].Title, []).Full!;
                foreach (var d in leftDocs)
                {
                    if (docEntry[d] >= 0) continue;
                    var full = docKeys[d].Full!;
                    if (Math.Min(full.Length, wanted.Length) >= 4 && (full.EndsWith(wanted, StringComparison.Ordinal) || wanted.EndsWith(full, StringComparison.Ordinal)))
                    {
                        Link(e, d);
                        break;
                    }
                }
            }
        }

        PairLeftoversByPosition(toc, docKeys, entryDoc, docEntry);
        return new TocPairing(entryDoc.Select(d => d >= 0).ToArray(), docEntry.Select(e => e >= 0).ToArray());
    }

    /// <summary>Between two paired documents, one left-over document and one left-over entry are the same one.</summary>
    private static void PairLeftoversByPosition(IReadOnlyList<TocEntry> toc, (string? Full, string? Subject)[] docKeys, int[] entryDoc, int[] docEntry)
    {
        var previousEntry = -1;
        var d = 0;
        while (d < docEntry.Length)
        {
            if (docEntry[d] >= 0)
            {
                previousEntry = docEntry[d++];
                continue;
            }
            var runEnd = d;
            while (runEnd + 1 < docEntry.Length && docEntry[runEnd + 1] < 0) runEnd++;
            var nextEntry = runEnd + 1 < docEntry.Length ? docEntry[runEnd + 1] : toc.Count;
            if (runEnd == d && nextEntry > previousEntry + 1)
            {
                var left = -1;
                var count = 0;
                for (var e = previousEntry + 1; e < nextEntry; e++)
                {
                    if (entryDoc[e] >= 0) continue;
                    left = e;
                    count++;
                }
                if (count == 1 && (docKeys[d].Full is null || Similar(docKeys[d].Subject!, Keys(toc[left].Title, []).Subject!)))
                {
                    entryDoc[left] = d;
                    docEntry[d] = left;
                }
            }
            d = runEnd + 1;
        }
    }

    /// <summary>Two titles that share most of their beginning and end (a damaged or misprinted title, not another document).</summary>
    private static bool Similar(string a, string b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        return (prefix + suffix) * 4 >= Math.Max(a.Length, b.Length) * 3;
    }

    private static Dictionary<string, Queue<int>> Index(IEnumerable<string?> keys)
    {
        var index = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        var i = 0;
        foreach (var key in keys)
        {
            if (key is { Length: > 0 })
            {
                if (!index.TryGetValue(key, out var queue)) index[key] = queue = new Queue<int>();
                queue.Enqueue(i);
            }
            i++;
        }
        return index;
    }

    /// <summary>The first document under <paramref name="key"/> not paired yet.</summary>
    private static int? Take(Dictionary<string, Queue<int>> index, string? key, int[] docEntry)
    {
        if (key is null || !index.TryGetValue(key, out var queue)) return null;
        while (queue.Count > 0)
        {
            var d = queue.Dequeue();
            if (docEntry[d] < 0) return d;
        }
        return null;
    }

    /// <summary>江州市人民政府令(第12号) → 江州市人民政府令第12号: the brackets a contents page puts round a decree's or the
    /// minutes' number.</summary>
    private static string WithoutSerialBrackets(string folded)
    {
        if (folded.Length < 5 || folded[^1] is not (')' or '）')) return folded;
        var open = folded.LastIndexOfAny(['(', '（']);
        return open > 0 && open + 1 < folded.Length && folded[open + 1] == '第' ? string.Concat(folded.AsSpan(0, open), folded.AsSpan(open + 1, folded.Length - open - 2)) : folded;
    }

    /// <summary>The folded title without the issuer it starts with, if any.</summary>
    internal static string Subject(string title) => Keys(title, []).Subject!;

    /// <summary>The folded title, and the folded title without the issuer(s) it starts with.</summary>
    private static (string? Full, string? Subject) Keys(string title, IReadOnlyList<string> issuers)
    {
        var full = Fold(title);
        var subject = full;
        var joined = Fold(string.Concat(issuers));
        if (joined.Length > 0 && full.StartsWith(joined, StringComparison.Ordinal)) subject = full[joined.Length..];
        else if (DocumentExtractor.TitleIssuerPrefix(full) is { } prefix) subject = full[prefix.Length..];
        return (full, subject);
    }

    /// <summary>A title without white space, with full-width forms and Chinese punctuation folded to one form each.</summary>
    internal static string Fold(string title)
    {
        var compact = TextNormalizer.FoldWidth(TextNormalizer.Compact(title));
        return string.Create(compact.Length, compact, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                dest[i] = src[i] switch
                {
                    '“' or '”' or '„' or '‟' or '「' or '」' => '"',
                    '‘' or '’' or '『' or '』' => '\'',
                    '〔' or '【' or '〖' => '[',
                    '〕' or '】' or '〗' => ']',
                    '《' or '〈' => '<',
                    '》' or '〉' => '>',
                    '—' or '–' or '―' or '‐' or '─' => '-',
                    '、' => ',',
                    '。' => '.',
                    '・' or '•' => '·',
                    var c => c,
                };
            }
        });
    }
}
