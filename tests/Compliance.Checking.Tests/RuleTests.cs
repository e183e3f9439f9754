using Compliance.Checking.Rules;

namespace Compliance.Checking.Tests;

/// <summary>Every rule has a passing case (the well-formed sample) and a failing one (the sample with one part broken).</summary>
public class RuleTests
{
    private const string Toc = "目 录\n\n关于不存在的通知·····1\n\n";

    public static TheoryData<string, string, string> Breakages => new()
    {
        { RuleIds.NumberMissing, "洛政办〔2019〕35号", "" },
        { RuleIds.NumberBrackets, "洛政办〔2019〕35号", "洛政办[2019]35号" },
        { RuleIds.NumberYearFormat, "洛政办〔2019〕35号", "洛政办〔19〕35号" },
        { RuleIds.NumberOrdinalPrefix, "洛政办〔2019〕35号", "洛政办〔2019〕第35号" },
        { RuleIds.NumberZeroPadding, "洛政办〔2019〕35号", "洛政办〔2019〕035号" },
        { RuleIds.NumberSuffix, "洛政办〔2019〕35号", "洛政办〔2019〕35" },
        { RuleIds.NumberArabicNumerals, "洛政办〔2019〕35号", "洛政办〔二〇一九〕35号" },
        { RuleIds.NumberAgencyCode, "洛政办〔2019〕35号", "洛政〔2019〕35号" },
        { RuleIds.NumberYearMismatch, "洛政办〔2019〕35号", "洛政办〔2018〕35号" },
        { RuleIds.NumberLetterForm, "关于加强某项工作的通知", "关于商请支持某项工作的函" },
        { RuleIds.TitleMissing, "洛阳市人民政府办公室关于加强某项工作的通知", "" },
        { RuleIds.TitleKindMissing, "洛阳市人民政府办公室关于加强某项工作的通知", "洛阳市人民政府办公室关于加强某项工作的" },
        { RuleIds.IssuerMissing, "洛阳市人民政府办公室", "" },
        { RuleIds.IssuerMismatch, "洛阳市人民政府办公室文件", "洛阳市人民政府文件" },
        { RuleIds.IssuerUnregistered, "洛阳市人民政府办公室", "洛阳市测试工作局" },
        { RuleIds.DateMissing, "2019年6月25日", "" },
        { RuleIds.DateArabicNumerals, "2019年6月25日", "二〇一九年六月二十五日" },
        { RuleIds.DateFullYear, "2019年6月25日", "19年6月25日" },
        { RuleIds.DateZeroPadding, "2019年6月25日", "2019年06月25日" },
        { RuleIds.DateInvalid, "2019年6月25日", "2019年2月30日" },
        { RuleIds.DateFuture, "2019年6月25日", "2027年6月25日" },
        { RuleIds.SignatureMissing, "洛阳市人民政府办公室\n\n2019年6月25日", "2019年6月25日" },
        { RuleIds.SignatureMismatch, "洛阳市人民政府办公室\n\n2019年6月25日", "洛阳市人民政府\n\n2019年6月25日" },
        { RuleIds.PublicationMissing, "（此件公开发布）", "" },
        { RuleIds.PublicationBrackets, "（此件公开发布）", "(此件公开发布)" },
        { RuleIds.PublicationPlacement, "洛阳市人民政府办公室\n\n2019年6月25日\n\n（此件公开发布）", "（此件公开发布）\n\n洛阳市人民政府办公室\n\n2019年6月25日" },
        { RuleIds.AddresseeColon, "市人民政府各部门：", "市人民政府各部门。" },
        { RuleIds.TitlePunctuation, "洛阳市人民政府办公室关于加强某项工作的通知", "洛阳市人民政府办公室关于加强某项工作，推进落实的通知" },
        { RuleIds.AttachmentNoteForm, "附件：1.某项工作任务分解表", "附件：1、某项工作任务分解表" },
        { RuleIds.AttachmentMismatch, "附件2\n\n某项工作联系人名单", "附件2\n\n某项工作联系人员名单" },
        { RuleIds.ImprintCopyTo, "市人大常委会办公室。", "市人大常委会办公室" },
        { RuleIds.ImprintDateFormat, "2019年6月25日印发", "2019年06月25日印发" },
        { RuleIds.ImprintDateBeforeSigning, "2019年6月25日印发", "2019年6月20日印发" },
        { RuleIds.HeadingForm, "（一）指导思想", "（一）、指导思想" },
        { RuleIds.HeadingSequence, "二、保障措施", "三、保障措施" },
        { RuleIds.CitationNumberWithoutTitle, "现将有关事项通知如下", "按照洛政〔2019〕12号文件要求，现将有关事项通知如下" },
        { RuleIds.CitationNumberForm, "现将有关事项通知如下", "根据《洛阳市人民政府关于某项工作的通知》（洛政[2019]12号），现将有关事项通知如下" },
        { RuleIds.CitationFuture, "现将有关事项通知如下", "根据《洛阳市人民政府关于某项工作的通知》（洛政〔2020〕12号），现将有关事项通知如下" },
        { RuleIds.StructureTocEntryMissing, "洛阳市人民政府办公室文件\n\n洛政办", Toc + "洛阳市人民政府办公室文件\n\n洛政办" },
        { RuleIds.StructureDocumentNotInToc, "洛阳市人民政府办公室文件\n\n洛政办", Toc + "洛阳市人民政府办公室文件\n\n洛政办" },
    };

