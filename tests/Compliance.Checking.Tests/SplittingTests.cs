namespace Compliance.Checking.Tests;

/// <summary>Layouts the seeds do not all show: documents without numbers or marks, number above the title.</summary>
public class SplittingTests
{
    private const string WithoutNumber = """
        乳山市人民政府关于做好春节期间安全工作的通知

        各镇人民政府，市政府各部门：

        春节将至，现就有关事项通知如下。

        乳山市人民政府

        2018年1月20日

        （此件公开发布）

        """;

    [Fact]
    public void Documents_without_number_or_mark_start_at_their_title()
    {
        var text = WithoutNumber + WithoutNumber.Replace("春节期间安全工作", "防汛工作").Replace("1月20日", "5月8日");

        var report = Samples.Check(text);

        Assert.Equal(2, report.Documents.Count);
        Assert.Equal([1, 12], report.Documents.Select(d => d.StartLine));
        Assert.Equal("乳山市人民政府关于做好防汛工作的通知", report.Documents[1].Title);
        Assert.Equal(new DateOnly(2018, 5, 8), report.Documents[1].Date);
        Assert.All(report.Documents, d => Assert.Equal(["number.missing"], d.Findings.Select(f => f.RuleId)));
    }

    [Fact]
    public void Number_above_a_wrapped_title_is_the_head_of_the_document()
    {
        const string text = """
            洛涧政办〔2019〕14号

            涧西区人民政府办公室
            关于印发涧西区耕地保护责任目标考核办法的
            通 知

            各街道办事处，区政府有关部门：

            现印发给你们，请认真贯彻执行。

            涧西区人民政府办公室

            2019年8月1日

            （此件公开发布）
            """;

        var document = Assert.Single(Samples.Check(text).Documents);

        Assert.Equal("涧西区人民政府办公室关于印发涧西区耕地保护责任目标考核办法的通知", document.Title);
        Assert.Equal("洛涧政办〔2019〕14号", document.DocNumber);
        Assert.Equal("通知", document.Kind);
        Assert.Empty(document.Findings);
    }

    [Fact]
    public void A_plan_issued_by_a_notice_and_its_own_title_do_not_start_a_document()
    {
        var text = Samples.Document + "\n某项工作实施方案\n\n为做好某项工作，制定本方案。\n\n一、总体要求\n\n关于加强某项工作的实施细则\n\n内容。\n";

        var document = Assert.Single(Samples.Check(text).Documents);

        Assert.Equal(text.Split('\n').Length - 1, document.EndLine);
    }

    [Fact]
    public void References_to_other_numbers_inside_sentences_are_not_heads()
    {
        var text = Samples.Document.Replace("现将有关事项通知如下，请认真贯彻执行。", "根据《关于某事的通知》（豫政办〔2018〕45号）要求，\n豫政办〔2018〕46号文件同时废止。");

        Assert.Single(Samples.Check(text).Documents);
    }

    [Theory]
    [InlineData("洛阳市人民政府办公室\n\n2019年6月25日\n\n（此件公开发布）", "洛阳市人民政府办公室    2019年6月25日\n\n（此件公开发布）")]
    [InlineData("洛阳市人民政府办公室\n\n2019年6月25日\n\n（此件公开发布）", "洛阳市人民政府办公室\n\n2019 年 6 月 25 日（此件公开发布）")]
    [InlineData("洛阳市人民政府办公室\n\n2019年6月25日\n\n（此件公开发布）", "洛阳市人民政府办公室 2019年6月25日 （此件公开发布）")]
    public void Signature_date_and_marker_that_extraction_put_on_one_line_are_read_as_such(string tail, string oneLine)
    {
        var report = Samples.Check(Samples.Document.Replace(tail, oneLine));

        var document = Assert.Single(report.Documents);
        Assert.Empty(report.AllFindings);
        Assert.Equal("洛阳市人民政府办公室", document.Signature);
        Assert.Equal("2019年6月25日", document.DateText);
        Assert.Equal("此件公开发布", document.PublicationMarker);
    }

    [Fact]
    public void A_colophon_date_is_not_the_date_of_the_document()
    {
        var colophon = Samples.Document.Replace("2019年6月25日\n\n（此件公开发布）", "") + "\n洛阳市人民政府办公室    2019年6月27日印发\n";

        var document = Assert.Single(Samples.Check(colophon).Documents);

        Assert.Null(document.DateText);
        Assert.Contains(document.Findings, f => f.RuleId == "date.missing");
    }

    [Theory]
    [InlineData("目 录\n\n洛阳市人民政府办公室关于加强某项\n工作的通知……………………3\n\n")]
    [InlineData("目录\n\n关于加强某项工作的通知．．．．．．．．3\n\n")]
    [InlineData("序号\t文号\t题目\t备注\n1\t洛政办〔2019〕35号\t关于另一个标题的通知\t4页\n\n")]
    public void Contents_pages_in_other_layouts_are_matched_to_the_documents(string contents)
    {
        var report = Samples.Check(contents + Samples.Document);

        Assert.Single(report.Documents);
        Assert.Empty(report.AllFindings);
    }

