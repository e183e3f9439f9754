namespace Compliance.Checking.Analysis;

/// <summary>
/// How a document writes the marks that have a half-width twin (， ： ； （ ） ？ ！ against , : ; ( ) ? !): counted
/// where a half-width mark stands next to a Chinese character, so that 1,000, 12:30 and web addresses do not count.
/// Counted over the head and body (up to the date), where the clerk wrote: attachments are often forms and tables
/// from elsewhere, and the imprint is the printing office's. A document made from a PDF that wrote every mark half-width has that habit throughout; the punctuation rules report
/// the habit once and then judge only the marks that break the document's own habit.
/// </summary>
internal readonly record struct PunctuationHabit(int HalfWidth, int FullWidth, int FirstHalfWidthLine, int? FirstHalfWidthPage)
{
    /// <summary>Below this many marks in all, a document has no habit to speak of.</summary>
    public const int MinimumMarks = 10;

    /// <summary>True when at least two thirds of the document's marks are half-width: its own habit, reported once. A
    /// document that mixes both widths more evenly has no habit: its half-width marks are deviations.</summary>
    public bool MostlyHalfWidth => HalfWidth + FullWidth >= MinimumMarks && HalfWidth >= 2 * FullWidth;

    /// <summary>True when a half-width mark is a slip of this document rather than its habit.</summary>
    public bool HalfWidthIsSlip => !MostlyHalfWidth;

    public static bool IsHalfWidthMark(char c) => c is ',' or ':' or ';' or '(' or ')' or '?' or '!';

    public static bool IsFullWidthMark(char c) => c is '，' or '：' or '；' or '（' or '）' or '？' or '！';

    // The half-width marks: an ASCII set, searched with the vectorised ASCII searcher.
    private static readonly System.Buffers.SearchValues<char> HalfWidthMarks = System.Buffers.SearchValues.Create(",:;()?!");

    /// <summary>Counts the marks of one line into <paramref name="half"/> and <paramref name="full"/>.</summary>
    /// <remarks>Two vectorised searches: the ASCII marks, and the block U+FF01–U+FF1F the full-width ones lie in. One
    /// SearchValues of all fourteen would be a probabilistic map, whose search cost a third of the native command's
    /// time (measured with perf); a plain loop over every character cost a few per cent.</remarks>
    public static void Count(ReadOnlySpan<char> text, ref int half, ref int full)
    {
        for (var offset = 0; ;)
        {
            var found = text[offset..].IndexOfAny(HalfWidthMarks);
            if (found < 0) break;
            var i = offset + found;
            if (i > 0 && IsHan(text[i - 1]) || i + 1 < text.Length && IsHan(text[i + 1])) half++;
            offset = i + 1;
        }
        for (var offset = 0; ;)
        {
            var found = text[offset..].IndexOfAnyInRange('\uFF01', '\uFF1F');
            if (found < 0) break;
            if (IsFullWidthMark(text[offset + found])) full++;
            offset += found + 1;
        }
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
