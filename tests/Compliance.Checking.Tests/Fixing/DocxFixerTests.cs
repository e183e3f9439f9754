using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Compliance.Checking.Fixing;
using Compliance.Checking.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Compliance.Checking.Tests.Fixing;

/// <summary>
/// The corrected copy of a Word document: each correction a tracked change by Compliance with the finding's message as
/// a comment; "accept all" gives the corrected text, "reject all" the original; the package stays valid Open XML and
/// the formatting of the text around a change is the change's own.
/// </summary>
public class DocxFixerTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly string[] CleanLines = Lines(Samples.Document);

    private static readonly string[] DamagedLines = Lines(Samples.Document
        .Replace("洛政办〔2019〕35号", "洛政办[2019]35号")
        .Replace("\n2019年6月25日\n", "\n2019年06月25日\n")
        .Replace("市人民政府各部门：", "市人民政府各部门:")
        .Replace("（一）指导思想。", "(一)、指导思想。"));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1000)]
    public void Accepting_all_changes_gives_the_corrected_text_and_rejecting_them_the_original(int charactersPerRun)
    {
        var damaged = Docx(DamagedLines, charactersPerRun);

        var result = Samples.Fixer().Fix(damaged, "x.docx");

        Assert.Null(result.Refusal);
        Assert.Empty(result.NotApplied);
        Assert.Equal(["addressee.colon", "date.zero-padding", "heading.form", "number.brackets"], result.Applied.Select(a => a.RuleId).Order(StringComparer.Ordinal));
        Assert.Equal(CleanLines, Read(Transform(result.Content!, AcceptAll)));
        Assert.Equal(DamagedLines, Read(Transform(result.Content!, RejectAll)));
        Assert.Empty(Validate(result.Content!));
    }

    [Fact]
    public void Each_change_is_by_Compliance_with_the_finding_as_a_comment_and_the_formatting_of_what_it_replaces()
    {
        var result = Samples.Fixer().Fix(Docx(DamagedLines, charactersPerRun: 2), "x.docx");

        using var zip = new ZipArchive(new MemoryStream(result.Content!));
        var document = XDocument.Load(zip.GetEntry("word/document.xml")!.Open());
        var changes = document.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal(DocxCorrector.Author, (string?)c.Attribute(W + "author")));
        // Runs alternate bold and plain: an inserted run carries the properties of a run it stands beside.
        Assert.All(document.Descendants(W + "ins").Elements(W + "r"), r => Assert.NotNull(r.Element(W + "rPr")?.Element(W + "rFonts")));

        var comments = XDocument.Load(zip.GetEntry("word/comments.xml")!.Open()).Descendants(W + "comment").ToList();
        Assert.Equal(result.Applied.Select(a => a.Message).Order(StringComparer.Ordinal), comments.Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.Equal(comments.Count, document.Descendants(W + "commentReference").Count());
        Assert.Equal(comments.Select(c => (string?)c.Attribute(W + "id")).ToHashSet(), document.Descendants(W + "commentRangeStart").Select(c => (string?)c.Attribute(W + "id")).ToHashSet());
    }

    [Fact]
    public void Paragraphs_without_a_correction_are_left_as_they_were()
    {
        var damaged = Docx(DamagedLines, charactersPerRun: 2);
        var result = Samples.Fixer().Fix(damaged, "x.docx");

        var before = Paragraphs(damaged);
        var after = Paragraphs(result.Content!);
        Assert.Equal(before.Count, after.Count);
        var changed = Enumerable.Range(0, before.Count).Where(i => before[i] != after[i]).Select(i => i + 1).ToList();
        Assert.Equal(result.Applied.Select(a => a.Line).Order(), changed);
    }

    [Fact]
    public void A_clean_document_is_copied_with_no_change()
    {
        var clean = Docx(CleanLines, charactersPerRun: 4);
        var result = Samples.Fixer().Fix(clean, "x.docx");
        Assert.Empty(result.Applied);
        Assert.Equal(clean, result.Content);
    }

    /// <summary>The text of the body's paragraphs as the checker reads them, blank ones left out.</summary>
    internal static string[] Read(byte[] docx)
        => new BulletinReader().Read(docx).Text!.Lines.Select(l => l.Text).Where(t => t.Trim().Length > 0).ToArray();

    internal static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).ToArray();

    private static List<string> Paragraphs(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return XDocument.Load(zip.GetEntry("word/document.xml")!.Open()).Descendants(W + "p").Select(p => p.ToString(SaveOptions.DisableFormatting)).ToList();
    }

    /// <summary>What Word's "accept all changes" does to the body: deletions go, insertions stay as plain runs,
    /// comment marks go.</summary>
    internal static void AcceptAll(XDocument document)
    {
        document.Descendants(W + "del").ToList().ForEach(d => d.Remove());
        foreach (var ins in document.Descendants(W + "ins").ToList()) ins.ReplaceWith(ins.Nodes());
        RemoveComments(document);
    }

    /// <summary>"Reject all": insertions go, deleted text comes back.</summary>
    private static void RejectAll(XDocument document)
    {
        document.Descendants(W + "ins").ToList().ForEach(i => i.Remove());
        foreach (var text in document.Descendants(W + "delText").ToList()) text.Name = W + "t";
        foreach (var del in document.Descendants(W + "del").ToList()) del.ReplaceWith(del.Nodes());
        RemoveComments(document);
    }

    private static void RemoveComments(XDocument document)
    {
        document.Descendants().Where(e => e.Name == W + "commentRangeStart" || e.Name == W + "commentRangeEnd").ToList().ForEach(e => e.Remove());
        document.Descendants(W + "commentReference").Select(r => r.Parent!).ToList().ForEach(r => r.Remove());
    }

    internal static byte[] Transform(byte[] docx, Action<XDocument> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            XDocument document;
            using (var s = entry.Open()) document = XDocument.Load(s, LoadOptions.PreserveWhitespace);
            change(document);
            entry.Delete();
            using var target = zip.CreateEntry("word/document.xml").Open();
            document.Save(target, SaveOptions.DisableFormatting);
        }
        return stream.ToArray();
    }

    internal static List<string> Validate(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>A Word document of the lines, each paragraph cut into runs of <paramref name="charactersPerRun"/>
    /// characters, alternately bold, each with its fonts set (as text pasted and formatted by hand is).</summary>
    internal static byte[] Docx(IEnumerable<string> lines, int charactersPerRun)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(line =>
            {
                var paragraph = new Paragraph();
                for (var at = 0; at < line.Length; at += charactersPerRun)
                {
                    var properties = new RunProperties(new RunFonts { EastAsia = "仿宋_GB2312", Ascii = "Times New Roman" });
                    if (at / charactersPerRun % 2 == 1) properties.Append(new Bold());
                    paragraph.Append(new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.Text(line.Substring(at, Math.Min(charactersPerRun, line.Length - at))) { Space = SpaceProcessingModeValues.Preserve }));
                }
                return paragraph;
            })));
        }
        return stream.ToArray();
    }
}
