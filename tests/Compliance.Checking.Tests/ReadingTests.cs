using System.Text;
using Compliance.Checking.Reading;
using Compliance.Checking.Rules;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Compliance.Checking.Tests;

public class ReadingTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "utf-8" },
        { "utf-8-bom", "utf-8" },
        { "utf-16le", "utf-16le" },
        { "utf-16be", "utf-16be" },
        { "gb18030", "gb18030" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_supported_encoding_gives_the_same_document(string encoding, string reported)
    {
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Samples.Document),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Samples.Document)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Samples.Document)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Samples.Document)],
            _ => Gb18030.GetBytes(Samples.Document), // GBK/GB18030 without BOM, as Chinese office software writes it
        };

        var report = Samples.Checker().Check(bytes, "sample");

        Assert.Equal(reported, report.Encoding);
        var document = Assert.Single(report.Documents);
        Assert.Equal("洛阳市人民政府办公室关于加强某项工作的通知", document.Title);
        Assert.Empty(report.AllFindings);
    }

    [Fact]
    public void Gbk_seed_without_bom_reads_like_its_utf8_original()
    {
        var utf8 = File.ReadAllBytes(TestSupport.RepositoryPaths.SeedPath("001_9ce87f5440d1c5bb.txt"));
        var gbk = Gb18030.GetBytes(Encoding.UTF8.GetString(utf8));

        var fromUtf8 = Samples.Checker().Check(utf8, "a");
        var fromGbk = Samples.Checker().Check(gbk, "b");

        Assert.Equal("gb18030", fromGbk.Encoding);
        Assert.Equal(fromUtf8.Documents.Select(d => (d.DocNumber, d.Title, d.StartLine)), fromGbk.Documents.Select(d => (d.DocNumber, d.Title, d.StartLine)));
        Assert.Equal(fromUtf8.AllFindings.Select(f => (f.RuleId, f.Line)), fromGbk.AllFindings.Select(f => (f.RuleId, f.Line)));
    }

    public static TheoryData<string, byte[], UnreadableKind> BadInputs => new()
    {
        { "0 bytes", [], UnreadableKind.Empty },
        { "white space only", Encoding.UTF8.GetBytes(" \r\n\t\n"), UnreadableKind.Empty },
        { "PNG image", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], UnreadableKind.Binary },
        { "NUL bytes", [(byte)'a', 0, (byte)'b', 0, 1, 2, 3], UnreadableKind.Binary },
        { "random bytes", RandomBytes(4096), UnreadableKind.Binary },
        { "not GB18030 either", [0xE4, 0xB8, 0x41, 0x81, 0x20, 0x81, 0x20, 0xFF, 0xFF], UnreadableKind.Undecodable },
        { "zip that is not a Word document", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0], UnreadableKind.Binary },
        { "damaged Word document", [.. "PK\x03\x04"u8, .. "word/document.xml"u8, .. new byte[64]], UnreadableKind.DocxCorrupt },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_a_clear_unreadable_finding_not_an_exception(string what, byte[] bytes, UnreadableKind kind)
    {
        var report = Samples.Checker().Check(bytes, what);

        Assert.True(report.IsUnreadable);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(RuleIds.StructureUnreadable, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(kind.ToString(), finding.Evidence);
        Assert.Equal(new MessageCatalog().Unreadable(kind), finding.Message);
        Assert.Empty(report.Documents);
    }

    [Fact]
    public void Each_unreadable_kind_has_its_own_chinese_message()
    {
        var catalog = new MessageCatalog();
        var messages = Enum.GetValues<UnreadableKind>().Select(catalog.Unreadable).ToList();

        Assert.Equal(messages.Count, messages.Distinct().Count());
        Assert.All(messages, m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m));
    }

    [Fact]
    public void Ten_megabyte_single_line_is_refused_as_too_long_a_line()
    {
        var line = string.Concat(Enumerable.Repeat("这是一段很长的文字，没有换行。", 230_000));
        var bytes = Encoding.UTF8.GetBytes(line);
        Assert.True(bytes.Length > 10_000_000);

        var report = Samples.Checker().Check(bytes, "long-line.txt");

        Assert.True(report.IsUnreadable);
        Assert.Empty(report.Documents);
        Assert.Equal(nameof(UnreadableKind.LineTooLong), Assert.Single(report.Findings).Evidence);
    }

    [Fact]
    public void Word_document_paragraphs_are_read_in_order()
    {
        var report = Samples.Checker().Check(Docx(Samples.Document.Split('\n')), "sample.docx");

        Assert.Equal("docx", report.Encoding);
        var document = Assert.Single(report.Documents);
        Assert.Equal("洛政办〔2019〕35号", document.DocNumber);
        Assert.Equal(new DateOnly(2019, 6, 25), document.Date);
        // A file with no formatting at all prints in Word's defaults: only the layout rules have something to say.
        Assert.DoesNotContain(report.AllFindings, f => !f.RuleId.StartsWith("layout.", StringComparison.Ordinal));
    }

    [Fact]
    public void Word_runs_give_text_tabs_and_breaks_but_not_field_codes_deleted_text_or_tab_stops()
    {
        var paragraph = new Paragraph(
            new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Left, Position = 720 })),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("发文机关")),
            new Run(new TabChar(), new DocumentFormat.OpenXml.Wordprocessing.Text("2019年")),
            new Run(new FieldCode(" PAGE ")),
            new DeletedRun(new Run(new DeletedText("删去的字"))),
            new Run(new Break(), new DocumentFormat.OpenXml.Wordprocessing.Text("6月25日")));

        var outcome = new BulletinReader().Read(Docx([paragraph]));

        Assert.Equal("发文机关\t2019年 6月25日", Assert.Single(outcome.Text!.Lines).Text);
    }

    [Fact]
    public void A_word_text_box_is_read_once_as_lines_of_its_own_after_its_anchor()
    {
        // Word writes a text box twice: the DrawingML choice and the VML fallback.
        const string Box = "<w:txbxContent><w:p><w:r><w:t>洛阳市人民政府办公室文件</w:t></w:r></w:p></w:txbxContent>";
        var body = "<w:p><w:r><w:t>锚点</w:t></w:r><w:r>"
                 + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                 + $"<mc:Choice Requires=\"wps\"><w:drawing>{Box}</w:drawing></mc:Choice><mc:Fallback><w:pict>{Box}</w:pict></mc:Fallback>"
                 + "</mc:AlternateContent></w:r><w:r><w:t>之后</w:t></w:r></w:p><w:p><w:r><w:t>下一段</w:t></w:r></w:p>";

        var outcome = new BulletinReader().Read(TestSupport.HostileFiles.DocxWithBody(body));

        Assert.Equal(["锚点之后", "洛阳市人民政府办公室文件", "下一段"], outcome.Text!.Lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3], outcome.Text.Lines.Select(l => l.Number));
    }

    [Fact]
    public void A_docx_without_a_main_document_is_damaged()
    {
        var zip = TestSupport.HostileFiles.Docx(["正文"]);
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            archive.CreateEntry("word/styles.xml");
        }

        Assert.Equal(UnreadableKind.DocxCorrupt, new BulletinReader().Read(stream.ToArray()).Failure);
    }

    [Fact]
    public void Format_is_decided_by_content_not_by_name()
    {
        Assert.Equal(ContentFormat.Pdf, ContentSniffer.Detect("%PDF-1.7\n"u8));
        Assert.Equal(ContentFormat.Docx, ContentSniffer.Detect(Docx(["x"])));
        Assert.Equal(ContentFormat.Text, ContentSniffer.Detect(Encoding.UTF8.GetBytes(Samples.Document)));
        Assert.Equal(ContentFormat.OtherBinary, ContentSniffer.Detect([0xFF, 0xD8, 0xFF, 0xE0]));
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Docx(IEnumerable<string> paragraphs)
        => Docx(paragraphs.Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p) { Space = SpaceProcessingModeValues.Preserve }))));

    private static byte[] Docx(IEnumerable<Paragraph> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs));
        }
        return stream.ToArray();
    }
}
