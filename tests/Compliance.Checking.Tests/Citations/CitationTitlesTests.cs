using Compliance.Checking.Citations;

namespace Compliance.Checking.Tests.Citations;

/// <summary>What the title comparison of the registry rules normalises away, and what it keeps (docs/rules.md).</summary>
public class CitationTitlesTests
{
    [Theory]
    // White space, and 、 or a space between organs.
    [InlineData("关于转发国家发展改革委 住房城乡建设部生活垃圾分类制度实施方案的通知", "关于转发国家发展改革委、住房城乡建设部生活垃圾分类制度实施方案的通知")]
    // Inner book-title marks, 〈〉, 《》 or none.
    [InlineData("关于转发国家发展改革委住房城乡建设部〈生活垃圾分类制度实施方案〉的通知", "关于转发国家发展改革委住房城乡建设部生活垃圾分类制度实施方案的通知")]
    [InlineData("关于印发《江州市河长制工作方案》的通知", "关于印发〈江州市河长制工作方案〉的通知")]
    // Full- and half-width forms, and the brackets of a number inside a title.
    [InlineData("江州市2019年（第一批）项目的通知", "江州市2019年(第一批)项目的通知")]
    [InlineData("关于贯彻国发〔2014〕43号文件的意见", "关于贯彻国发[2014]43号文件的意见")]
    [InlineData("关于２０１９年工作的通知", "关于2019年工作的通知")]
    public void Forms_that_do_not_change_the_meaning_compare_equal(string a, string b)
        => Assert.Equal(CitationTitles.Normalise(a), CitationTitles.Normalise(b));

    [Theory]
    // A dropped issuing organ, a different word, a different year, a different kind.
    [InlineData("国务院办公厅关于转发国家发展改革委住房城乡建设部生活垃圾分类制度实施方案的通知", "关于转发国家发展改革委住房城乡建设部生活垃圾分类制度实施方案的通知")]
    [InlineData("江州市人民政府关于加强安全生产工作的通知", "江州市人民政府关于进一步加强安全生产工作的通知")]
    [InlineData("关于做好2019年防汛工作的通知", "关于做好2018年防汛工作的通知")]
    [InlineData("江州市人民政府关于加强安全生产工作的通知", "江州市人民政府关于加强安全生产工作的意见")]
    public void Forms_that_change_the_meaning_compare_different(string a, string b)
        => Assert.NotEqual(CitationTitles.Normalise(a), CitationTitles.Normalise(b));

    [Theory]
    [InlineData("国务院办公厅关于加强安全生产工作的通知", true)]
    [InlineData("关于加强安全生产工作的通知", false)]
    [InlineData("江州市河长制工作方案", false)]
    public void A_title_names_its_organ_when_the_organ_stands_before_关于(string title, bool names)
        => Assert.Equal(names, CitationTitles.NamesIssuer(CitationTitles.Normalise(title)));

    [Theory]
    [InlineData("豫政办〔2019〕16号", "豫政办〔2019〕16号")]
    [InlineData("豫政办[2019]016号", "豫政办〔2019〕16号")]
    [InlineData("豫政办 （2019） 16号", "豫政办〔2019〕16号")]
    public void Numbers_of_one_document_have_one_key(string printed, string standard)
        => Assert.Equal(standard, NumberKey.Parse(printed)?.ToString());

    [Theory]
    [InlineData("江州市人民政府令第3号")]
    [InlineData("豫政办〔19〕16号")]
    [InlineData("")]
    public void A_number_without_a_full_year_has_no_key(string printed) => Assert.Null(NumberKey.Parse(printed));
}
