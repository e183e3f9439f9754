using System.Buffers;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Canonical;

/// <summary>
/// The canonical-text stage, between reading and extraction: whatever form a bulletin came in — typed, copied from a
/// web page, exported to Markdown, copied out of a PDF at print width, read from a .docx or a PDF — it leaves here as
/// the same logical lines, so that the extractor sees one text. Each step keeps the source line number (and page) of
/// the line it starts from, so findings still point into the file:
/// <list type="number">
/// <item>characters (<see cref="CharacterFolding"/>): invisible format characters out, spaces and compatibility forms folded;</item>
/// <item>mark-up (<see cref="MarkupRemoval"/>): Markdown and HTML removed, block-level tags ending lines;</item>
/// <item>letter-spacing (<see cref="LetterSpacing"/>) collapsed;</item>
/// <item>print furniture (<see cref="PrintFurniture"/>): running headers and page numbers out, page breaks joined;</item>
/// <item>paragraphs (<see cref="ParagraphJoining"/>): lines cut at a print width joined back.</item>
/// </list>
/// Text already canonical comes back as the same instance, at the cost of a scan.
/// </summary>
public static class CanonicalText
{
    public static SourceText From(SourceText read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var text = Characters(read);
        text = PrintFurniture.Remove(text);
        var joined = ParagraphJoining.Join(text.Lines);
        return ReferenceEquals(joined, text.Lines) ? text : text.WithLines(joined);
    }

    /// <summary>Steps 1–3, line by line; the same instance when no line changes.</summary>
    private static SourceText Characters(SourceText text)
    {
        List<SourceLine>? changed = null;
        var lines = text.Lines;
        var needs = Scan(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var need = needs[i];
            if (MarkupRemoval.StartsWithBlockMark(line.Text)) need |= Needs.Markup;
            string[]? parts = null;
            if (need != Needs.Nothing)
            {
                var folded = (need & Needs.Folding) != 0 ? CharacterFolding.Fold(line.Text) : line.Text;
                // Folding may uncover a mark (a zero-width space before "##"): look again.
                parts = (need & (Needs.Markup | Needs.Folding)) != 0 ? MarkupRemoval.Remove(folded) : null;
                parts ??= ReferenceEquals(folded, line.Text) ? null : [folded];
                if ((need & Needs.Spacing) != 0 || parts is not null)
                {
                    parts ??= [folded];
                    for (var k = 0; k < parts.Length; k++) parts[k] = LetterSpacing.Collapse(parts[k]);
                    if (parts.Length == 1 && ReferenceEquals(parts[0], line.Text)) parts = null;
                }
            }
            if (parts is null)
            {
                changed?.Add(line);
                continue;
            }
            if (changed is null)
            {
                changed = new List<SourceLine>(lines.Count + 16);
                for (var k = 0; k < i; k++) changed.Add(lines[k]);
            }
            foreach (var part in parts) changed.Add(line with { Text = part });
        }
        return changed is null ? text : text.WithLines(changed);
    }

    [Flags]
    private enum Needs : byte
    {
        Nothing = 0,
        Folding = 1,
        Markup = 2,
        Spacing = 4,
    }

    // Where folding may change something, as few ranges as vectorised scans can take; a hit is then checked exactly
    // (CharacterFolding.Changes), since “”—…· share the first range and full-width brackets the last.
    private static readonly (char From, char To)[] FoldingRanges =
    [
        ('\u00A0', '\u2FDF'), ('\uD87E', '\uD87E'), ('\uF900', '\uFEFF'), ('\uFF10', '\uFF19'), ('\uFF21', '\uFF5A'), ('\uFFF9', '\uFFFB'),
    ];

    /// <summary>What each line may need. The lines are searched as one text, with vectorised scans that skip what
    /// holds nothing: nearly every line of a bulletin needs nothing, and a scan per short line would cost more in
    /// calls than in characters.</summary>
    private static Needs[] Scan(IReadOnlyList<SourceLine> lines)
    {
        var needs = new Needs[lines.Count];
        var starts = new int[lines.Count + 1];
        var length = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = length;
            length += lines[i].Text.Length + 1;
        }
        starts[lines.Count] = length;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        try
        {
            for (var i = 0; i < lines.Count; i++)
            {
                lines[i].Text.CopyTo(buffer.AsSpan(starts[i]));
                buffer[starts[i + 1] - 1] = '\n';
            }
            var all = buffer.AsSpan(0, length);
            for (var at = all.IndexOfAny(MarkupRemoval.Signs); at >= 0; at = Next(all, at, all[(at + 1)..].IndexOfAny(MarkupRemoval.Signs)))
            {
                Flag(at, Needs.Markup);
            }
            foreach (var (low, high) in FoldingRanges)
            {
                for (var at = all.IndexOfAnyInRange(low, high); at >= 0; at = Next(all, at, all[(at + 1)..].IndexOfAnyInRange(low, high)))
                {
                    if (CharacterFolding.Changes(all[at])) Flag(at, Needs.Folding);
                }
            }
            // One space with a single character on each side (X Y): letter-spacing, perhaps.
            var line = 0;
            for (var at = all.IndexOf(' '); at >= 0;)
            {
                if (at > 0 && at + 2 < all.Length && all[at - 1] is not (' ' or '\n') && all[at + 1] is not (' ' or '\n')
                    && all[at + 2] is ' ' or '\t' or '\u3000' or '\n' && (at < 2 || all[at - 2] is ' ' or '\t' or '\u3000' or '\n'))
                {
                    while (starts[line + 1] <= at) line++;
                    needs[line] |= Needs.Spacing;
                }
                var next = all[(at + 1)..].IndexOf(' ');
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        return needs;

        static int Next(ReadOnlySpan<char> all, int at, int found) => found < 0 ? -1 : at + 1 + found;

        // Lines are found by a binary search: hits come from several scans, each in order.
        void Flag(int at, Needs need)
        {
            var line = Array.BinarySearch(starts, at);
            needs[line < 0 ? ~line - 1 : line] |= need;
        }
    }
}
