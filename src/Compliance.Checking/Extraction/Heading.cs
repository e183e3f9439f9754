namespace Compliance.Checking.Extraction;

/// <summary>How a heading's marker is written, against the standard's four forms 一、 （一） 1. （1） (GB/T 9704 7.3.3).</summary>
internal enum HeadingFormKind : byte
{
    /// <summary>The standard's form of its level (1. and 1． both).</summary>
    Canonical,
    /// <summary>A form in wide use whose only fault is the mark after the number: 1、 for 1.</summary>
    Common,
    /// <summary>The standard's form with half-width (or mixed) brackets: (一), (1). Judged against the document's
    /// punctuation habit.</summary>
    HalfWidthBrackets,
    /// <summary>Any other form: 一. 一， （一）、 （一）. 1， 1) 1）…</summary>
    Deviant,
}

/// <summary>
/// One numbered heading of a document's body (层次序数): a line that starts with 一、 （一） 1. （1） or one of their
/// misprinted kin, alone (一、总体要求) or opening its paragraph (（一）指导思想。全面贯彻…).
/// </summary>
/// <param name="Level">1–4: 一、 → （一） → 1. → （1）.</param>
/// <param name="Ordinal">The number's value (Chinese numerals or Arabic digits).</param>
/// <param name="Chinese">True when the number is written in Chinese numerals.</param>
/// <param name="MarkerLength">The length of the marker as printed (<see cref="Marker"/>: <c>（十九）</c>, <c>1、</c>), without the spaces after it.</param>
/// <param name="Form">The marker's pattern with the number written as one (一 or 1): <c>（一）、</c>, <c>1、</c>, <c>(一)</c>.</param>
/// <param name="Kind">Canonical, or which kind of deviation <paramref name="Form"/> is.</param>
/// <param name="Scope">The numbering scope: 0 the body; each plan issued after the date and each printed attachment starts the next.</param>
/// <param name="Resync">True when a division line (第一阶段, 第二章, 第三条…) stands between this heading and the one
/// before it in its scope: numbering below such a line is its own and says nothing about the numbering above it.</param>
/// <param name="Raw">The line as printed (a reference to the canonical line): <see cref="Text"/> is made from it only
/// when a finding quotes it.</param>
internal readonly record struct Heading(int Level, int Ordinal, bool Chinese, int MarkerLength, string Form, HeadingFormKind Kind,
    int Scope, bool Resync, int Line, int? Page, string Raw)
{
    /// <summary>The heading as evidence: the line's first 30 characters, without a list bullet before the marker.</summary>
    public string Text => Parts.HeadingReader.Evidence(Printed);

    /// <summary>The marker as printed (一、 （一） 1、 …).</summary>
    public string Marker => Printed[..MarkerLength].ToString();

    private ReadOnlySpan<char> Printed => Parts.HeadingReader.WithoutBullet(Checking.Text.TextNormalizer.TrimStart(Raw));

    /// <summary>Numbering that counts on together: a level, except that at level 4 the close-only form 1) counts apart
    /// from （1）, so that a document that uses both as two kinds of list does not read as one broken sequence.</summary>
    public int Family => Level * 2 + (Level == 4 && Form is "1)" or "1）" ? 1 : 0);

    /// <summary>The standard's form of a level, with the number written as one.</summary>
    public static string CanonicalForm(int level) => level switch { 1 => "一、", 2 => "（一）", 3 => "1.", _ => "（1）" };
}

/// <summary>A line of running text of the document's body (a reference to the canonical line, not a copy).</summary>
internal readonly record struct RunningLine(int Line, int? Page, string Text);

/// <summary>The non-blank canonical lines from one source line to another: a view, made only when enumerated (a rule
/// looks into the running text only where a heading's number is missing).</summary>
internal sealed class SourceRange(IReadOnlyList<Reading.SourceLine> source, int first, int last) : IEnumerable<RunningLine>
{
    public static readonly SourceRange Empty = new([], 1, 0);

    public IEnumerator<RunningLine> GetEnumerator()
    {
        // Line numbers rise through the list (the canonical stage joins lines but never reorders them).
        int lo = 0, hi = source.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (source[mid].Number < first) lo = mid + 1;
            else hi = mid - 1;
        }
        for (var i = lo; i < source.Count && source[i].Number <= last; i++)
        {
            var line = source[i];
            if (!string.IsNullOrWhiteSpace(line.Text)) yield return new RunningLine(line.Number, line.Page, line.Text);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
