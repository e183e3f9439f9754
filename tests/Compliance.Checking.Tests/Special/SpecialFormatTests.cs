using Compliance.TestSupport;

namespace Compliance.Checking.Tests.Special;

/// <summary>
/// The special formats of GB/T 9704 §10 in fixtures built like the seeds (text extracted from a gazette's PDF: spaces
/// inside numbers and dates, wrapped lines, running page headers): a decree with the regulation it promulgates, minutes
/// with attendees, a letter — each found with its fields and no finding — and a damaged copy of each with its finding.
/// </summary>
public class SpecialFormatTests
{
    internal static string FixturePath(string name) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "special", name);

    internal static BulletinReport CheckFixture(string name) => Samples.Checker().Check(File.ReadAllBytes(FixturePath(name)), name);

    private static int LineOf(string name, string text)
        => Array.FindIndex(File.ReadAllLines(FixturePath(name)), l => l == text) + 1;

    [Fact]
    public void Decree_is_found_with_its_number_signatory_and_date_and_the_regulation_it_promulgates()
    {
        var report = CheckFixture("decree.txt");

        var d = Assert.Single(report.Documents);
        Assert.Equal(SpecialFormat.Decree, d.Format);
        Assert.Equal("洛阳市人民政府令", d.Title);
        Assert.Equal("令", d.Kind);
        Assert.Equal("洛阳市人民政府", d.Issuer);
        Assert.Equal("第12号", d.DocNumber);
        Assert.Equal(LineOf("decree.txt", "第 12 号"), d.Lines.DocNumber);
        Assert.Equal("市长　张三", d.Signature);
        Assert.Equal(LineOf("decree.txt", "市　长　张　三"), d.Lines.Signature);
        Assert.Equal(new DateOnly(2019, 11, 28), d.Date);
        Assert.Equal(LineOf("decree.txt", "洛阳市人民政府令"), d.StartLine);
        Assert.Equal(File.ReadAllLines(FixturePath("decree.txt")).Length, d.EndLine); // the regulation's last article
        Assert.Empty(report.AllFindings);
    }

    [Fact]
    public void Minutes_are_found_with_their_issue_and_date_and_need_no_signature_or_addressees()
    {
        var report = CheckFixture("minutes.txt");

        var d = Assert.Single(report.Documents);
        Assert.Equal(SpecialFormat.Minutes, d.Format);
        Assert.Equal("洛阳市人民政府常务会议纪要", d.Title);
        Assert.Equal("纪要", d.Kind);
        Assert.Equal("洛阳市人民政府", d.Issuer);
        Assert.Equal("第5期", d.DocNumber);
        Assert.Equal(new DateOnly(2019, 5, 10), d.Date);
        Assert.Equal(File.ReadAllLines(FixturePath("minutes.txt")).Length, d.EndLine); // the attendance belongs to them
        Assert.Empty(report.AllFindings);
    }

    [Fact]
    public void Minutes_attendance_is_recorded()
    {
        var text = File.ReadAllText(FixturePath("minutes.txt"));
        var (documents, _) = Checking.Extraction.DocumentExtractor.Extract(new Checking.Reading.SourceText("text", "utf-8", Checking.Reading.TextBulletinReader.SplitLines(text)));

        var d = Assert.Single(documents);
        Assert.Equal(["出席", "请假", "列席"], d.Attendance!.Value.Value);
        Assert.Equal(LineOf("minutes.txt", "出席：张三　李四　王五　赵六"), d.Attendance.Value.Line);
    }

    [Fact]
    public void Letter_is_found_with_its_letter_number()
    {
        var report = CheckFixture("letter.txt");

        var d = Assert.Single(report.Documents);
        Assert.Equal(SpecialFormat.Letter, d.Format);
        Assert.Equal("函", d.Kind);
        Assert.Equal("洛政办函〔2019〕5号", d.DocNumber);
        Assert.Equal("洛阳市人民政府办公室", d.Issuer);
        Assert.Equal("洛阳市人民政府办公室", d.Signature);
        Assert.Equal(new DateOnly(2019, 7, 3), d.Date);
        Assert.Empty(report.AllFindings);
    }

    [Theory]
    [InlineData("decree-no-signatory.txt", SpecialFormat.Decree, RuleIds.SignatureMissing, "2019 年 11 月 28 日")]
    [InlineData("decree-year-number.txt", SpecialFormat.Decree, RuleIds.NumberDecreeForm, "〔2019〕5 号")]
    [InlineData("letter-ordinary-number.txt", SpecialFormat.Letter, RuleIds.NumberLetterForm, "洛政办〔2019〕5 号")]
    [InlineData("minutes-round-brackets.txt", SpecialFormat.Minutes, RuleIds.NumberBrackets, "（2019）5 号")]
    public void Damaged_copy_gives_its_one_finding_and_keeps_its_document(string name, SpecialFormat format, string rule, string line)
    {
        var report = CheckFixture(name);

        var d = Assert.Single(report.Documents);
        Assert.Equal(format, d.Format);
        var finding = Assert.Single(report.AllFindings);
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(LineOf(name, line), finding.Line);
        Assert.DoesNotContain("{0}", finding.Message);
    }

    [Fact]
    public void Bulletin_mixing_special_and_ordinary_documents_finds_each_with_its_boundaries()
    {
        var report = CheckFixture("bulletin.txt");
        var lines = File.ReadAllLines(FixturePath("bulletin.txt"));
        int Line(string text) => Array.IndexOf(lines, text) + 1;

        Assert.Equal(
            [SpecialFormat.Decree, SpecialFormat.Ordinary, SpecialFormat.Minutes, SpecialFormat.Letter, SpecialFormat.Ordinary],
            report.Documents.Select(d => d.Format));
        // Each starts at its mark (or its number, for the ones without a mark) and ends where the next starts: the
        // regulation with the decree, the attendance with the minutes, running page headers with the document above.
        Assert.Equal([Line("洛阳市人民政府令"), Line("洛阳市人民政府文件"), Line("洛阳市人民政府常务会议纪要"), Line("洛政办函〔2019〕5 号"), Line("洛政办〔2019〕40 号")],
            report.Documents.Select(d => d.StartLine));
        Assert.Equal([Line("第六条　本办法自 2020 年 1 月 1 日起施行。"), Line("洛阳市人民政府常务会议纪要") - 2, Line("洛政办函〔2019〕5 号") - 2,
                      Line("洛政办〔2019〕40 号") - 2, lines.Length], report.Documents.Select(d => d.EndLine));
        Assert.Equal(["第12号", "洛政〔2019〕21号", "第5期", "洛政办函〔2019〕5号", "洛政办〔2019〕40号"], report.Documents.Select(d => d.DocNumber));
        Assert.Equal(["市长　张三", "洛阳市人民政府", "洛阳市人民政府办公室", "洛阳市人民政府办公室", "洛阳市人民政府办公室"], report.Documents.Select(d => d.Signature));
        Assert.All(report.Documents, d => Assert.NotNull(d.Date));
        Assert.Empty(report.AllFindings); // the contents page lists the decree and the minutes by mark and number
    }

    [Theory]
    [InlineData("洛阳市城市绿化管理办法")] // the regulation the decree promulgates
    [InlineData("洛阳市人民政府令第12号")]
    [InlineData("洛阳市人民政府令(第12号)")]
    public void Contents_page_may_list_a_decree_by_its_regulation_or_its_mark_and_number(string entry)
    {
        var text = File.ReadAllText(FixturePath("bulletin.txt")).Replace("洛阳市人民政府令（第 12 号）", entry);

        var report = Samples.Check(text);

        Assert.Equal(5, report.Documents.Count);
        Assert.Empty(report.AllFindings);
    }

    [Fact]
    public void Decree_records_the_regulation_it_promulgates()
    {
        var text = File.ReadAllText(FixturePath("decree.txt"));
        var (documents, _) = Checking.Extraction.DocumentExtractor.Extract(new Checking.Reading.SourceText("text", "utf-8", Checking.Reading.TextBulletinReader.SplitLines(text)));

        var d = Assert.Single(documents);
        Assert.Equal("洛阳市城市绿化管理办法", d.Promulgated!.Value.Value);
        Assert.Equal(LineOf("decree.txt", "洛阳市城市绿化管理办法"), d.Promulgated.Value.Line);
        Assert.Equal("市长", d.Signatory!.Value.Value.Office);
        Assert.Equal("张三", d.Signatory.Value.Value.Name);
    }

    private static BulletinReport CheckDecree(Func<string, string> change)
        => Samples.Check(change(File.ReadAllText(FixturePath("decree.txt"))));

    [Theory]
    [InlineData("第 12 号", "第 012 号", RuleIds.NumberZeroPadding)]
    [InlineData("第 12 号", "第十二号", RuleIds.NumberArabicNumerals)]
    [InlineData("第 12 号", "洛政〔2019〕12 号", RuleIds.NumberDecreeForm)]
    [InlineData("第 12 号\n", "", RuleIds.NumberMissing)]
    public void Decree_number_is_checked(string part, string replacement, string rule)
    {
        var report = CheckDecree(t => t.Replace(part, replacement));

        var d = Assert.Single(report.Documents);
        Assert.Equal(SpecialFormat.Decree, d.Format);
        Assert.Equal([rule], report.AllFindings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("市　长　张　三", "代市长 李四")]
    [InlineData("市　长　张　三", "市长　张三")]
    [InlineData("洛阳市人民政府令\n\n第 12 号", "洛阳市人民政府令第 12 号")]
    [InlineData("洛阳市人民政府令", "洛 阳 市 人 民 政 府 令")]
    [InlineData("洛阳市人民政府令", "洛阳市人民政府命令")]
    public void Decree_layouts_are_read_without_findings(string part, string replacement)
    {
        var report = CheckDecree(t => t.Replace(part, replacement));

        var d = Assert.Single(report.Documents);
        Assert.Equal(SpecialFormat.Decree, d.Format);
        Assert.Equal("第12号", d.DocNumber);
        Assert.NotNull(d.Signature);
        Assert.Empty(report.AllFindings);
    }

    [Fact]
    public void Decree_number_is_never_an_ordinal_prefix()
    {
        var report = CheckDecree(t => t);

        Assert.DoesNotContain(report.AllFindings, f => f.RuleId == RuleIds.NumberOrdinalPrefix);
    }

    [Fact]
    public void Minutes_without_date_or_number_are_not_reported_for_signature_or_number()
    {
        var text = File.ReadAllText(FixturePath("minutes.txt")).Replace("第 5 期\n\n", "");

        var report = Samples.Check(text);

        var d = Assert.Single(report.Documents);
        Assert.Equal(SpecialFormat.Minutes, d.Format);
        Assert.Null(d.DocNumber);
        Assert.Empty(report.AllFindings);
    }

    [Fact]
    public void Minutes_numbered_without_agency_code_are_checked_like_a_number()
    {
        var report = Samples.Check(File.ReadAllText(FixturePath("minutes.txt")).Replace("第 5 期", "〔2019〕5 号"));

        Assert.Equal("〔2019〕5号", Assert.Single(report.Documents).DocNumber);
        Assert.Empty(report.AllFindings);
    }

    [Theory]
    [InlineData("洛政纪〔2019〕5 号")]
    [InlineData("洛政〔2019〕5 号")]
    public void Minutes_numbered_in_their_organ_s_series_are_no_finding(string number)
    {
        var report = Samples.Check(File.ReadAllText(FixturePath("minutes.txt")).Replace("第 5 期", number));

        var d = Assert.Single(report.Documents);
        Assert.Equal(SpecialFormat.Minutes, d.Format);
        Assert.Equal(number.Replace(" ", ""), d.DocNumber);
        Assert.Empty(report.AllFindings);
    }

    [Fact]
    public void Ordinary_document_numbered_in_the_letter_series_is_no_finding()
    {
        var report = Samples.Check(Samples.Document.Replace("洛政办〔2019〕35号", "洛政办函〔2019〕35号"));

        var d = Assert.Single(report.Documents);
        Assert.Equal(SpecialFormat.Ordinary, d.Format);
        Assert.Empty(report.AllFindings);
    }

    [Fact]
    public void A_decree_cited_in_a_body_or_a_minutes_heading_in_a_body_starts_no_document()
    {
        var text = Samples.Document.Replace("现将有关事项通知如下，请认真贯彻执行。",
            "根据《洛阳市城市绿化管理办法》（洛阳市人民政府令第12号），现将有关事项通知如下，请认真贯彻执行。\n\n会议纪要\n\n2019年6月20日召开的会议研究了有关事项。");

        var d = Assert.Single(Samples.Check(text).Documents);
        Assert.Equal(SpecialFormat.Ordinary, d.Format);
    }
}
