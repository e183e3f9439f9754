using Compliance.TestSupport;

namespace Compliance.Checking.Tests;

/// <summary>
/// The three real bulletins in seeds/. Every document below was verified by reading the file: where it starts
/// (issuing-organ mark or title) and ends (the line before the next document), its fields, and what is wrong with it.
/// 000 is a file catalogue (tab table of contents; 涧西区 documents carry no signature and no marker), 001 a gazette
/// with ASCII-bracket markers (its habit: every mark half-width), some moved into the notice's sentence by extraction and one document without a date,
/// 002 a gazette with a dotted contents page, wrapped titles, mixed bracket widths and a joint document of four organs.
/// </summary>
public class SeedTests
{
    public static IEnumerable<object?[]> Documents =>
    [
        new object?[] { "000_49e847614e3d52cb.txt", 1, 20, 104, "洛政办〔2019〕35号", "洛阳市人民政府办公室关于大力发展粮食产业经济的实施意见", "洛阳市人民政府办公室", "洛阳市人民政府办公室", "2019-06-25", null, "publication.missing" },
        new object?[] { "000_49e847614e3d52cb.txt", 2, 108, 168, "洛政办〔2019〕36号", "洛阳市人民政府办公室关于加强公安民警职业保障的通知", "洛阳市人民政府办公室", "洛阳市人民政府办公室", "2019-06-25", null, "publication.missing" },
        new object?[] { "000_49e847614e3d52cb.txt", 3, 172, 300, "洛政办〔2019〕38号", "洛阳市人民政府办公室关于进一步做好城镇困难职工解困脱困工作的实施意见", "洛阳市人民政府办公室", "洛阳市人民政府办公室", "2019-07-09", null, "publication.missing" },
        new object?[] { "000_49e847614e3d52cb.txt", 4, 304, 512, "洛政办〔2019〕46号", "洛阳市人民政府办公室关于印发洛阳市进一步加快新能源汽车推广应用实施方案的通知", "洛阳市人民政府办公室", "洛阳市人民政府办公室", "2019-09-12", null, "publication.missing" },
        new object?[] { "000_49e847614e3d52cb.txt", 5, 516, 805, "洛政办〔2019〕48号", "洛阳市人民政府办公室关于印发洛阳市推进城市生活垃圾分类工作实施方案（试行）的通知", "洛阳市人民政府办公室", "洛阳市人民政府办公室", "2019-09-11", null, "publication.missing" },
        new object?[] { "000_49e847614e3d52cb.txt", 6, 809, 1053, "洛涧政办〔2019〕13号", "涧西区人民政府办公室关于印发涧西区永久基本农田核实整改补划暨储备区划定工作方案的通知", "涧西区人民政府办公室", null, "2019-07-05", null, "publication.missing,signature.missing" },
        new object?[] { "000_49e847614e3d52cb.txt", 7, 1055, 1111, "洛涧政办〔2019〕14号", "涧西区人民政府办公室关于印发涧西区耕地保护责任目标考核办法的通知", "涧西区人民政府办公室", null, "2019-08-01", null, "publication.missing,signature.missing" },
        new object?[] { "000_49e847614e3d52cb.txt", 8, 1113, 1226, "洛涧政办〔2019〕15号", "涧西区人民政府办公室关于印发涧西区全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案的通知", "涧西区人民政府办公室", null, "2019-08-26", null, "publication.missing,signature.missing" },
        new object?[] { "000_49e847614e3d52cb.txt", 9, 1228, 1411, "洛涧政办〔2019〕16号", "涧西区人民政府办公室关于印发《涧西区创建省级食品安全示范区工作实施方案》的通知", "涧西区人民政府办公室", null, "2019-08-26", null, "publication.missing,signature.missing" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 1, 3, 195, "乳政发〔2018〕1号", "乳山市人民政府关于印发乳山市土壤污染防治工作方案的通知", "乳山市人民政府", "乳山市人民政府", "2018-01-12", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 2, 197, 356, "乳政发〔2018〕2号", "乳山市人民政府关于实施政府提速工程的意见", "乳山市人民政府", "乳山市人民政府", "2018-02-13", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 3, 358, 447, "乳政发〔2018〕3号", "乳山市人民政府关于加强政府自身建设的意见", "乳山市人民政府", "乳山市人民政府", "2018-02-13", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 4, 449, 549, "乳政发〔2018〕4号", "乳山市人民政府关于开展乳山市第三次土地调查的通知", "乳山市人民政府", "乳山市人民政府", null, "此件公开发布", "date.missing" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 5, 551, 623, "乳政发〔2018〕5号", "乳山市人民政府关于推进“鲁担惠农贷”农业信贷担保工作的意见", "乳山市人民政府", "乳山市人民政府", "2018-03-08", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 6, 625, 833, "乳政办发〔2018〕1号", "乳山市人民政府办公室关于印发乳山市农村供暖工作实施方案的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-01-05", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 7, 835, 1539, "乳政办发〔2018〕2号", "乳山市人民政府办公室关于印发乳山市重污染天气应急预案的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-01-08", "此件公开发布", "publication.brackets" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 8, 1541, 1628, "乳政办发〔2018〕3号", "乳山市人民政府办公室关于印发关于建立健全综合行政执法配合联动机制的实施意见的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-02-11", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 9, 1630, 1736, "乳政办发〔2018〕4号", "乳山市人民政府办公室关于印发乳山市餐饮质量安全提升工程实施方案的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-03-06", "此件公开发布", "publication.brackets" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 10, 1738, 1799, "乳政办发〔2018〕5号", "乳山市人民政府办公室关于印发乳山市畜禽养殖废弃物资源化利用实施方案的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-03-06", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 11, 1801, 1913, "乳政办发〔2018〕6号", "乳山市人民政府办公室关于印发“食安乳山”品牌建设实施方案的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-03-07", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 12, 1915, 1983, "乳政办发〔2018〕7号", "乳山市人民政府办公室关于印发乳山市“鲁担惠农贷”风险补偿基金管理暂行办法的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-03-08", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 13, 1985, 2168, "乳政办发〔2018〕8号", "乳山市人民政府办公室关于印发乳山市政府性债务管理办法的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-03-14", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 14, 2170, 2289, "乳政办发〔2018〕9号", "乳山市人民政府办公室关于印发乳山市税收保障工作实施方案的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-03-14", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 15, 2291, 2401, "乳政办发〔2018〕10号", "乳山市人民政府办公室关于印发乳山市存量房交易资金监管暂行办法的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-03-27", "此件公开发布", "" },
        new object?[] { "001_9ce87f5440d1c5bb.txt", 16, 2403, 2527, "乳政办发〔2018〕11号", "乳山市人民政府办公室关于印发乳山市政务信息系统项目管理办法的通知", "乳山市人民政府办公室", "乳山市人民政府办公室", "2018-03-29", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 1, 53, 324, "吕政发〔2019〕5号", "吕梁市人民政府关于印发吕梁市工程建设项目审批制度改革实施方案的通知", "吕梁市人民政府", "吕梁市人民政府", "2019-06-18", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 2, 326, 465, "吕政发〔2019〕7号", "吕梁市人民政府关于印发吕梁市全域土地综合整治与生态修复提升工作实施方案的通知", "吕梁市人民政府", "吕梁市人民政府", "2019-09-26", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 3, 467, 702, "吕政发〔2019〕9号", "吕梁市人民政府关于印发吕梁市城市生活垃圾分类处理工作实施方案的通知", "吕梁市人民政府", "吕梁市人民政府", "2019-09-30", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 4, 704, 756, "吕政办发〔2019〕25号", "吕梁市人民政府办公室关于加强新时代七好司法所建设的意见", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-06-20", "此件公开发布", "publication.brackets" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 5, 758, 1042, "吕政办发〔2019〕27号", "吕梁市人民政府办公室关于印发吕梁市加快推进棚户区改造实施方案的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-06-15", "此件公开发布", "publication.brackets" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 6, 1044, 1480, "吕政办发〔2019〕29号", "吕梁市人民政府办公室关于印发吕梁市市级公共服务事项目录的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-06-21", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 7, 1482, 1696, "吕政办发〔2019〕30号", "吕梁市人民政府办公室关于印发《吕梁市食品安全三年行动计划(2019-2021年)》的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-07-08", "此件公开发布", "publication.brackets" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 8, 1698, 1782, "吕政办发〔2019〕31号", "吕梁市人民政府办公室关于印发吕梁市水土保持目标责任考核办法(试行)的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-07-15", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 9, 1784, 2433, "吕政办发〔2019〕32号", "吕梁市人民政府办公室关于印发吕梁市创建省级环保模范城市实施方案和吕梁市创建省级环保模范城市2019年行动计划的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-07-25", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 10, 2435, 2641, "吕政办发〔2019〕33号", "吕梁市人民政府办公室印发关于开展城市道路交通综合整治工作的实施方案的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-06-18", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 11, 2643, 2854, "吕政办发〔2019〕35号", "吕梁市人民政府办公室关于印发吕梁市柴油货车和散装物料运输车污染防治攻坚战行动计划实施方案的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-07-26", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 12, 2856, 2938, "吕政办发〔2019〕36号", "吕梁市人民政府办公室关于印发吕梁市农村集体产权制度改革整市试点推进工作方案的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-07-25", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 13, 2940, 3157, "吕政办发〔2019〕38号", "吕梁市人民政府办公室关于印发综合防控儿童青少年近视工作实施方案的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-07-25", "此件公开发布", "publication.brackets" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 14, 3159, 3281, "吕政办发〔2019〕41号", "吕梁市人民政府办公室关于印发吕梁市进一步推进“两不愁三保障”突出问题解决的若干措施的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-08-20", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 15, 3283, 3479, "吕政办发〔2019〕44号", "吕梁市人民政府办公室关于印发吕梁市打赢蓝天保卫战2019年行动计划的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-09-04", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 16, 3481, 3674, "吕政办发〔2019〕47号", "吕梁市人民政府办公室关于印发吕梁市国土空间规划编制工作方案的通知", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-09-29", "此件公开发布", "" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 17, 3676, 3776, "吕政办发〔2019〕48号", "吕梁市人民政府办公室关于全面推进农业生产托管服务的指导意见", "吕梁市人民政府办公室", "吕梁市人民政府办公室", "2019-09-27", null, "publication.missing" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 18, 3778, 3841, "吕农发〔2019〕36号", "吕梁市农业农村局吕梁市林业局吕梁市扶贫开发办公室吕梁市财政局关于印发《2019年全市林下经济产业发展指导意见》的通知", "吕梁市农业农村局", "吕梁市农业农村局、吕梁市林业局、吕梁市扶贫开发办公室、吕梁市财政局", "2019-04-01", null, "publication.missing" },
        new object?[] { "002_bc7c144ecaea1a61.txt", 19, 3843, 3923, "吕农发〔2019〕54号", "吕梁市农业农村局关于印发2019年全市农业农村工作要点的通知", "吕梁市农业农村局", "吕梁市农业农村局", "2019-04-16", null, "publication.missing" },
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_has_its_boundaries_fields_and_findings(string seed, int index, int startLine, int endLine, string? docNumber,
        string? title, string? issuer, string? signature, string? date, string? marker, string ruleIds)
    {
        var report = Check(seed);

        var document = report.Documents[index - 1];
        Assert.Equal(index, document.Index);
        Assert.Equal(startLine, document.StartLine);
        Assert.Equal(endLine, document.EndLine);
        Assert.Equal(docNumber, document.DocNumber);
        Assert.Equal(title, document.Title);
        Assert.Equal(issuer, document.Issuer);
        Assert.Equal(signature, document.Signature);
        Assert.Equal(date, document.Date?.ToString("yyyy-MM-dd"));
        Assert.Equal(marker, document.PublicationMarker);
        Assert.Equal(ruleIds, string.Join(",", HeadAndTail(document).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("000_49e847614e3d52cb.txt", 9)]
    [InlineData("001_9ce87f5440d1c5bb.txt", 16)]
    [InlineData("002_bc7c144ecaea1a61.txt", 19)]
    public void Bulletin_has_exactly_its_documents_and_no_bulletin_level_findings(string seed, int documents)
    {
        var report = Check(seed);

        Assert.Equal("utf-8", report.Encoding);
        Assert.Equal(documents, report.Documents.Count);
        // Every contents entry is found in the body and every document is listed: no structure findings.
        Assert.Empty(report.Findings);
        Assert.DoesNotContain(report.AllFindings, f => f.RuleId.StartsWith("structure.", StringComparison.Ordinal));
    }

    [Fact]
    public void Contents_pages_covers_and_editorial_blocks_are_not_documents()
    {
        // 002 opens with a cover (gazette name, organ on its own line), a contents page with section headings such as
        // 市政府文件 (which looks like an issuing-organ mark); the first document starts at line 53.
        Assert.Equal(53, Check("002_bc7c144ecaea1a61.txt").Documents[0].StartLine);
        // 000's catalogue tables list every number; the first document starts at its mark on line 20.
        Assert.Equal(20, Check("000_49e847614e3d52cb.txt").Documents[0].StartLine);
    }

    [Fact]
    public void Joint_document_lists_all_its_issuers_and_the_lead_one_first()
    {
        var joint = Check("002_bc7c144ecaea1a61.txt").Documents.Single(d => d.DocNumber == "吕农发〔2019〕36号");

        Assert.Equal(["吕梁市农业农村局", "吕梁市林业局", "吕梁市扶贫开发办公室", "吕梁市财政局"], joint.Issuers);
        Assert.Equal("吕梁市农业农村局", joint.Issuer);
        Assert.Equal("吕梁市农业农村局、吕梁市林业局、吕梁市扶贫开发办公室、吕梁市财政局", joint.Signature);
        Assert.DoesNotContain(joint.Findings, f => f.RuleId is "signature.mismatch" or "issuer.unregistered");
    }

    [Fact]
    public void Marker_that_extraction_moved_into_a_sentence_is_not_a_placement_finding()
    {
        // 001 line 13: "(此件公开发布)" stands between "…印发" and "给你们,…": a page-layout artefact. Its half-width
        // brackets are the document's habit (punctuation.half-width), not a finding of their own.
        var first = Check("001_9ce87f5440d1c5bb.txt").Documents[0];

        Assert.Equal(13, first.Lines.PublicationMarker);
        Assert.Empty(HeadAndTail(first));
        Assert.Contains(first.Findings, f => f.RuleId == RuleIds.PunctuationHalfWidth);
    }

    [Fact]
    public void Plan_issued_by_a_notice_belongs_to_the_notice()
    {
        // 000 #4 issues a plan (实施方案) after its date at line 316, with an attachment table: all up to its colophon.
        var notice = Check("000_49e847614e3d52cb.txt").Documents[3];

        Assert.Equal(316, HeadAndTail(notice).Single().Line);
        Assert.Equal(512, notice.EndLine);
        Assert.Equal(new DateOnly(2019, 9, 12), notice.Date);
    }

    /// <summary>The rules on the head and tail of a document (number, title, issuer, date, signature, marker) and on the
    /// bulletin, which this table covers; the rules on the other parts have their expected findings in
    /// <see cref="SeedPartFindingsTests"/>.</summary>
    internal static readonly HashSet<string> HeadAndTailRules =
    [
        RuleIds.NumberMissing, RuleIds.NumberBrackets, RuleIds.NumberYearFormat, RuleIds.NumberOrdinalPrefix, RuleIds.NumberZeroPadding,
        RuleIds.NumberSuffix, RuleIds.NumberArabicNumerals, RuleIds.NumberAgencyCode, RuleIds.NumberDuplicate, RuleIds.NumberYearMismatch,
        RuleIds.TitleMissing, RuleIds.TitleKindMissing, RuleIds.IssuerMissing, RuleIds.IssuerMismatch, RuleIds.IssuerUnregistered,
        RuleIds.DateMissing, RuleIds.DateArabicNumerals, RuleIds.DateFullYear, RuleIds.DateZeroPadding, RuleIds.DateInvalid, RuleIds.DateFuture,
        RuleIds.SignatureMissing, RuleIds.SignatureMismatch, RuleIds.PublicationMissing, RuleIds.PublicationBrackets, RuleIds.PublicationPlacement,
        RuleIds.StructureTocEntryMissing, RuleIds.StructureDocumentNotInToc, RuleIds.StructureNoDocuments, RuleIds.StructureUnreadable,
    ];

    private static IEnumerable<Finding> HeadAndTail(DocumentReport document) => document.Findings.Where(f => HeadAndTailRules.Contains(f.RuleId));

    private static BulletinReport Check(string seed)
        => Samples.Checker().Check(File.ReadAllBytes(RepositoryPaths.SeedPath(seed)), seed);
}
