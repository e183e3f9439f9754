using System.Text;
using Compliance.Checking.Configuration;

namespace Compliance.Checking.Tests.Special;

/// <summary>
/// Decrees, minutes and letters with random organs, names, numbers, dates and layouts (the decree's number on its own
/// line or the mark's, letter-spaced marks and names, spaces inside numbers and dates as PDF extraction leaves them,
/// wrapped body lines, running page headers, the promulgated regulation or none, ordinary documents around them): each
/// is always found with its fields, and never gets a finding.
/// </summary>
public class SpecialFormatGeneratorTests
{
    private static readonly string[] Places = ["江州", "临川", "青河", "安平", "云阳", "北溪", "东坪", "南浦"];
    private static readonly (string Level, string Office)[] Levels = [("省", "省长"), ("市", "市长"), ("县", "县长"), ("区", "区长"), ("自治州", "州长")];
    private static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "欧阳"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "华", "平"];
    private static readonly string[] Subjects = ["城市绿化", "住宅物业", "地名", "燃气", "城市供水", "公共停车场", "户外广告设施", "历史文化街区保护"];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 150; seed++) data.Add(seed);
        return data;
    }

    private sealed record Case(string Text, string Organ, SpecialFormat Format, string Number, string? Signature, DateOnly Date, int Documents)
    {
        /// <summary>The printed lines of the number and signatory (a decree's), for damaged copies.</summary>
        public string? NumberLine { get; init; }
        public string? SignatoryLine { get; init; }
        public bool NumberInline { get; init; }

        /// <summary>The document's first line as printed: its mark, or (a letter's) its number.</summary>
        public required string FirstLine { get; init; }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_decree_is_found_and_clean(int seed) => AssertFoundAndClean(Decree(new Random(seed)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_minutes_are_found_and_clean(int seed) => AssertFoundAndClean(Minutes(new Random(seed)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_letter_is_found_and_clean(int seed) => AssertFoundAndClean(Letter(new Random(seed)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_decree_without_signatory_is_found_with_signature_missing(int seed)
    {
        var c = Decree(new Random(seed));
        AssertFoundWith(c with { Text = c.Text.Replace(c.SignatoryLine + "\n", ""), Signature = null }, RuleIds.SignatureMissing);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_decree_numbered_with_a_year_is_found_with_decree_form(int seed)
    {
        var c = Decree(new Random(seed));
        var number = $"〔{c.Date.Year}〕{c.Number[1..]}";
        var text = c.NumberInline ? c.Text.Replace("　" + c.NumberLine + "\n", "\n" + number + "\n") : c.Text.Replace(c.NumberLine + "\n", number + "\n");
        var first = c.NumberInline ? c.FirstLine[..^(c.NumberLine!.Length + 1)] : c.FirstLine;
        AssertFoundWith(c with { Text = text, Number = number, FirstLine = first }, RuleIds.NumberDecreeForm);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_letter_with_an_ordinary_number_is_found_with_letter_form(int seed)
    {
        var c = Letter(new Random(seed));
        AssertFoundWith(c with { Text = c.Text.Replace(c.NumberLine!, c.NumberLine!.Replace("函〔", "〔")), Number = c.Number.Replace("函〔", "〔"), FirstLine = c.FirstLine.Replace("函〔", "〔") }, RuleIds.NumberLetterForm);
    }

    private static void AssertFoundAndClean(Case c) => AssertFoundWith(c);

    private static void AssertFoundWith(Case c, params string[] findings)
    {
        var options = new CheckerOptions { Issuers = { [c.Organ] = [], [c.Organ + "办公室"] = [] } };
        var report = Samples.Check(c.Text, options);

        Assert.Equal(c.Documents, report.Documents.Count);
        var d = Assert.Single(report.Documents, d => d.Format == c.Format);
        Assert.Equal(c.Number, d.DocNumber);
        if (c.Signature is not null) Assert.Equal(c.Signature, d.Signature);
        Assert.Equal(c.Date, d.Date);
        Assert.Equal(Array.IndexOf(c.Text.Split('\n'), c.FirstLine) + 1, d.StartLine);
        // It ends where the next document starts, or at the text's last line.
        var next = report.Documents.FirstOrDefault(o => o.Index == d.Index + 1);
        var lines = c.Text.Split('\n');
        var last = (next?.StartLine ?? lines.Length + 1) - 1;
        while (last > 0 && string.IsNullOrWhiteSpace(lines[last - 1])) last--;
        Assert.Equal(last, d.EndLine);
        Assert.True(report.AllFindings.Select(f => f.RuleId).SequenceEqual(findings), c.Text + "\n" + string.Join("\n", report.AllFindings.Select(f => $"{f.RuleId} {f.Line}: {f.Message}")));
    }

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static string Name(Random r) => Pick(r, Surnames) + Pick(r, Given) + (r.Next(2) == 0 ? Pick(r, Given) : "");

    private static string Spaced(string text) => string.Join(" ", text.ToCharArray());

    private static string DateText(Random r, DateOnly date)
        => r.Next(2) == 0 ? $"{date.Year}年{date.Month}月{date.Day}日" : $"{date.Year} 年 {date.Month} 月 {date.Day} 日";

    /// <summary>A sentence as a PDF's lines give it: cut at a fixed width, the last part as long as it is.</summary>
    private static IEnumerable<string> Wrapped(Random r, string sentence)
    {
        var width = r.Next(34, 48);
        for (var at = 0; at < sentence.Length; at += width) yield return sentence.Substring(at, Math.Min(width, sentence.Length - at));
    }

    private static (string Organ, string Office) Organ(Random r)
    {
        var (level, office) = Pick(r, Levels);
        return (Pick(r, Places) + level + "人民政府", office);
    }

    private sealed class Writer(Random r)
    {
        private readonly StringBuilder _text = new();

        public Writer Line(string line)
        {
            _text.Append(line).Append('\n');
            for (var blanks = r.Next(0, 3); blanks > 0; blanks--) _text.Append('\n');
            return this;
        }

        public Writer Lines(IEnumerable<string> lines)
        {
            foreach (var line in lines) Line(line);
            return this;
        }

        public override string ToString() => _text.ToString();
    }

    private static Case Decree(Random r)
    {
        var (organ, office) = Organ(r);
        var number = r.Next(1, 400);
        var date = new DateOnly(r.Next(2015, 2026), r.Next(1, 13), r.Next(1, 29));
        var name = Name(r);
        var acting = r.Next(4) == 0 ? "代" : "";
        var subject = Pick(r, Subjects);
        var regulation = organ[..^4] + subject + "管理办法";
        var w = new Writer(r);
        var ordinaryBefore = r.Next(2) == 0;
        if (ordinaryBefore) w.Lines(Samples.Document.Split('\n'));
        var mark = organ + (r.Next(5) == 0 ? "命令" : "令");
        if (r.Next(4) == 0) mark = Spaced(mark);
        var serial = r.Next(2) == 0 ? $"第{number}号" : $"第 {number} 号";
        var inline = r.Next(5) == 0;
        if (inline) w.Line(mark + "　" + serial);
        else w.Line(mark).Line(serial);
        w.Lines(Wrapped(r, $"《{regulation}》已经{date.Year}年{date.Month}月{Math.Max(1, date.Day - 1)}日{organ[..^4]}人民政府第{r.Next(1, 90)}次常务会议通过，现予公布，自{date.Year + 1}年1月1日起施行。"));
        var signatory = acting + office;
        var signatoryLine = r.Next(3) switch { 0 => Spaced(signatory) + "　" + Spaced(name), 1 => signatory + "　" + name, _ => signatory + " " + name };
        w.Line(signatoryLine);
        w.Line(DateText(r, date));
        if (r.Next(3) > 0)
        {
            w.Line(regulation).Line("第一章　总　则");
            var articles = r.Next(2, 6);
            for (var a = 1; a <= articles; a++)
            {
                if (r.Next(4) == 0) w.Line(organ[..^4] + "人民政府公报");
                w.Lines(Wrapped(r, $"第{ChineseOrdinal(a)}条　为了加强{subject}管理，根据有关法律、法规，结合本{organ[^5]}实际，制定本办法。"));
            }
        }
        var ordinaryAfter = r.Next(2) == 0;
        if (ordinaryAfter) w.Lines(Samples.Document.Replace("〔2019〕35号", "〔2019〕36号").Split('\n'));
        return new Case(w.ToString(), organ, SpecialFormat.Decree, $"第{number}号", signatory + "　" + name, date, 1 + (ordinaryBefore ? 1 : 0) + (ordinaryAfter ? 1 : 0))
        {
            FirstLine = inline ? mark + "　" + serial : mark,
            NumberLine = serial,
            NumberInline = inline,
            SignatoryLine = signatoryLine,
        };
    }

    private static Case Minutes(Random r)
    {
        var (organ, _) = Organ(r);
        var date = new DateOnly(r.Next(2015, 2026), r.Next(1, 13), r.Next(1, 29));
        var issue = r.Next(1, 60);
        var w = new Writer(r);
        var ordinaryBefore = r.Next(2) == 0;
        if (ordinaryBefore) w.Lines(Samples.Document.Split('\n'));
        var mark = organ + Pick(r, new[] { "常务会议纪要", "专题会议纪要", "办公会议纪要" });
        var markLine = r.Next(4) == 0 ? Spaced(mark) : mark;
        w.Line(markLine);
        var number = r.Next(3) switch { 0 => $"第{issue}期", 1 => $"〔{date.Year}〕{issue}号", _ => $"第{issue}号" };
        w.Line(r.Next(2) == 0 ? number : number.Replace(issue.ToString(), $" {issue} "));
        var office = organ + "办公室";
        w.Line(r.Next(2) == 0 ? office + "　　　　" + DateText(r, date) : DateText(r, date));
        if (r.Next(3) == 0) w.Line($"关于研究{Pick(r, Subjects)}工作的会议纪要");
        w.Lines(Wrapped(r, $"{date.Year}年{date.Month}月{date.Day}日，{Name(r)}主持召开会议，研究了有关工作。现纪要如下："));
        for (var item = 1; item <= r.Next(1, 4); item++)
        {
            w.Line($"{ChineseOrdinal(item)}、关于{Pick(r, Subjects)}工作");
            w.Lines(Wrapped(r, "会议听取了有关部门的汇报。会议要求，各有关单位要加强协调配合，确保各项工作按期完成。"));
        }
        w.Line($"出席：{Name(r)}　{Name(r)}　{Name(r)}");
        if (r.Next(2) == 0) w.Line($"请假：{Name(r)}");
        w.Line($"列席：{Name(r)}，市发展改革委、市财政局主要负责同志");
        var ordinaryAfter = r.Next(2) == 0;
        if (ordinaryAfter) w.Lines(Samples.Document.Replace("〔2019〕35号", "〔2019〕36号").Split('\n'));
        return new Case(w.ToString(), organ, SpecialFormat.Minutes, number, null, date, 1 + (ordinaryBefore ? 1 : 0) + (ordinaryAfter ? 1 : 0)) { FirstLine = markLine };
    }

    private static Case Letter(Random r)
    {
        var (organ, _) = Organ(r);
        var office = organ + "办公室";
        var date = new DateOnly(r.Next(2015, 2026), r.Next(1, 13), r.Next(1, 29));
        var number = $"{organ[0]}政办函〔{date.Year}〕{r.Next(1, 200)}号";
        var w = new Writer(r);
        var ordinaryBefore = r.Next(2) == 0;
        if (ordinaryBefore) w.Lines(Samples.Document.Split('\n'));
        var numberLine = r.Next(2) == 0 ? number : number.Replace("〕", "〕 ").Replace("号", " 号");
        w.Line(numberLine);
        var title = $"{office}关于商请支持{Pick(r, Subjects)}工作的{(r.Next(4) == 0 ? "复函" : "函")}";
        if (r.Next(2) == 0) w.Line(title);
        else w.Line(title[..(title.Length - 6)]).Line(title[^6..]);
        w.Line(Pick(r, Places) + "市发展和改革委员会：");
        w.Lines(Wrapped(r, "为做好有关工作，现商请贵委协助做好相关工作。请予支持为盼。"));
        w.Line(office).Line(DateText(r, date)).Line("（此件公开发布）");
        var ordinaryAfter = r.Next(2) == 0;
        if (ordinaryAfter) w.Lines(Samples.Document.Replace("〔2019〕35号", "〔2019〕36号").Split('\n'));
        return new Case(w.ToString(), organ, SpecialFormat.Letter, number, office, date, 1 + (ordinaryBefore ? 1 : 0) + (ordinaryAfter ? 1 : 0)) { NumberLine = numberLine, FirstLine = numberLine };
    }

    private static string ChineseOrdinal(int n) => n switch
    {
        <= 10 => "零一二三四五六七八九十"[n].ToString(),
        < 20 => "十" + "零一二三四五六七八九"[n - 10],
        _ => n.ToString(),
    };
}