    [Theory]
    [InlineData("（公开方式：主动公开）", "公开方式：主动公开")]
    [InlineData("（此件主动公开）", "此件主动公开")]
    public void Publication_attribute_in_the_labelled_form_is_a_marker(string marker, string attribute)
    {
        var report = Samples.Check(Samples.Document.Replace("（此件公开发布）", marker));

        Assert.Empty(report.AllFindings);
        Assert.Equal(attribute, report.Documents.Single().PublicationMarker);
    }

    [Fact]
    public void A_number_with_its_signer_on_the_same_line_is_the_number()
    {
        var report = Samples.Check(Samples.Document.Replace("洛政办〔2019〕35号", "洛政办〔2019〕35号　　　　　　签发人：王　明"));

        Assert.Empty(report.AllFindings);
        Assert.Equal("洛政办〔2019〕35号", report.Documents.Single().DocNumber);
    }

    public static TheoryData<string, string, string> JointDocuments()
    {
        // Organs that co-sign with a government, each with the two ways a joint signature is printed.
        string[] partners = ["江州省军区", "江州警备区", "中国人民银行江州市分行", "江州海关", "江州市防汛抗旱指挥部", "江州市安全生产委员会",
            "江州市人民防空办公室", "江州市创建全国文明城市工作领导小组", "江州市消防救援支队", "武警江州总队"];
        var data = new TheoryData<string, string, string>();
        foreach (var partner in partners)
        {
            data.Add(partner, "stacked", "江州市人民政府\n" + partner);
            data.Add(partner, "side by side", "江州市人民政府　　　　" + partner);
            data.Add(partner, "title on one line", "江州市人民政府　　　　" + partner);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(JointDocuments))]
    public void A_joint_document_names_both_organs_in_title_and_signature(string partner, string layout, string signature)
    {
        var head = layout == "title on one line" ? $"江州市人民政府　{partner}关于做好2024年征兵工作的通知" : $"江州市人民政府　{partner}\n关于做好2024年征兵工作的通知";
        var text = $"""
            {head}
            （江政发〔2024〕14号）

            各区县人民政府，市政府各部门：

            现就做好2024年征兵工作通知如下。

            {signature}
            2024年4月10日

            （此件公开发布）

            江州市人民政府关于做好防汛工作的通知
            （江政发〔2024〕15号）

            各区县人民政府，市政府各部门：

            现就做好防汛工作通知如下。

            江州市人民政府
            2024年4月12日

            （此件公开发布）
            """;

        var report = Samples.Check(text);

        Assert.Equal(2, report.Documents.Count);
        var joint = report.Documents[0];
        Assert.Equal(["江州市人民政府", partner], joint.Issuers);
        Assert.Equal("江州市人民政府" + partner + "关于做好2024年征兵工作的通知", joint.Title);
        Assert.Equal("江政发〔2024〕14号", joint.DocNumber);
        Assert.Equal(new DateOnly(2024, 4, 10), joint.Date);
        Assert.All(report.AllFindings, f => Assert.Equal("issuer.unregistered", f.RuleId));
        Assert.Equal("江州市人民政府关于做好防汛工作的通知", report.Documents[1].Title);
    }

    private static string Notice(string organ, string subject, string kind, string date, bool numbered) => $"""
        {organ}关于{subject}的{kind}
        {(numbered ? "江政发〔2024〕9号\n" : "")}
        为保障公共安全，根据有关法律法规，现就{subject}{kind}如下：
        一、本市城区范围内适用本{kind}。
        二、本{kind}自发布之日起施行。

        {organ}
        {date}

        （此件公开发布）

        """;

