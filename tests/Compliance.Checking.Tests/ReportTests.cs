using System.Text.Json;
using Compliance.Checking.Reports;
using Compliance.Checking.Rules;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests;

public class ReportTests
{
    private static BulletinReport Seed001()
        => Samples.Checker().Check(File.ReadAllBytes(RepositoryPaths.SeedPath("001_9ce87f5440d1c5bb.txt")), "seeds/001_9ce87f5440d1c5bb.txt");

    [Fact]
    public void Json_follows_the_contract()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.ToJson([Seed001()]));

        var bulletin = json.RootElement.GetProperty("bulletins")[0];
        Assert.Equal("seeds/001_9ce87f5440d1c5bb.txt", bulletin.GetProperty("source").GetString());
        Assert.Equal("utf-8", bulletin.GetProperty("encoding").GetString());
        var first = bulletin.GetProperty("documents")[0];
        Assert.Equal(1, first.GetProperty("index").GetInt32());
        Assert.Equal(3, first.GetProperty("startLine").GetInt32());
        Assert.Equal(195, first.GetProperty("endLine").GetInt32());
        Assert.Equal("通知", first.GetProperty("kind").GetString());
        Assert.Equal("乳山市人民政府", first.GetProperty("issuer").GetString());
        Assert.Equal("乳政发〔2018〕1号", first.GetProperty("docNumber").GetString());
        Assert.Equal("乳山市人民政府", first.GetProperty("signature").GetString());
        Assert.Equal("2018-01-12", first.GetProperty("date").GetString());
        Assert.Equal("2018年1月12日", first.GetProperty("dateText").GetString());
        Assert.Equal("此件公开发布", first.GetProperty("publicationMarker").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("page").ValueKind);
        var lines = first.GetProperty("lines");
        Assert.Equal(JsonValueKind.Null, lines.GetProperty("mark").ValueKind);
        Assert.Equal(3, lines.GetProperty("title").GetInt32());
        Assert.Equal(7, lines.GetProperty("docNumber").GetInt32());
        Assert.Equal(17, lines.GetProperty("signature").GetInt32());
        Assert.Equal(19, lines.GetProperty("date").GetInt32());
        Assert.Equal(13, lines.GetProperty("publicationMarker").GetInt32());
        var finding = first.GetProperty("findings")[0];
        Assert.Equal("punctuation.half-width", finding.GetProperty("ruleId").GetString());
        Assert.Equal("info", finding.GetProperty("severity").GetString());
        Assert.Equal(9, finding.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("evidence").ValueKind);
        Assert.Equal(JsonValueKind.Array, bulletin.GetProperty("findings").ValueKind);
        // Absent fields are null, not missing: document 4 has no date.
        Assert.Equal(JsonValueKind.Null, bulletin.GetProperty("documents")[3].GetProperty("date").ValueKind);
    }

    [Fact]
    public void Sarif_is_2_1_0_with_one_result_per_finding_and_every_rule_described()
    {
        var report = Seed001();
        using var buffer = new MemoryStream();
        SarifReportWriter.Write(buffer, [report]);
        using var sarif = JsonDocument.Parse(buffer.ToArray());

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(RuleCatalog.Default.Descriptors.Count, rules.GetArrayLength());
        var results = run.GetProperty("results");
        Assert.Equal(report.AllFindings.Count(), results.GetArrayLength());
        var first = results[0];
        Assert.Equal("note", first.GetProperty("level").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("seeds/001_9ce87f5440d1c5bb.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(9, location.GetProperty("region").GetProperty("startLine").GetInt32());
        var ruleIndex = first.GetProperty("ruleIndex").GetInt32();
        Assert.Equal(first.GetProperty("ruleId").GetString(), rules[ruleIndex].GetProperty("id").GetString());
    }

    [Fact]
    public void Csv_has_a_header_and_one_quoted_row_per_finding()
    {
        var report = Seed001();

        var lines = CsvReportWriter.ToCsv([report]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("source,document,docNumber,title,issuer,ruleId,severity,line,page,message,evidence,suggestion", lines[0]);
        Assert.Equal(report.AllFindings.Count() + 1, lines.Length);
        Assert.StartsWith("seeds/001_9ce87f5440d1c5bb.txt,1,乳政发〔2018〕1号,", lines[1]);
        Assert.Contains(",punctuation.half-width,info,9,,", lines[1]);
    }

    [Fact]
    public void Csv_quotes_commas_and_defuses_formulas()
    {
        var report = new BulletinReport
        {
            Source = "a,b.txt",
            Findings = [new Finding("structure.no-documents", Severity.Warning, "=HYPERLINK(\"x\")", null, "say \"hi\"")],
        };

        var row = CsvReportWriter.ToCsv([report]).Split("\r\n")[1];

        Assert.Equal("\"a,b.txt\",,,,,structure.no-documents,warning,,,\"'=HYPERLINK(\"\"x\"\")\",\"say \"\"hi\"\"\",", row);
    }
}
