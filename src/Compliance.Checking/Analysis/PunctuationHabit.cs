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

    /// <summary>Counts the marks of one line into <paramref name="half"/> and <paramref name="full"/>.</summary>
    /// <remarks>A plain loop with one range test per character: the marks lie in U+0021–U+003F and U+FF01–U+FF1F. A
    /// SearchValues of all fourteen is a probabilistic map whose vectorised search costs far more in the native build
    /// (a third of the whole command's time, measured with perf) than this loop.</remarks>
    public static void Count(ReadOnlySpan<char> text, ref int half, ref int full)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)(c - 0xFF01) <= 0x1E)
            {
                if (c is '，' or '：' or '；' or '（' or '）' or '？' or '！') full++;
            }
            else if ((uint)(c - 0x21) <= 0x1E && c is ',' or ':' or ';' or '(' or ')' or '?' or '!'
                     && (i > 0 && IsHan(text[i - 1]) || i + 1 < text.Length && IsHan(text[i + 1])))
            {
                half++;
            }
        }
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
