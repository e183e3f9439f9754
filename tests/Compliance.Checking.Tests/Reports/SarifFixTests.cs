using System.Text;
using System.Text.Json;
using Compliance.Checking.Reports;

namespace Compliance.Checking.Tests.Reports;

/// <summary>
/// SARIF carries each determinate correction as a <c>fix</c>: replacements by line and UTF-16 column of the checked
/// file, end exclusive. Applied to the file as an editor applies them, they give the clean text; the suggestion is a
/// property of the result either way.
/// </summary>
public class SarifFixTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Applying_the_fixes_of_a_sarif_log_to_the_file_gives_the_corrected_text(string ending)
    {
        var clean = Samples.Document.ReplaceLineEndings(ending);
        var damaged = clean.Replace("洛政办〔2019〕35号", "洛政办 [2019] 35号")
            .Replace(ending + "2019年6月25日" + ending, ending + "  2019年06月25日" + ending)
            .Replace("市人民政府各部门：", "市人民政府各部门:");
        var bytes = Encoding.UTF8.GetBytes(damaged);
        var report = Samples.Checker().Check(bytes, "bulletin.txt");
        Assert.Equal(3, report.AllFindings.Count(f => f.Suggestion is not null));

        using var buffer = new MemoryStream();
        using (var writer = new SarifReportWriter(buffer, readSource: source => source == "bulletin.txt" ? bytes : null))
        {
            writer.WriteAll([report]);
        }
        using var sarif = JsonDocument.Parse(buffer.ToArray());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var withFix = results.Where(r => r.TryGetProperty("fixes", out _)).ToList();
        Assert.Equal(3, withFix.Count);
        Assert.All(withFix, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("properties").GetProperty("suggestion").GetString())));

        var replacements = withFix.SelectMany(r => r.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements").EnumerateArray())
            .Select(r => (Region: r.GetProperty("deletedRegion"), Text: r.GetProperty("insertedContent").GetProperty("text").GetString()!))
            .Select(r => (StartLine: r.Region.GetProperty("startLine").GetInt32(), StartColumn: r.Region.GetProperty("startColumn").GetInt32(),
                          EndLine: r.Region.GetProperty("endLine").GetInt32(), EndColumn: r.Region.GetProperty("endColumn").GetInt32(), r.Text))
            .ToList();
        var expected = clean.Replace("洛政办〔2019〕35号", "洛政办 〔2019〕 35号").Replace(ending + "2019年6月25日" + ending, ending + "  2019年6月25日" + ending);
        Assert.Equal(expected, Apply(damaged, ending, replacements));
    }

    [Fact]
    public void Without_the_file_a_finding_keeps_its_suggestion_and_gets_no_fix()
    {
        var report = Samples.Check(Samples.Document.Replace("洛政办〔2019〕35号", "洛政办[2019]35号"));
        using var buffer = new MemoryStream();
        SarifReportWriter.Write(buffer, [report]);
        using var sarif = JsonDocument.Parse(buffer.ToArray());
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "number.brackets");
        Assert.Equal("洛政办〔2019〕35号", result.GetProperty("properties").GetProperty("suggestion").GetString());
        Assert.False(result.TryGetProperty("fixes", out _));
    }

    /// <summary>Applies replacements as an editor does: by line and column, the later ones first.</summary>
    private static string Apply(string text, string ending, List<(int StartLine, int StartColumn, int EndLine, int EndColumn, string Text)> replacements)
    {
        var lineStarts = new List<int> { 0, 0 };
        for (var i = text.IndexOf(ending, StringComparison.Ordinal); i >= 0; i = text.IndexOf(ending, i + ending.Length, StringComparison.Ordinal)) lineStarts.Add(i + ending.Length);
        var builder = new StringBuilder(text);
        foreach (var r in replacements.OrderByDescending(r => (r.StartLine, r.StartColumn)))
        {
            var start = lineStarts[r.StartLine] + r.StartColumn - 1;
            var end = lineStarts[r.EndLine] + r.EndColumn - 1;
            builder.Remove(start, end - start).Insert(start, r.Text);
        }
        return builder.ToString();
    }
}
