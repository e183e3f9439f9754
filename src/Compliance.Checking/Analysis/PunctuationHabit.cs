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

    // Marks are a few characters in twenty: a vectorised search jumps from one to the next.
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(",:;()?!，：；（）？！");

    /// <summary>Counts the marks of one line into <paramref name="half"/> and <paramref name="full"/>.</summary>
    public static void Count(ReadOnlySpan<char> text, ref int half, ref int full)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOfAny(Marks);
            if (found < 0) return;
            var i = offset + found;
            var c = text[i];
            if (IsFullWidthMark(c)) full++;
            else if (i > 0 && IsHan(text[i - 1]) || i + 1 < text.Length && IsHan(text[i + 1])) half++;
            offset = i + 1;
        }
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
