using Compliance.Checking.Analysis;
using Compliance.Checking.Extraction;

namespace Compliance.Checking.Rules.Heading;

/// <summary>
/// The numbers of the body's headings count on by one inside their parent and start again at one under the next
/// parent (GB/T 9704 7.3.3): a gap (一、二、四), a repeat (（一）（二）（二）) or a first child after one (（二） first under
/// its parent) is a break. Numbering starts afresh in each scope (the body, a plan issued after the date, each printed
/// attachment). Read tolerantly, because text taken from a PDF loses and moves lines: a second-level number that goes
/// on from the previous parent's (（三） first under 二、, as many documents number their second level throughout) is no
/// break; a missing number printed inside the running text before the heading (a heading run into a paragraph) is
/// none; a line found later that fills a gap withdraws the gap (it was displaced, not missing); a list that starts
/// again at one is a new list; a number below the last one and not missing is passed over; a numbering family seen
/// once in a scope, and the first number of each family under a division line (第一阶段, 第二章), are not judged.
/// All breaks of a document are one finding, at the first, with their count.
/// </summary>
internal sealed class HeadingSequenceRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.HeadingSequence, Severity.Warning, "7.3.3");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var headings = context.Document.Headings;
        if (headings.Length < 2) return;
        var breaks = Breaks(headings, context.Document.RunningText);
        var count = 0;
        Break? first = null;
        foreach (var b in breaks)
        {
            if (b.Remaining == 0) continue;
            first ??= b;
            count++;
        }
        if (first is null) return;
        var h = first.Heading;
        sink.Report(h.Line, h.Page, h.Text, h.Marker, HeadingMarker.WithNumber(h.Form, first.Expected, h.Chinese), count);
    }

    /// <summary>A break of the numbering at <see cref="Heading"/>, which should have been <see cref="Expected"/>;
    /// <see cref="Remaining"/> counts the numbers it misses that no later line has supplied (a repeat misses one).</summary>
    private sealed class Break(Extraction.Heading heading, int expected, int remaining)
    {
        public Extraction.Heading Heading { get; } = heading;
        public int Expected { get; } = expected;
        public int Remaining { get; set; } = remaining;
    }

    /// <summary>The children of one family under one parent counted so far: the highest number, and the numbers
    /// missing below it with the break that reported each.</summary>
    private sealed class Group(int max, int line)
    {
        public int Max { get; set; } = max;
        /// <summary>The line of the group's last heading.</summary>
        public int Line { get; set; } = line;
        public Dictionary<int, Break>? Missing { get; set; }
    }

    private static List<Break> Breaks(Extraction.Heading[] headings, IEnumerable<RunningLine> running)
    {
        var breaks = new List<Break>();
        // Families are 2–9 and scopes are small counts: plain arrays, no dictionary per document.
        const int Families = 10;
        var scopes = 0;
        foreach (var h in headings) scopes = Math.Max(scopes, h.Scope + 1);
        var seen = new int[scopes * Families];
        foreach (var h in headings) seen[h.Scope * Families + h.Family]++;
        var groups = new Group?[Families];
        Span<int> previous = stackalloc int[Families];
        var free = 0;
        var scope = -1;
        var lastLine = 0;
        foreach (var h in headings)
        {
            if (h.Scope != scope || h.Resync)
            {
                Array.Clear(groups);
                previous.Clear();
                scope = h.Scope;
                // Under a division line no family's first number says anything.
                free = h.Resync ? 1 << 2 | 1 << 4 | 1 << 6 | 1 << 8 | 1 << 9 : 0;
            }
            var after = lastLine;
            lastLine = h.Line;
            // A heading closes the groups of the levels below it: their next children belong to a new parent.
            for (var family = (h.Level + 1) * 2; family < Families; family++)
            {
                if (groups[family] is not { } closed) continue;
                previous[family] = closed.Max;
                groups[family] = null;
            }
            var f = h.Family;
            var n = h.Ordinal;
            if (seen[h.Scope * Families + f] == 1) continue;
            if ((free & 1 << f) != 0)
            {
                free &= ~(1 << f);
                groups[f] = new Group(n, h.Line);
                continue;
            }
            if (groups[f] is not { } group)
            {
                // First child under its parent: one, or on from the previous parent's children.
                var last = previous[f];
                group = groups[f] = new Group(n, h.Line);
                if (n == 1 || last > 0 && n == last + 1) continue;
                var expected = last > 0 && n > last + 1 ? last + 1 : 1;
                Gap(h, expected, n - 1, group, Printed(running, after, h), breaks);
                continue;
            }
            var since = group.Line;
            group.Line = h.Line;
            if (n == group.Max + 1)
            {
                group.Max = n;
            }
            else if (n > group.Max + 1)
            {
                Gap(h, group.Max + 1, n - 1, group, Printed(running, since, h), breaks);
                group.Max = n;
            }
            else if (n == 1)
            {
                // A list that starts again (items of a paragraph, or a parent heading lost): a new list.
                groups[f] = new Group(1, h.Line);
            }
            else if (group.Missing is { } missing && missing.Remove(n, out var filled))
            {
                // The missing number, found after a later one: a displaced line, not a gap.
                filled.Remaining--;
            }
            else if (n == group.Max)
            {
                breaks.Add(new Break(h, n + 1, 1));
            }
        }
        return breaks;
    }

    /// <summary>The numbers of <paramref name="h"/>'s family printed inside the running text from line
    /// <paramref name="from"/> up to <paramref name="h"/>, right after the end of a sentence: headings that extraction
    /// ran into the paragraph before them (…（责任单位：市教育局）（五）深入开展…) — or a list inside it. Looked for only
    /// where a number is missing.</summary>
    private static HashSet<int>? Printed(IEnumerable<RunningLine> running, int from, Extraction.Heading h)
    {
        HashSet<int>? numbers = null;
        foreach (var line in running)
        {
            if (line.Line < from) continue;
            if (line.Line > h.Line) break;
            var text = line.Text.AsSpan();
            var at = 1;
            while (at < text.Length)
            {
                var end = text[at..].IndexOfAny(SentenceEnds);
                if (end < 0) break;
                at += end + 1;
                if (at < text.Length && HeadingMarker.TryParse(text[at..]) is { } marker && marker.Level == h.Level
                    && marker.Form is "1)" or "1）" == h.Form is "1)" or "1）")
                {
                    (numbers ??= []).Add(marker.Ordinal);
                }
            }
        }
        return numbers;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。；）)");

    /// <summary>Numbers <paramref name="from"/> to <paramref name="to"/> missing before <paramref name="h"/>, less
    /// those printed inside the running text since the previous heading of the family: a break if any is left.</summary>
    private static void Gap(Extraction.Heading h, int from, int to, Group group, HashSet<int>? printed, List<Break> breaks)
    {
        var remaining = 0;
        for (var n = from; n <= to; n++) if (printed is null || !printed.Contains(n)) remaining++;
        if (remaining == 0) return;
        var b = new Break(h, from, remaining);
        breaks.Add(b);
        for (var n = from; n <= to; n++)
        {
            if (printed is not null && printed.Contains(n)) continue;
            group.Missing ??= [];
            group.Missing[n] = b;
        }
    }
}
