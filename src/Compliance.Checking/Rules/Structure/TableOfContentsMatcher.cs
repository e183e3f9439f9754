using Compliance.Checking.Extraction;
using Compliance.Checking.Text;

namespace Compliance.Checking.Rules.Structure;

/// <summary>Pairs table-of-contents entries with documents: by number where the table lists one, else by title
/// (a contents page usually drops the issuer from the title, and may print brackets in another width).</summary>
internal static class TableOfContentsMatcher
{
    public static bool Matches(TocEntry entry, ExtractedDocument document)
    {
        if (entry.DocNumber is not null && document.Number is { } n && n.Value.Text == entry.DocNumber) return true;
        if (document.Title is not { } title) return false;
        var wanted = Fold(entry.Title);
        var full = Fold(title.Value);
        return full == wanted || full.EndsWith(wanted, StringComparison.Ordinal) || wanted.EndsWith(full, StringComparison.Ordinal);
    }

    private static string Fold(string title) => TextNormalizer.FoldWidth(title).Replace("*", "", StringComparison.Ordinal);
}
