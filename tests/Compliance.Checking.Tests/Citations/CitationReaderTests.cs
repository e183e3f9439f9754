using Compliance.Checking.Extraction;

namespace Compliance.Checking.Tests.Citations;

/// <summary>What the citation reader takes from a paragraph of a document's body.</summary>
public class CitationReaderTests
{
    private static IReadOnlyList<Extraction.Parts.Citation> Citations(string paragraph)
    {
        var text = Samples.Document.Replace("现将有关事项通知如下，请认真贯彻执行。", paragraph);
        var (documents, _) = DocumentExtractor.Extract(new Reading.BulletinReader().Read(System.Text.Encoding.UTF8.GetBytes(text)).Text!);
        return Assert.Single(documents).Citations;
    }

    [Theory]
    [InlineData("根据《河南省人民政府办公厅关于加强公安民警职业保障的通知》（豫政办〔2019〕16号）精神，制定本方案。", "河南省人民政府办公厅关于加强公安民警职业保障的通知", "豫政办〔2019〕16号")]
    [InlineData("按照《国务院办公厅关于转发国家发展改革委 住房城乡建设部生活垃圾分类制度实施方案的通知》 (国办发〔2017〕26号)要求。", "国务院办公厅关于转发国家发展改革委住房城乡建设部生活垃圾分类制度实施方案的通知", "国办发〔2017〕26号")]
    [InlineData("依据《财政部关于印发〈关于财政支持建立农业信贷担保体系的指导意见〉的通知》（财农[2015]121号）执行。", "财政部关于印发〈关于财政支持建立农业信贷担保体系的指导意见〉的通知", "财农[2015]121号")]
    [InlineData("依据《江州市人民政府关于某事的通知》（江政（2019）第08号）执行。", "江州市人民政府关于某事的通知", "江政（2019）第08号")]
    public void A_title_with_its_number_after_it_is_one_citation(string paragraph, string title, string number)
    {
        var citation = Assert.Single(Citations(paragraph));
        Assert.Equal((title, number, false), (citation.Title, citation.Number?.Text, citation.Bare));
    }

    [Theory]
    [InlineData("依据《中华人民共和国环境保护法》《江州市城市管理条例》开展执法。", 2)]
    [InlineData("制定《江州市生活垃圾分类实施方案》（试行），另行印发《工作要求》（见附件1）。", 2)]
    public void A_title_without_a_number_is_a_citation_without_one(string paragraph, int count)
    {
        var citations = Citations(paragraph);
        Assert.Equal(count, citations.Count);
        Assert.All(citations, c => Assert.Null(c.Number));
    }

    [Theory]
    [InlineData("未按晋政办发〔2019〕37号文件要求完成的县，要限期整改。", "晋政办发〔2019〕37号")]
    [InlineData("市自然资源局按照自然资办函〔2019〕343号文件开展核查。", "自然资办函〔2019〕343号")]
    [InlineData("根据江政办〔2020〕5号文件精神，制定本办法。", "江政办〔2020〕5号")]
    public void A_number_alone_before_文件_is_a_bare_citation_with_its_organ_code(string paragraph, string number)
    {
        var citation = Assert.Single(Citations(paragraph));
        Assert.Equal((null, number, true), (citation.Title, citation.Number?.Text, citation.Bare));
    }

    [Fact]
    public void A_number_inside_a_cited_title_belongs_to_the_title()
    {
        var citation = Assert.Single(Citations("《山东省人民政府关于贯彻国发〔2014〕43号文件加强政府性债务管理的实施意见》（鲁政发〔2014〕23号）。"));
        Assert.Equal(("鲁政发〔2014〕23号", false), (citation.Number?.Text, citation.Bare));
    }

    [Theory]
    [InlineData("各单位要按照有关文件要求落实。")]
    [InlineData("本方案自2019年7月1日起施行，原文件同时废止。")]
    [InlineData("〔2019〕37号文件要求的事项，限期完成。")]
    public void Running_text_without_a_citation_gives_none(string paragraph) => Assert.Empty(Citations(paragraph));
}