    [Theory]
    [InlineData("通告", false)]
    [InlineData("公告", false)]
    [InlineData("决议", false)]
    [InlineData("通告", true)]
    [InlineData("公告", true)]
    public void A_public_notice_without_addressees_is_a_document(string kind, bool blankLinesRemoved)
    {
        // Public notices have no addressees and often no number: between two ordinary documents, the checker must
        // still find the notice, or it would become part of the document before it.
        var text = Samples.Document
            + "\n" + Notice("江州市人民政府", "禁止燃放烟花爆竹", kind, "2024年1月10日", numbered: false)
            + Samples.Document.Replace("35号", "36号");
        if (blankLinesRemoved) text = string.Join("\n", text.Split('\n').Where(l => l.Trim().Length > 0));

        var report = Samples.Check(text);

        Assert.Equal(3, report.Documents.Count);
        var notice = report.Documents[1];
        Assert.Equal("江州市人民政府关于禁止燃放烟花爆竹的" + kind, notice.Title);
        Assert.Equal(kind, notice.Kind);
        Assert.Equal(["江州市人民政府"], notice.Issuers);
        Assert.Equal("江州市人民政府", notice.Signature);
        Assert.Equal(new DateOnly(2024, 1, 10), notice.Date);
        Assert.Equal("此件公开发布", notice.PublicationMarker);
        Assert.Equal(["issuer.unregistered", "number.missing"], notice.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.Empty(report.Documents[0].Findings);
        Assert.Empty(report.Documents[2].Findings);
    }

    [Theory]
    [InlineData("江州市公安局　江州市应急管理局", "江州市公安局　　江州市应急管理局")]
    [InlineData("江州市公安局\n江州市应急管理局\n", "江州市公安局\n江州市应急管理局")]
    public void A_joint_public_notice_is_a_document(string titleOrgans, string signature)
    {
        var notice = Notice("江州市公安局", "禁止燃放烟花爆竹", "通告", "2024年1月10日", numbered: false)
            .Replace("江州市公安局关于", titleOrgans + "关于").Replace("\n江州市公安局\n", "\n" + signature + "\n");
        var report = Samples.Check(Samples.Document + "\n" + notice + Samples.Document.Replace("35号", "36号"));

        Assert.Equal(3, report.Documents.Count);
        Assert.Equal("江州市公安局江州市应急管理局关于禁止燃放烟花爆竹的通告", report.Documents[1].Title);
        Assert.Equal(new DateOnly(2024, 1, 10), report.Documents[1].Date);
        Assert.DoesNotContain(report.AllFindings, f => f.RuleId.StartsWith("signature.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notice_quoted_in_a_body_and_not_signed_by_its_organ_stays_in_the_body()
    {
        // A 转发 notice may reprint another organ's notice by its title; without that organ's signature above a date
        // it is part of the document that reprints it.
        var quoted = "江州市公安局关于加强烟花爆竹安全管理的通告\n\n现将有关事项通告如下，请遵照执行。\n\n";
        var text = Samples.Document.Replace("现将有关事项通知如下，请认真贯彻执行。\n", "现将有关事项通知如下，请认真贯彻执行。\n\n" + quoted);

        var report = Samples.Check(text);

        var document = Assert.Single(report.Documents);
        Assert.Empty(document.Findings);
    }

    [Theory]
    [InlineData("……", true)]
    [InlineData("·····", false)]
    public void Contents_entries_that_are_not_documents_are_not_missing_when_the_body_prints_them(string leaders, bool wrapped)
    {
        // Gazettes list interpretations, appointments and chronicles beside their documents. Printed in the body, they
        // are there, though they are not documents; an entry printed nowhere is still reported.
        string[] sections = ["《洛阳市促进民营经济发展若干措施》政策解读", "人事任免", "2019年6月大事记"];
        var contents = "目　录\n\n洛阳市人民政府办公室关于加强某项工作的通知" + leaders + "1\n"
            + string.Concat(sections.Select((t, i) => t + leaders + (i + 3) + "\n"))
            + "洛阳市人民政府办公室关于不存在的通知" + leaders + "9\n\n";
        var body = string.Concat(sections.Select(t =>
            (wrapped && t.Length > 8 ? t[..8] + "\n" + t[8..] : t) + "\n\n一、有关情况说明如下，请各单位知悉。\n\n张三任洛阳市教育局局长。\n\n"));

        var report = Samples.Check(contents + Samples.Document + "\n" + body);

        Assert.Single(report.Documents);
        var finding = Assert.Single(report.AllFindings);
        Assert.Equal(RuleIds.StructureTocEntryMissing, finding.RuleId);
        Assert.Contains("关于不存在的通知", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("洛阳市人民政府办公室转发市财政局关于做好预算执行工作意见的通知")]
    [InlineData("洛阳市人民政府办公室转发洛阳市财政局关于做好预算执行工作意见的通知")]
    [InlineData("洛阳市人民政府办公室批转市发展改革委关于经济体制改革要点的通知")]
    [InlineData("洛阳市人民政府办公室印发洛阳市政务公开工作要点的通知")]
    [InlineData("洛阳市人民政府办公室\n转发市财政局关于做好预算执行\n工作意见的通知")]
    public void A_forwarding_title_is_issued_by_the_organ_that_forwards(string title)
    {
        // The organ whose document is forwarded (转发, 批转) is named before its own 关于; the issuer is the first organ.
        var report = Samples.Check(Samples.Document.Replace("洛阳市人民政府办公室关于加强某项工作的通知", title));

        var document = Assert.Single(report.Documents);
        Assert.Equal(["洛阳市人民政府办公室"], document.Issuers);
        Assert.Equal(title.Replace("\n", ""), document.Title);
        Assert.Empty(report.AllFindings);
    }
}
