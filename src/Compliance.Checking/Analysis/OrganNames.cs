namespace Compliance.Checking.Analysis;

/// <summary>Recognises the names of organs (机关) as they stand alone on head and signature lines.</summary>
internal static class OrganNames
{
    // Longest first where one is a suffix of another. Beside the government's own organs, those that co-sign with it:
    // the military (江州省军区, 警备区), banks, customs, leading groups (领导小组) and the armed police's units.
    private static readonly string[] Suffixes =
    [
        "人民政府", "政府", "办公室", "办公厅", "委员会", "管委会", "办事处", "联合会", "分局", "局", "厅", "委", "院", "部",
        "署", "中心", "办", "府", "公司", "集团", "社", "会", "军区", "军分区", "警备区", "银行", "分行", "支行", "海关", "小组", "总队", "支队",
    ];

    /// <summary>
    /// True when two names denote the same organ: equal, or equal once 人民政府 is written 政府 — the standard short name
    /// (规范化简称) a signature may use, e.g. 洛阳市政府办公室 for 洛阳市人民政府办公室.
    /// </summary>
    public static bool SameOrgan(string a, string b)
        => string.Equals(a, b, StringComparison.Ordinal)
           || string.Equals(a.Replace("人民政府", "政府", StringComparison.Ordinal), b.Replace("人民政府", "政府", StringComparison.Ordinal), StringComparison.Ordinal);

    // Words of a sentence or a title, never of an organ's name: a printed line cut from one may end like a name
    // (…关于印发…暂行办 / 法的通知, 区国土资源局和区农业农村局按照自然资办 / 函〔2019〕343号…).
    private static readonly string[] NeverInNames = ["关于", "印发", "的", "按照", "根据", "要求", "负责", "牵头"];

    /// <summary>True for one organ name written without spaces, e.g. 乳山市人民政府办公室.</summary>
    public static bool IsOrganName(string compact)
    {
        if (compact.Length is < 3 or > 30) return false;
        // A title's first printed line may end like an organ (…关于印发…暂行办 / 法的通知); a name holds no such word.
        foreach (var c in compact)
        {
            if (char.IsDigit(c) || char.IsPunctuation(c) && c is not '（' and not '）' and not '(' and not ')') return false;
        }
        foreach (var suffix in Suffixes)
        {
            if (compact.EndsWith(suffix, StringComparison.Ordinal)) return compact.Length > suffix.Length && !HoldsSentenceWord(compact);
        }
        return false;
    }

    private static bool HoldsSentenceWord(string compact)
    {
        foreach (var word in NeverInNames)
        {
            if (compact.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// True for a name that starts with an administrative level instead of a place (市财政局, 县政府, 区教育局): how a
    /// gazette names organs in lists of units and section heads. An issuing-organ mark or a title names the organ with
    /// its place (吕梁市财政局).
    /// </summary>
    public static bool IsRelative(string name) => name.Length > 1 && name[0] is '市' or '县' or '区' or '省' or '州' or '镇' or '乡' or '旗' or '盟';

    /// <summary>
    /// True when an agency code (机关代字) abbreviates the organ's name: the place's first character, then characters of
    /// the name in order (吕农发 for 吕梁市农业农村局, 洛政办 for 洛阳市人民政府办公室). The 发, 字 or 函 that ends many
    /// codes is not part of the abbreviation.
    /// </summary>
    public static bool Abbreviates(string code, string organ)
    {
        var abbreviation = code.TrimEnd('发', '字', '函');
        if (abbreviation.Length < 2 || organ.Length == 0 || abbreviation[0] != organ[0]) return false;
        var at = 1;
        foreach (var c in abbreviation.AsSpan(1))
        {
            at = organ.IndexOf(c, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    private static bool EndsLikeOrgan(string compact)
    {
        foreach (var suffix in Suffixes)
        {
            if (compact[^1] == suffix[^1]) return true;
        }
        return false;
    }

    /// <summary>The organs of a line holding one or more organ names separated by spaces; null when any part is not one.</summary>
    public static string[]? SplitOrgans(string rawLine, string compact)
    {
        // Cheap rejection first: nearly every line of running text ends with something no organ name ends with.
        if (compact.Length < 3 || !EndsLikeOrgan(compact)) return null;
        // One name without spaces (most lines): no need to split.
        if (compact.Length == rawLine.Length) return IsOrganName(compact) ? [compact] : null;
        var tokens = Text.TextNormalizer.Tokens(rawLine);
        if (tokens.Length == 0) return null;
        foreach (var token in tokens)
        {
            if (!IsOrganName(token)) return tokens.Length > 1 && IsOrganName(string.Concat(tokens)) ? [string.Concat(tokens)] : null;
        }
        return tokens;
    }
}
