using Compliance.Checking.Extraction;
using Compliance.Checking.Reading.Layout;

namespace Compliance.Checking.Rules.Layout;

/// <summary>
/// The rules that ask one part of a document for one face and size: each paragraph of the part is judged by the
/// formatting most of its characters have; a wrong face and a wrong size are two kinds of deviation, each reported once
/// per document at its first paragraph, with how many paragraphs share it.
/// </summary>
internal abstract class FontRule : IDocumentRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>The part's paragraphs, each with the face it should have (its name, as the message gives it, and the
    /// test of the family) and the size.</summary>
    protected abstract IEnumerable<(ParagraphLayout Paragraph, RunLayout Run, string Face, Func<string?, bool> IsFace, double Size)> Judged(ExtractedDocument document, DocxLayout layout);

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Layout is not { } layout) return;
        Occurrences<(int Line, string Text, string Expected, string Found)>? faces = null, sizes = null;
        foreach (var (paragraph, run, face, isFace, size) in Judged(context.Document, layout))
        {
            if (!isFace(run.EastAsiaFont))
            {
                (faces ??= new()).Add(face + "|" + run.EastAsiaFont, (paragraph.Line, paragraph.Text, face, run.EastAsiaFont ?? "（未设字体）"));
            }
            if (!LayoutParts.SizeIs(run.SizePt, size))
            {
                (sizes ??= new()).Add(size + "|" + run.SizePt, (paragraph.Line, paragraph.Text, LayoutParts.Points(size), LayoutParts.Points(run.SizePt)));
            }
        }
        foreach (var kinds in new[] { faces, sizes })
        {
            foreach (var kind in kinds?.Kinds ?? [])
            {
                var (line, text, expected, found) = kind.First;
                sink.Report(line, null, Evidence(text), expected, found, kind.Count, Evidence(text));
            }
        }
    }

    private static string Evidence(string text) => text.Trim() is { Length: > 30 } t ? t[..30] : text.Trim();
}
