using System.Text;
using Compliance.Checking.Text;

namespace Compliance.Checking.Citations;

/// <summary>
/// How two titles of one document are compared (docs/rules.md, "How cited titles are compared"). What does not change
/// the meaning is normalised away:
/// <list type="bullet">
/// <item>white space (PDF extraction and print width put it anywhere);</item>
/// <item>full-width and half-width forms (（ and (, １ and 1);</item>
/// <item>the 、 between organs of a joint document (国家发展改革委、住房城乡建设部 or 国家发展改革委 住房城乡建设部);</item>
/// <item>book-title marks inside a title, 〈〉 or 《》 or none (转发…〈…方案〉的通知);</item>
/// <item>the brackets of a number inside a title (国发〔2014〕43号, 国发[2014]43号).</item>
/// </list>
/// Everything else counts: a dropped or added issuing organ, a different word, a different year.
/// </summary>
public static class CitationTitles
{
    /// <summary>The title as it is compared.</summary>
    public static string Normalise(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var folded = TextNormalizer.FoldWidth(TextNormalizer.Compact(title));
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            switch (c)
            {
                case '、' or '《' or '》' or '〈' or '〉' or '<' or '>':
                    continue;
                case '[' or '【' or '〖':
                    sb.Append('〔');
                    break;
                case ']' or '】' or '〗':
                    sb.Append('〕');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>True when the title names its issuing organ before 关于 (国务院办公厅关于…的通知): such a title
    /// names one document of one organ. A title that starts with 关于 may be any organ's.</summary>
    public static bool NamesIssuer(string normalisedTitle)
        => normalisedTitle.IndexOf("关于", StringComparison.Ordinal) is > 0;
}
