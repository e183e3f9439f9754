using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Canonical;

/// <summary>
/// Removes what exports and web copy leave around the text: Markdown (headings, emphasis, escapes, block quotes, list
/// markers, rules, links) and HTML (tags, comments, entities). Block-level HTML tags end lines, as a browser shows them,
/// and table cells are separated by tabs, as a contents row copied from a table is. A 公文 uses none of these ASCII
/// signs in its text, so removing them changes no word.
/// </summary>
internal static partial class MarkupRemoval
{
    // Mark-up anywhere in a line: emphasis, escapes, tags, entities, links. Block marks stand first on the line.
    internal static readonly SearchValues<char> Signs = SearchValues.Create("*_\\<&[");

    /// <summary>A line that holds none of the signs, and starts with no block mark, holds no mark-up (the usual case:
    /// one vectorised scan).</summary>
    private static bool MayHold(string text)
    {
        return text.AsSpan().IndexOfAny(Signs) >= 0 || StartsWithBlockMark(text);
    }

    /// <summary>The line starts (after spaces) with what may be a heading, a quote, a list item or a rule.</summary>
    internal static bool StartsWithBlockMark(string text)
    {
        var lead = text.AsSpan().TrimStart(" \t");
        return lead.Length > 0 && lead[0] is '#' or '>' or '-' or '+' or '=';
    }

    /// <summary>The line without mark-up: null when it holds none (the usual case); else one line, or several where
    /// block-level HTML tags ended lines.</summary>
    public static string[]? Remove(string text)
    {
        if (!MayHold(text)) return null;
        string[] result;
        if (text.Contains('<') && HtmlTag().IsMatch(text))
        {
            result = HtmlBlockBreak().Split(CellEnd().Replace(text, "\t"));
            for (var i = 0; i < result.Length; i++) result[i] = Markdown(CharacterFolding.Fold(Html(result[i]))).TrimEnd();
            // What stood between two block tags only is no line (blank lines carry nothing).
            var kept = Array.FindAll(result, r => !string.IsNullOrWhiteSpace(r));
            return kept.Length > 0 ? kept : [string.Empty];
        }
        var stripped = Markdown(text.Contains('&') ? CharacterFolding.Fold(Html(text)) : text);
        return stripped == text ? null : [stripped];
    }

    /// <summary>Inline tags and comments removed, entities decoded (&amp;nbsp; becomes a no-break space, folded later).</summary>
    private static string Html(string text)
    {
        if (text.Contains('<')) text = HtmlTag().Replace(HtmlComment().Replace(text, string.Empty), string.Empty);
        return text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
    }

    private static string Markdown(string text)
    {
        if (!MayHold(text)) return text;
        var result = text;
        if (result.TrimStart(" \t").StartsWith('>')) result = BlockQuote().Replace(result, string.Empty, 1);
        // A page number such as "- 12 -" is furniture, not a list item: print-furniture removal needs it as printed.
        if (PrintFurniture.IsPageNumber(result)) return result;
        var lead = text.AsSpan().TrimStart(" \t");
        if (lead.Length > 0 && lead[0] is '#' or '>' or '-' or '+' or '*' or '=' or '_')
        {
            if (Rule().IsMatch(text)) return string.Empty;
            result = LeadingMarker().Replace(result, string.Empty, 1);
            if (result.EndsWith('#')) result = ClosingHashes().Replace(result, string.Empty, 1);
        }
        if (result.Contains('\\')) result = Escape().Replace(result, "$1");
        if (result.Contains('[')) result = Link().Replace(Image().Replace(result, string.Empty), "$1");
        if (result.Contains('*')) result = result.Replace("*", string.Empty, StringComparison.Ordinal);
        if (result.Contains("__", StringComparison.Ordinal)) result = Underscores().Replace(result, "$1");
        return result;
    }

    // <p>, </div>, <br/>, <span class="x">, <td> … : an ASCII letter right after '<' or "</".
    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<!--.*?-->")]
    private static partial Regex HtmlComment();

    // Where a browser starts a new line; a table cell's end is a tab.
    [GeneratedRegex(@"<(?:br|hr)\s*/?>|</?(?:p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|blockquote|section|article|header|footer|pre)(?:\s[^<>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBlockBreak();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    // Leading block quotes, ATX heading marks and unordered list markers (after up to three spaces): "> ", "## ", "- ".
    // Ordered list numbers stay: "1." is a 公文 heading level.
    [GeneratedRegex(@"^[ \t]{0,3}(?:(?:>[ \t]?)+(?:#{1,6}(?!#)[ \t]*|[-+*][ \t]+)?|#{1,6}(?!#)[ \t]*|[-+*][ \t]+)")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"^[ \t]{0,3}(?:>[ \t]?)+")]
    private static partial Regex BlockQuote();

    // A heading's closing marks: "## 标题 ##".
    [GeneratedRegex(@"[ \t]+#+[ \t]*$")]
    private static partial Regex ClosingHashes();

    // A thematic break or a setext heading's underline: ---, ***, ___, ===.
    [GeneratedRegex(@"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")]
    private static partial Regex Rule();

    // \* \_ \# \. \( …: the escaped sign itself; a trailing backslash (a hard line break) goes.
    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])|\\$")]
    private static partial Regex Escape();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)\s]*\)")]
    private static partial Regex Image();

    // [text](url): an address has no CJK and holds a slash, a dot or a hash.
    [GeneratedRegex(@"\[([^\]]+)\]\((?=[^)\s]*[/.#])[\x21-\x28\x2A-\x7E]*\)")]
    private static partial Regex Link();

    // __emphasis__ (a blank to fill in, ____, stays).
    [GeneratedRegex(@"__(?=[^_\s])(.+?)(?<=[^_\s])__")]
    private static partial Regex Underscores();
}
