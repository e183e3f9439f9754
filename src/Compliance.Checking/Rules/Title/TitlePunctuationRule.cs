namespace Compliance.Checking.Rules.Title;

/// <summary>
/// A title takes no punctuation but the book-title marks round the name of a law or regulation (and the brackets of a
/// qualifier such as （试行） or a bracketed year): a title that ends with 。 or holds ， ； ： (either width) is reported
/// once, naming the marks. What stands inside 《》 is a cited name and is not judged; quotation marks and 、 between
/// joint organs are common practice the standard does not single out, and are not reported.
/// </summary>
internal sealed class TitlePunctuationRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.TitlePunctuation, Severity.Warning, "7.3.1");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.Title is not { } title) return;
        var marks = Marks(title.Value);
        if (marks.Length > 0) sink.Report(title.Line, title.Page, title.Value, title.Value, marks);
    }

    /// <summary>The marks a title should not hold, each once, in order of appearance ("，；"), outside 《》.</summary>
    internal static string Marks(string title)
    {
        // Nearly every title holds none of them: one vectorised search settles it.
        if (title.AsSpan().IndexOfAny("，；：。") < 0 && title.AsSpan().IndexOfAny(",;:.") < 0) return "";
        var found = new System.Text.StringBuilder();
        var depth = 0;
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (c is '《' or '〈') depth++;
            else if (c is '》' or '〉') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c is '，' or '；' or '：' or ',' or ';' or ':' || c is '。' or '.' && i == title.Length - 1)
                     && found.ToString().IndexOf(c) < 0)
            {
                found.Append(c);
            }
        }
        return found.ToString();
    }
}