    [Fact]
    public void Well_formed_document_passes_every_rule()
    {
        var report = Samples.Check(Samples.Document);

        var document = Assert.Single(report.Documents);
        Assert.Empty(report.AllFindings);
        Assert.Equal("洛政办〔2019〕35号", document.DocNumber);
        Assert.Equal("洛阳市人民政府办公室关于加强某项工作的通知", document.Title);
        Assert.Equal("通知", document.Kind);
        Assert.Equal("洛阳市人民政府办公室", document.Issuer);
        Assert.Equal("洛阳市人民政府办公室", document.Signature);
        Assert.Equal(new DateOnly(2019, 6, 25), document.Date);
        Assert.Equal("此件公开发布", document.PublicationMarker);
        Assert.Equal(1, document.StartLine);
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Broken_part_is_reported_by_its_rule(string ruleId, string part, string replacement)
    {
        Assert.Contains(part, Samples.Document);
        var broken = part == "洛阳市人民政府办公室" && ruleId == RuleIds.IssuerMissing
            ? Samples.Document.Replace("洛阳市人民政府办公室文件\n\n", "").Replace(part, replacement)
            : Samples.Document.Replace(part, replacement);

        var report = Samples.Check(broken);

        var finding = Assert.Single(report.AllFindings, f => f.RuleId == ruleId);
        Assert.Equal(RuleCatalog.Default.Get(ruleId).DefaultSeverity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.DoesNotContain("{0}", finding.Message);
        Assert.NotNull(finding.Line);
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Every_rule_is_configured_by_its_id_alone(string ruleId, string part, string replacement)
    {
        // What a deployment can do with any rule, new ones included, with nothing written for the rule itself.
        var broken = part == "洛阳市人民政府办公室" && ruleId == RuleIds.IssuerMissing
            ? Samples.Document.Replace("洛阳市人民政府办公室文件\n\n", "").Replace(part, replacement)
            : Samples.Document.Replace(part, replacement);
        var off = Checking.Configuration.ComplianceConfiguration.Parse($$"""{ "rules": { "{{ruleId}}": { "enabled": false } } }""");
        var info = Checking.Configuration.ComplianceConfiguration.Parse($$"""{ "rules": { "{{ruleId}}": { "severity": "info" } } }""");

        Assert.DoesNotContain(Samples.Check(broken, off).AllFindings, f => f.RuleId == ruleId);
        Assert.Equal(Severity.Info, Assert.Single(Samples.Check(broken, info).AllFindings, f => f.RuleId == ruleId).Severity);
    }

    [Fact]
    public void Every_rule_except_input_level_ones_has_a_breakage_case()
    {
        var covered = Breakages.Select(row => (string)row[0]).ToHashSet();
        covered.UnionWith([RuleIds.NumberDecreeForm /* Special/SpecialFormatTests */,
            RuleIds.CitationTitleMismatch, RuleIds.CitationNumberMismatch, RuleIds.CitationTitleConflict /* across documents: Citations/CitationRegistryGeneratorTests */,
            RuleIds.PunctuationHalfWidth, RuleIds.NumberDuplicate, RuleIds.StructureNoDocuments, RuleIds.StructureUnreadable]);
        // The layout rules need a Word file: Layout/FormattingLevelTests and Layout/LayoutRuleTests break each one.
        covered.UnionWith(RuleCatalog.Default.Descriptors.Where(d => d.Family == "layout").Select(d => d.Id));
        Assert.All(RuleCatalog.Default.Descriptors, d => Assert.Contains(d.Id, covered));
    }

    /// <summary>The sample as a PDF converter that writes every mark half-width would give it.</summary>
    internal static string HalfWidth(string text)
        => text.Replace('，', ',').Replace('：', ':').Replace('；', ';').Replace('（', '(').Replace('）', ')');

    [Fact]
    public void Half_width_habit_is_one_informational_finding_and_no_other()
    {
        var report = Samples.Check(HalfWidth(Samples.Document));

        var finding = Assert.Single(report.AllFindings);
        Assert.Equal(RuleIds.PunctuationHalfWidth, finding.RuleId);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(7, finding.Line); // the addressees: the first half-width mark
        Assert.Contains("半角", finding.Message);
    }

    [Fact]
    public void A_few_half_width_slips_are_no_habit()
    {
        var slips = Samples.Document.Replace("现将有关事项通知如下，", "现将有关事项通知如下,").Replace("（二）工作目标", "(二)工作目标");

        Assert.DoesNotContain(Samples.Check(slips).AllFindings, f => f.RuleId == RuleIds.PunctuationHalfWidth);
    }

    [Fact]
    public void Signature_may_use_the_standard_short_name()
    {
        var shortName = Samples.Document.Replace("洛阳市人民政府办公室\n\n2019年6月25日", "洛阳市政府办公室\n\n2019年6月25日");
        Assert.Contains("洛阳市政府办公室", shortName);

        Assert.DoesNotContain(Samples.Check(shortName).AllFindings, f => f.RuleId == RuleIds.SignatureMismatch);
    }

    [Fact]
    public void Number_used_twice_is_reported_on_the_second_document_only()
    {
        var twice = Samples.Document + "\n" + Samples.Document.Replace("加强某项工作", "另一项工作");

        var report = Samples.Check(twice);

        Assert.Equal(2, report.Documents.Count);
        Assert.DoesNotContain(report.Documents[0].Findings, f => f.RuleId == RuleIds.NumberDuplicate);
        var duplicate = Assert.Single(report.Documents[1].Findings, f => f.RuleId == RuleIds.NumberDuplicate);
        Assert.Contains("第 3 行", duplicate.Message);
    }

    [Fact]
    public void Distinct_numbers_are_not_duplicates()
    {
        var two = Samples.Document + "\n" + Samples.Document.Replace("35号", "36号");

        Assert.DoesNotContain(Samples.Check(two).AllFindings, f => f.RuleId == RuleIds.NumberDuplicate);
    }

    [Fact]
    public void Text_without_documents_is_reported_as_such()
    {
        var report = Samples.Check("这是一段普通的文字，不是公文。\n第二行。\n");

        Assert.Empty(report.Documents);
        Assert.Equal(RuleIds.StructureNoDocuments, Assert.Single(report.Findings).RuleId);
        Assert.False(report.IsUnreadable);
    }

    [Fact]
    public void Table_of_contents_listing_the_document_passes()
    {
        var report = Samples.Check("目 录\n\n关于加强某项工作的通知·····1\n\n" + Samples.Document);

        Assert.Empty(report.AllFindings);
        Assert.Single(report.Documents);
    }

    [Fact]
    public void Spaces_inserted_by_pdf_extraction_are_not_findings()
    {
        var spaced = Samples.Document.Replace("洛政办〔2019〕35号", "洛政办〔2019〕35 号").Replace("2019年6月25日", "2019 年 6 月 25 日")
            .Replace("洛阳市人民政府办公室关于", "洛阳市人民政府办公室 关于");

        var report = Samples.Check(spaced);

        Assert.Empty(report.AllFindings);
        var document = Assert.Single(report.Documents);
        Assert.Equal("洛政办〔2019〕35号", document.DocNumber);
        Assert.Equal("2019年6月25日", document.DateText);
        Assert.DoesNotContain(" ", document.Title);
    }
}
