using Compliance.Checking.Tests.Attachments;

namespace Compliance.Checking.Tests.Imprint;

/// <summary>Random well-formed imprints (抄送 of 1–4 organs, organ and date on one line or two) give no finding; each
/// single damage gives exactly one finding, of its rule.</summary>
public class ImprintPropertyTests
{
    private const int Cases = 40;

    public static TheoryData<int, string> Damages()
    {
        var data = new TheoryData<int, string>();
        foreach (var seed in Enumerable.Range(1000, Cases))
        {
            foreach (var damage in new[] { "none", "copy-end", "copy-semicolon", "zero-padding", "chinese", "before" }) data.Add(seed, damage);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void One_damage_gives_exactly_one_finding_of_its_rule(int seed, string damage)
    {
        var random = new Random(seed);
        var document = PartsDocument.Random(random);
        var printed = document.Signed.AddDays(random.Next(0, 10));
        string? rule = null;
        switch (damage)
        {
            case "copy-end":
                document.CopyEnd = random.Next(2) == 0 ? "" : "，";
                rule = RuleIds.ImprintCopyTo;
                break;
            case "copy-semicolon":
                if (document.CopyTo.Count == 1) document.CopyTo.Add("市政协办公室");
                document.CopySeparator = "；";
                rule = RuleIds.ImprintCopyTo;
                break;
            case "zero-padding":
                document.PrintDate = $"{printed.Year}年{printed.Month:00}月{printed.Day:00}日";
                if (printed.Month >= 10 && printed.Day >= 10) document.PrintDate = $"{printed.Year}年0{printed.Month % 10 + 1}月{printed.Day}日";
                rule = RuleIds.ImprintDateFormat;
                if (DateOnly.TryParse(document.PrintDate.Replace('年', '-').Replace('月', '-').TrimEnd('日'), out var d) && d < document.Signed) document.Signed = d;
                break;
            case "chinese":
                document.PrintDate = "二〇一九年十二月三十一日";
                rule = RuleIds.ImprintDateFormat;
                break;
            case "before":
                var before = document.Signed.AddDays(-random.Next(1, 40));
                document.PrintDate = $"{before.Year}年{before.Month}月{before.Day}日";
                rule = RuleIds.ImprintDateBeforeSigning;
                break;
        }

        var report = Samples.Check(document.Text());

        var expected = rule is null ? 0 : 1;
        Assert.True(report.AllFindings.Count() == expected && (rule is null || report.AllFindings.First().RuleId == rule),
            $"{damage}: expected {rule ?? "no finding"}\n{document.Text()}\n" + string.Join("\n", report.AllFindings.Select(f => $"{f.RuleId} @{f.Line}: {f.Message}")));
        if (rule is not (RuleIds.ImprintCopyTo or RuleIds.ImprintDateFormat)) return;

        // The form of a copy-to line or a printing date has one correction, and written in place it is silent — unless
        // the copy-to line ran on into the printing organ and date, where none is given.
        var finding = report.AllFindings.First();
        var text = document.Text();
        if (finding.Suggestion is null)
        {
            Assert.True(rule == RuleIds.ImprintCopyTo && finding.Evidence!.Contains("印发", StringComparison.Ordinal), $"{damage}: no suggestion for «{finding.Evidence}»");
            return;
        }
        Assert.True(text.Contains(finding.Evidence!, StringComparison.Ordinal), $"«{finding.Evidence}» not in\n{text}");
        var corrected = Samples.Check(text.Replace(finding.Evidence!, finding.Suggestion, StringComparison.Ordinal));
        Assert.True(!corrected.AllFindings.Any(), $"{damage}: «{finding.Evidence}» → «{finding.Suggestion}» still gives "
            + string.Join("; ", corrected.AllFindings.Select(f => $"{f.RuleId} {f.Evidence}")));
    }
}
