namespace Compliance.Checking.Analysis;

/// <summary>
/// How a document writes the marks that have a half-width twin (， ： ； （ ） ？ ！ against , : ; ( ) ? !): counted
/// where a half-width mark stands next to a Chinese character, so that 1,000, 12:30 and web addresses do not count.
/// Counted over what the office wrote (see PunctuationReader). A document made from a PDF that wrote every mark
/// half-width has that habit throughout; the punctuation rules report the habit once and then judge only the marks
/// that break the document's own habit. <see cref="FullWidth"/> is exact only for a document that has the habit:
/// counting stops as soon as it is settled that it has not.
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

    /// <summary>The half-width marks of <paramref name="text"/> (next to a Chinese character), and where the first is
    /// (-1 when there is none).</summary>
    /// <remarks>A vectorised search over the ASCII marks. One SearchValues of all fourteen marks would be a probabilistic
    /// map, whose search cost a third of the native command's time (measured with perf).</remarks>
    public static int CountHalfWidth(ReadOnlySpan<char> text, out int first)
    {
        var half = 0;
        first = -1;
        for (var offset = 0; ;)
        {
            var found = text[offset..].IndexOfAny(HalfWidthMarks);
            if (found < 0) return half;
            var i = offset + found;
            if (i > 0 && IsHan(text[i - 1]) || i + 1 < text.Length && IsHan(text[i + 1]))
            {
                if (half++ == 0) first = i;
            }
            offset = i + 1;
        }
    }

    /// <summary>Counts the full-width marks of one line into <paramref name="full"/>, up to <paramref name="limit"/>:
    /// past it the answer (no half-width habit) is settled.</summary>
    public static void CountFullWidth(ReadOnlySpan<char> text, ref int full, int limit)
    {
        for (var offset = 0; full <= limit;)
        {
            var found = text[offset..].IndexOfAnyInRange('\uFF01', '\uFF1F');
            if (found < 0) return;
            if (IsFullWidthMark(text[offset + found])) full++;
            offset += found + 1;
        }
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
