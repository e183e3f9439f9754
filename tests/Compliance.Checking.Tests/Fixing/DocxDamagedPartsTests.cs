using System.Text;

namespace Compliance.Checking.Tests.Fixing;

/// <summary>A .docx whose text is readable but whose other parts are damaged is refused with a reason, not an exception.</summary>
public class DocxDamagedPartsTests
{
    [Fact]
    public void A_damaged_comments_part_or_relationships_part_is_a_refusal_with_the_reason()
    {
        var lines = DocxFixerTests.Lines(Samples.Document.Replace("洛政办〔2019〕35号", "洛政办[2019]35号"));
        var document = TestSupport.HostileFiles.Docx(lines, [
            new("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship")),
        ]);

        var result = Samples.Fixer().Fix(document, "x.docx");

        Assert.Null(result.Content);
        Assert.StartsWith("文件无法读取", result.Refusal);
    }
}
