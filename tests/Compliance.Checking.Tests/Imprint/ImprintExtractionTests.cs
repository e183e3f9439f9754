using Compliance.Checking.Extraction;
using Compliance.Checking.Reading;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests.Imprint;

/// <summary>What the part readers take from the seeds: the imprints are read (so their silence is a verdict, not
/// blindness), local lines are not, and the attachments and notes are located.</summary>
public class ImprintExtractionTests
{
    private static IReadOnlyList<ExtractedDocument> Extract(string seed)
    {
        var text = new BulletinReader().Read(File.ReadAllBytes(RepositoryPaths.SeedPath(seed))).Text!;
        return DocumentExtractor.Extract(text).Documents;
    }

    [Fact]
    public void Every_document_of_the_seed_with_imprints_has_its_printing_organ_and_date()
    {
        var documents = Extract("000_49e847614e3d52cb.txt");

        Assert.All(documents.Where(d => d.Mark is not null), d =>
        {
            Assert.NotNull(d.ImprintDate);
            Assert.Equal("洛阳市人民政府办公室", d.ImprintOrgan);
            Assert.True(d.ImprintDate!.Value.Value.ToDate() >= d.Date!.Value.Value.ToDate());
        });
        var first = documents[0];
        Assert.Equal(104, first.ImprintDate!.Value.Line);
        Assert.Equal("2019年6月25日", first.ImprintDate.Value.Value.Text);
        Assert.Null(first.CopyTo);
    }

    [Fact]
    public void Notes_and_printed_attachments_are_located_and_a_displaced_label_has_no_title()
    {
        var documents = Extract("002_bc7c144ecaea1a61.txt");

        var housing = documents.Single(d => d.AttachmentNotes.Any(n => n.Head.Line == 814));
        Assert.Equal([1, 2], housing.AttachmentNotes[0].Entries.Select(e => e.Value.Number ?? 0));
        Assert.Equal([819, 994], housing.Attachments.Select(a => a.Line));
        Assert.Equal("吕梁市住房保障领导小组成员单位包联县（市、区）工作指导意见", housing.Attachments[1].Value.Title);

        var displaced = documents.Single(d => d.Attachments.Any(a => a.Line == 3752));
        Assert.Null(displaced.Attachments.Single(a => a.Line == 3752).Value.Title);
        Assert.Equal(3756, displaced.AttachmentNotes.Single().Head.Line);
    }

    [Fact]
    public void A_copy_to_list_wrapped_over_lines_is_read_whole()
    {
        var text = Samples.Document.Replace("抄送：市委办公室，市人大常委会办公室。", "抄送：市委办公室，市人大常委会办公室，\n市政协办公室，市法院。");
        var document = DocumentExtractor.Extract(new BulletinReader().Read(System.Text.Encoding.UTF8.GetBytes(text)).Text!).Documents.Single();

        Assert.Equal("抄送：市委办公室，市人大常委会办公室，市政协办公室，市法院。", document.CopyTo!.Value.Value);
        Assert.Empty(Samples.Check(text).AllFindings);
    }
}
