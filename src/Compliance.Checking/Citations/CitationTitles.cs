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
        var compact = TextNormalizer.Compact(title);
        // One pass, into a buffer on the stack for any title of ordinary length.
        Span<char> buffer = compact.Length <= 256 ? stackalloc char[compact.Length] : new char[compact.Length];
        var n = 0;
        foreach (var c in compact)
        {
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            switch (folded)
            {
                case '、' or '《' or '》' or '〈' or '〉' or '<' or '>':
                    continue;
                case '[' or '【' or '〖':
                    buffer[n++] = '〔';
                    break;
                case ']' or '】' or '〗':
                    buffer[n++] = '〕';
                    break;
                default:
                    buffer[n++] = folded;
                    break;
            }
        }
        return buffer[..n].SequenceEqual(compact) ? compact : new string(buffer[..n]);
    }

    /// <summary>True when the title names its issuing organ before 关于 (国务院办公厅关于…的通知): such a title
    /// names one document of one organ. A title that starts with 关于 may be any organ's.</summary>
    public static bool NamesIssuer(string normalisedTitle)
        => normalisedTitle.IndexOf("关于", StringComparison.Ordinal) is > 0;
}
