using Compliance.Checking.Analysis;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>One entry of an attachment note: its number as printed (<c>1.</c>, <c>1、</c>, <c>（1）</c>; empty when
/// none), the number it gives, and the attachment's name as printed (spaces removed, trailing marks kept).
/// <see cref="Continuation"/> is the short line below it, which may be the rest of a name a typeset page cut.</summary>
internal sealed record AttachmentEntry(int? Number, string Numbering, string Name)
{
    public string? Continuation { get; init; }
}

/// <summary>An attachment note (附件说明, 7.3.4): its first line as printed, whether 附件 is followed by a half-width
/// colon, and its entries.</summary>
internal sealed record AttachmentNote(Located<string> Head, bool HalfWidthColon, IReadOnlyList<Located<AttachmentEntry>> Entries);

/// <summary>An attachment printed after the body (7.3.7): its label as printed (附件, 附件2), the number the label
/// gives, and its title; no title when the label stands in running text where PDF extraction displaced it.
/// <see cref="Continuation"/> is the short line below the title, which may be the rest of a title wrapped over lines.</summary>
internal sealed record PrintedAttachment(string Label, int? Number, string? Title)
{
    public string? Continuation { get; init; }
}

/// <summary>The small text tests the attachment readers share: labels, notes and numbering.</summary>
internal static class AttachmentText
{
    /// <summary>The line without white space: its compact form, or the running text compacted when asked for.</summary>
    public static string Compact(in LineInfo line) => line.Compact ?? string.Concat(line.Raw.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A label alone on its line: 附件, 附件1, 附件：, 附件2: (spaces already removed).</summary>
    public static bool IsLabel(string compact, out int? number)
    {
        number = null;
        if (!compact.StartsWith("附件", StringComparison.Ordinal)) return false;
        var rest = compact.AsSpan(2);
        if (rest.Length > 0 && rest[^1] is '：' or ':') rest = rest[..^1];
        if (rest.Length > 3) return false;
        var value = 0;
        foreach (var c in rest)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        if (rest.Length > 0) number = value;
        return true;
    }

    /// <summary>A short line that may go on with a name or title cut above it: no sentence, number, label or heading.</summary>
    public static string? ContinuationOf(in LineInfo line)
    {
        if (line.Kind is not (LineKind.Short or LineKind.Organ) || line.Compact is not { Length: <= 30 } c) return null;
        if (c[0] == '附' || TryNumbering(c, out _, out _) || LooksLikeHeading(c)) return null;
        return c;
    }

    /// <summary>一、 （一） (一) 第一…: a heading of the body, not the rest of a name.</summary>
    private static bool LooksLikeHeading(string c)
        => c.Length > 1 && (c[1] == '、' && ChineseNumerals.IsChineseDigit(c[0]) || c[0] is '（' or '(' && ChineseNumerals.IsChineseDigit(c[1]) || c[0] is '第' or '十');

    /// <summary>True when the line starts an attachment note: 附件 and a colon of either width.</summary>
    public static bool StartsNote(string compact) => compact.Length > 2 && compact.StartsWith("附件", StringComparison.Ordinal) && compact[2] is '：' or ':';

    /// <summary>The number that starts an entry: <c>1.</c> <c>1．</c> <c>1、</c> <c>1，</c> <c>1)</c> <c>（1）</c> <c>(1)</c>.
    /// Digits that run into the name (2019-2020年…, 2019年…) number nothing.</summary>
    public static bool TryNumbering(string text, out int number, out string numbering)
    {
        number = 0;
        numbering = "";
        var i = 0;
        var bracketed = text.Length > 0 && text[0] is '（' or '(';
        if (bracketed) i++;
        var start = i;
        while (i < text.Length && i - start < 3 && char.IsAsciiDigit(text[i])) number = number * 10 + (text[i++] - '0');
        if (i == start || i >= text.Length) return false;
        if (bracketed ? text[i] is not ('）' or ')') : text[i] is not ('.' or '．' or '、' or '，' or ',' or ')' or '）')) return false;
        // 1.5万亩: a decimal, not a number and its mark.
        if (text[i] is '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) return false;
        numbering = text[..(i + 1)];
        return true;
    }
}
