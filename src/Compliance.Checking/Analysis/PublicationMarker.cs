using System.Text.RegularExpressions;

namespace Compliance.Checking.Analysis;

/// <summary>A publication marker (附注) such as （此件公开发布）, with whatever brackets it was printed in.</summary>
internal sealed partial record PublicationMarker(string Text, string Attribute, string Open, string Close)
{
    public static readonly string[] Attributes = ["此件公开发布", "此件依申请公开", "此件不予公开"];

    // 此件公开发布 as the standard's practice has it, and the labelled form many offices print: 公开方式：主动公开.
    [GeneratedRegex(@"^(?<open>[（(【\[［〔]?)(?<attr>此件(?:公开发布|依申请公开|不予公开|主动公开|公开)|(?:公开方式|信息公开选项|公开属性)[：:](?:主动公开|依申请公开|不予公开|不公开))(?<close>[）)】\]］〕]?)$")]
    private static partial Regex Pattern();

    public static PublicationMarker? TryParse(string compact)
    {
        if (compact.Length is < 4 or > 16 || !compact.Contains("公开", StringComparison.Ordinal)) return null;
        var m = Pattern().Match(compact);
        return m.Success ? new PublicationMarker(compact, m.Groups["attr"].Value, m.Groups["open"].Value, m.Groups["close"].Value) : null;
    }

    public bool HasFullWidthBrackets => Open == "（" && Close == "）";
}
