namespace Compliance.Checking.Extraction;

/// <summary>The statutory document kinds (文种) of the Regulations on the Handling of Official Documents.</summary>
internal static class DocumentKinds
{
    // Two-character kinds before 令 and 函, so that 命令 wins over 令.
    private static readonly string[] Kinds = ["决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "纪要", "函", "令"];

    /// <summary>True when the text ends a title: with a kind, outside any book-title or round brackets it quotes
    /// (《…的通知》 inside a title does not end it).</summary>
    public static bool EndsTitle(string compact)
        => Of(compact) is not null && Balanced(compact, '《', '》') && Balanced(compact, '（', '）') && Balanced(compact, '(', ')');

    private static bool Balanced(string text, char open, char close)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == open) depth++;
            else if (c == close) depth--;
        }
        return depth <= 0;
    }

    public static string? Of(string title)
    {
        var t = title.AsSpan().TrimEnd(' ');
        foreach (var kind in Kinds)
        {
            if (t.EndsWith(kind, StringComparison.Ordinal)) return kind;
        }
        return null;
    }
}
