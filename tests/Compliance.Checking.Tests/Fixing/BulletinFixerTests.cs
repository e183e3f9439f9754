using System.Text;
using Compliance.Checking.Fixing;

namespace Compliance.Checking.Tests.Fixing;

/// <summary>
/// The corrected copy of a text file: each determinate correction made where the finding points, everything else the
/// file holds — encoding, byte-order mark, line endings, spaces, full-width digits — left byte for byte.
/// </summary>
public class BulletinFixerTests
{
    private static readonly string Clean = Samples.Document.ReplaceLineEndings("\n");

    /// <summary>The sample with three determinate slips: the number's brackets, the date's zero padding, the colon
    /// after the addressees.</summary>
    private static readonly string Damaged = Clean
        .Replace("洛政办〔2019〕35号", "洛政办[2019]35号")
        .Replace("\n2019年6月25日\n", "\n2019年06月25日\n")
        .Replace("市人民政府各部门：", "市人民政府各部门:");

    public static TheoryData<string, string> Encodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var encoding in new[] { "utf-8", "utf-8 with BOM", "utf-16le", "utf-16be", "gb18030" })
        {
            foreach (var ending in new[] { "LF", "CRLF", "CR" }) data.Add(encoding, ending);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_copy_is_the_clean_file_in_the_same_encoding_and_line_endings(string encoding, string ending)
    {
        var damaged = Encode(Damaged, encoding, ending);
        Assert.Equal(3, Samples.Checker().Check(damaged, "x.txt").AllFindings.Count(f => f.Suggestion is not null));

        var result = Samples.Fixer().Fix(damaged, "x.txt");

        Assert.Null(result.Refusal);
        Assert.Empty(result.NotApplied);
        Assert.Equal(["addressee.colon", "date.zero-padding", "number.brackets"], result.Applied.Select(a => a.RuleId).Order(StringComparer.Ordinal));
        Assert.Equal(Encode(Clean, encoding, ending), result.Content);
    }

    [Fact]
    public void A_clean_file_is_copied_unchanged()
    {
        var bytes = Encode(Clean, "utf-8", "CRLF");
        var result = Samples.Fixer().Fix(bytes, "x.txt");
        Assert.Empty(result.Applied);
        Assert.Equal(bytes, result.Content);
    }

    [Fact]
    public void Only_the_characters_a_correction_changes_are_written_spaces_and_full_width_digits_stay()
    {
        var text = Clean.Replace("洛政办〔2019〕35号", "洛政办 [２０１９] ３５号").Replace("\n2019年6月25日\n", "\n２０１９ 年 ０６ 月 ２５ 日\n");
        var result = Samples.Fixer().Fix(Encoding.UTF8.GetBytes(text), "x.txt");

        Assert.Empty(result.NotApplied);
        var fixedText = Encoding.UTF8.GetString(result.Content!);
        Assert.Equal(text.Replace("洛政办 [２０１９] ３５号", "洛政办 〔２０１９〕 ３５号").Replace("０６ 月", "６ 月"), fixedText);
    }

    [Fact]
    public void Addressees_cut_over_two_print_lines_get_their_colon_on_the_second()
    {
        var text = Clean.Replace("各县（市、区）人民政府，市人民政府各部门：", "各县（市、区）人民政府，市人民政\n府各部门:");
        var result = Samples.Fixer().Fix(Encoding.UTF8.GetBytes(text), "x.txt");

        Assert.Equal("addressee.colon", Assert.Single(result.Applied).RuleId);
        Assert.Equal(text.Replace("府各部门:", "府各部门："), Encoding.UTF8.GetString(result.Content!));
    }

    [Fact]
    public void A_habit_reported_once_is_corrected_at_every_place()
    {
        // Four level-three headings numbered 1、 … 4、: one finding (the first place, with the count), four corrections.
        var text = Clean.Replace("1.明确任务。", "1、明确任务。").Replace("2.加强协调。", "2、加强协调。")
            .Replace("（1）细化措施。", "（1）细化措施。\n\n3、分步实施。各单位按步骤推进。").Replace("（2）落实责任。", "4、落实责任。");
        var expected = Clean.Replace("（1）细化措施。", "（1）细化措施。\n\n3.分步实施。各单位按步骤推进。").Replace("（2）落实责任。", "4.落实责任。");
        Assert.Single(Samples.Check(text).AllFindings, f => f.RuleId == "heading.form");

        var result = Samples.Fixer().Fix(Encoding.UTF8.GetBytes(text), "x.txt");

        Assert.Equal(4, result.Applied.Count(a => a.RuleId == "heading.form"));
        Assert.Equal(expected, Encoding.UTF8.GetString(result.Content!));
        Assert.DoesNotContain(Samples.Checker().Check(result.Content!, "x.txt").AllFindings, f => f.Suggestion is not null);
    }

    [Fact]
    public void A_correction_whose_text_is_not_on_its_line_is_reported_not_guessed()
    {
        // An HTML entity: the canonical text reads a space where the file holds "&nbsp;", so the evidence cannot be
        // matched character for character; the finding is reported as not corrected, and the copy keeps the line.
        var text = Clean.Replace("洛政办〔2019〕35号", "洛政办[2019]&nbsp;35号");
        var report = Samples.Check(text);
        var suggested = report.AllFindings.Where(f => f.Suggestion is not null).ToList();
        var result = Samples.Fixer().Fix(Encoding.UTF8.GetBytes(text), "x.txt");

        foreach (var finding in suggested.Where(f => result.Applied.All(a => a.RuleId != f.RuleId)))
        {
            Assert.Contains(result.NotApplied, u => u.Finding.RuleId == finding.RuleId && u.Reason.Contains("找不到", StringComparison.Ordinal));
        }
        Assert.Equal(suggested.Count, result.Applied.Count + result.NotApplied.Count);
        Assert.Contains(result.NotApplied, u => u.Finding.RuleId == "number.brackets");
        Assert.Contains("洛政办[2019]&nbsp;35号", Encoding.UTF8.GetString(result.Content!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_or_an_unreadable_file_is_refused_with_a_reason_and_no_copy()
    {
        var pdf = Samples.Fixer().Fix("%PDF-1.7\n%\u00e2\u00e3\n"u8.ToArray(), "x.pdf");
        Assert.Null(pdf.Content);
        Assert.Contains("PDF", pdf.Refusal);

        var binary = Samples.Fixer().Fix(new byte[] { 0, 1, 2, 3, 0, 0, 7, 8, 0, 0 }, "x.bin");
        Assert.Null(binary.Content);
        Assert.StartsWith("文件无法读取", binary.Refusal);
    }

    private static byte[] Encode(string text, string encoding, string ending)
    {
        text = text.Replace("\n", ending switch { "CRLF" => "\r\n", "CR" => "\r", _ => "\n" });
        return encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8 with BOM" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "gb18030" => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
    }
}
