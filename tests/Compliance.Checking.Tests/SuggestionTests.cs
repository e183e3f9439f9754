using Compliance.TestSupport;

namespace Compliance.Checking.Tests;

/// <summary>
/// A determinate correction is part of the finding: for every document of every sample bulletin whose number, date or
/// publication marker is in the standard form, each way of printing it wrong gives findings whose suggestion is the
/// text as it was — and a correction that is not determinate (a year of two digits) gives none.
/// </summary>
public class SuggestionTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal));

    private static readonly Func<string, string>[] NumberDamages =
    [
        n => n.Replace('〔', '[').Replace('〕', ']'),
        n => n.Replace('〔', '（').Replace('〕', '）'),
        n => n.Replace("〕", "〕0", StringComparison.Ordinal),
        n => n.Replace("〕", "〕第", StringComparison.Ordinal),
        n => n.TrimEnd('号'),
        n => n.Replace('〔', '[').Replace('〕', ']').Replace("]", "]0", StringComparison.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_misprinted_number_date_and_marker_suggests_the_text_as_it_was(string seed)
    {
        var lines = File.ReadAllLines(RepositoryPaths.SeedPath(seed));
        var checker = Samples.Checker();
        var reference = checker.Check(Bytes(lines), seed);
        var checkedCases = 0;
        var failures = new List<string>();

        void Damage(DocumentReport document, int? line, string original, string damaged, string family, bool mustFind = true)
        {
            if (line is not { } at || !lines[at - 1].Contains(original, StringComparison.Ordinal) || damaged == original) return;
            var copy = (string[])lines.Clone();
            copy[at - 1] = copy[at - 1].Replace(original, damaged, StringComparison.Ordinal);
            var report = checker.Check(Bytes(copy), seed);
            var after = report.Documents.FirstOrDefault(d => d.Index == document.Index);
            var suggested = after?.Findings.Where(f => f.RuleId.StartsWith(family, StringComparison.Ordinal) && f.Evidence == damaged).ToList() ?? [];
            checkedCases++;
            if (suggested.Count == 0 && mustFind) failures.Add($"#{document.Index} {damaged}: no {family} finding");
            foreach (var f in suggested.Where(f => f.Suggestion != original)) failures.Add($"#{document.Index} {damaged}: {f.RuleId} suggests {f.Suggestion ?? "nothing"}, not {original}");
        }

        foreach (var document in reference.Documents)
        {
            if (document.DocNumber is { } number && document.NumberKey is not null && !document.Findings.Any(f => f.RuleId.StartsWith("number.", StringComparison.Ordinal) && f.Evidence == number))
            {
                foreach (var damage in NumberDamages) Damage(document, document.Lines.DocNumber, number, damage(number), "number.");
            }
            if (document is { DateText: { } date, Date: { } day } && !document.Findings.Any(f => f.RuleId.StartsWith("date.", StringComparison.Ordinal)))
            {
                Damage(document, document.Lines.Date, date, $"{day.Year}年{day.Month:00}月{day.Day:00}日", "date.");
                Damage(document, document.Lines.Date, date, ChineseDate(day), "date.");
            }
            if (document.PublicationMarker is { } marker && !document.Findings.Any(f => f.RuleId.StartsWith("publication.", StringComparison.Ordinal)))
            {
                // Half-width brackets are a finding only in a document that writes its marks full-width; 【】 always.
                Damage(document, document.Lines.PublicationMarker, $"（{marker}）", $"({marker})", "publication.", mustFind: false);
                Damage(document, document.Lines.PublicationMarker, $"（{marker}）", $"【{marker}】", "publication.");
            }
        }

        Assert.True(checkedCases > 10, $"only {checkedCases} damaged copies of {seed}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_year_of_two_digits_has_no_determinate_correction()
    {
        var report = Samples.Check(Samples.Document.Replace("洛政办〔2019〕35号", "洛政办[19]35号", StringComparison.Ordinal));
        var findings = report.AllFindings.Where(f => f.Evidence == "洛政办[19]35号").ToList();
        Assert.Contains(findings, f => f.RuleId == RuleIds.NumberBrackets);
        Assert.All(findings, f => Assert.Null(f.Suggestion));
    }

    private static string ChineseDate(DateOnly day)
    {
        const string digits = "〇一二三四五六七八九";
        static string Small(int n, string d) => n < 10 ? d[n].ToString() : (n / 10 == 1 ? "十" : d[n / 10] + "十") + (n % 10 == 0 ? "" : d[n % 10].ToString());
        return string.Concat(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => digits[c - '0'])) + "年" + Small(day.Month, digits) + "月" + Small(day.Day, digits) + "日";
    }

    private static byte[] Bytes(IEnumerable<string> lines) => System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
}
