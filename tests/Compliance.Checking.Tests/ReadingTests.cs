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
    public void Ten_megabyte_single_line_is_checked_without_failing()
    {
        var line = string.Concat(Enumerable.Repeat("这是一段很长的文字，没有换行。", 230_000));
        var bytes = Encoding.UTF8.GetBytes(line);
        Assert.True(bytes.Length > 10_000_000);

        var report = Samples.Checker().Check(bytes, "long-line.txt");

        Assert.False(report.IsUnreadable);
        Assert.Empty(report.Documents);
        Assert.Equal(RuleIds.StructureNoDocuments, Assert.Single(report.Findings).RuleId);
    }

    [Fact]
    public void Word_document_paragraphs_are_read_in_order()
    {
        var report = Samples.Checker().Check(Docx(Samples.Document.Split('\n')), "sample.docx");

        Assert.Equal("docx", report.Encoding);
        var document = Assert.Single(report.Documents);
        Assert.Equal("洛政办〔2019〕35号", document.DocNumber);
        Assert.Equal(new DateOnly(2019, 6, 25), document.Date);
        Assert.Empty(report.AllFindings);
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
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return stream.ToArray();
    }
}
