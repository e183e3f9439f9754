using Compliance.Checking.Reading;

namespace Compliance.Checking.Canonical;

/// <summary>
/// The canonical-text stage, between reading and extraction: whatever form a bulletin came in — typed, copied from a
/// web page, exported to Markdown, copied out of a PDF at print width, read from a .docx or a PDF — it leaves here as
/// the same logical lines, so that the extractor sees one text. Each step keeps the source line number (and page) of
/// the line it starts from, so findings still point into the file:
/// <list type="number">
/// <item>characters (<see cref="CharacterFolding"/>): invisible format characters out, spaces and compatibility forms folded;</item>
/// <item>mark-up (<see cref="MarkupRemoval"/>): Markdown and HTML removed, block-level tags ending lines;</item>
/// <item>letter-spacing (<see cref="LetterSpacing"/>) collapsed;</item>
/// <item>print furniture (<see cref="PrintFurniture"/>): running headers and page numbers out, page breaks joined;</item>
/// <item>paragraphs (<see cref="ParagraphJoining"/>): lines cut at a print width joined back.</item>
/// </list>
/// Text already canonical comes back as the same instance, at the cost of a scan.
/// </summary>
public static class CanonicalText
{
    public static SourceText From(SourceText read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var text = Characters(read);
        text = PrintFurniture.Remove(text);
        var joined = ParagraphJoining.Join(text.Lines);
        return ReferenceEquals(joined, text.Lines) ? text : text.WithLines(joined);
    }

    /// <summary>Steps 1–3, line by line; the same instance when no line changes.</summary>
    private static SourceText Characters(SourceText text)
    {
        List<SourceLine>? changed = null;
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var folded = CharacterFolding.Fold(line.Text);
            var parts = MarkupRemoval.Remove(folded);
            if (parts is null)
            {
                var collapsed = LetterSpacing.Collapse(folded);
                if (ReferenceEquals(collapsed, line.Text))
                {
                    changed?.Add(line);
                    continue;
                }
                parts = [collapsed];
            }
            else
            {
                for (var k = 0; k < parts.Length; k++) parts[k] = LetterSpacing.Collapse(parts[k]);
            }
            if (changed is null)
            {
                changed = new List<SourceLine>(lines.Count + 16);
                for (var k = 0; k < i; k++) changed.Add(lines[k]);
            }
            foreach (var part in parts) changed.Add(line with { Text = part });
        }
        return changed is null ? text : text.WithLines(changed);
    }
}
