using Compliance.Checking.Fixing;

namespace Compliance.Checking.Tests.Fixing;

/// <summary>Addressees wrapped over two paragraphs (as a file pasted from a PDF at print width holds them) are read as
/// one line and reported at the second; the correction is made where the mark stands, in the second paragraph.</summary>
public class DocxSplitAddresseesTests
{
    [Fact]
    public void The_colon_of_addressees_wrapped_over_two_paragraphs_is_corrected_in_the_second()
    {
        var lines = DocxFixerTests.Lines(Samples.Document).ToList();
        var at = lines.FindIndex(l => l.EndsWith("市人民政府各部门：", StringComparison.Ordinal));
        lines[at] = "各县（市、区）人民政府，市人民政";
        lines.Insert(at + 1, "府各部门。");
        var expected = lines.ToList();
        expected[at + 1] = "府各部门：";

        var result = Samples.Fixer().Fix(DocxFixerTests.Docx(lines, 3), "x.docx");

        var applied = Assert.Single(result.Applied);
        Assert.Equal("addressee.colon", applied.RuleId);
        Assert.StartsWith("各县", applied.Before, StringComparison.Ordinal); // the evidence runs over both paragraphs
        Assert.Equal(at + 2, applied.Line);
        Assert.Equal(expected, DocxFixerTests.Read(DocxFixerTests.Transform(result.Content!, DocxFixerTests.AcceptAll)));
        Assert.Empty(DocxFixerTests.Validate(result.Content!));
    }
}
