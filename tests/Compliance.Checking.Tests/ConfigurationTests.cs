using Compliance.Checking.Configuration;
using Compliance.Checking.Rules;

namespace Compliance.Checking.Tests;

public class ConfigurationTests
{
    [Fact]
    public void Disabled_rule_reports_nothing()
    {
        var options = ComplianceConfiguration.Parse("""{ "rules": { "publication.missing": { "enabled": false } } }""");

        var report = Samples.Check(Samples.Document.Replace("（此件公开发布）", ""), options);

        Assert.DoesNotContain(report.AllFindings, f => f.RuleId == RuleIds.PublicationMissing);
    }

    [Fact]
    public void Severity_can_be_changed()
    {
        var options = ComplianceConfiguration.Parse("""{ "rules": { "publication.brackets": { "severity": "error" } } }""");

        var report = Samples.Check(Samples.Document.Replace("（此件公开发布）", "(此件公开发布)"), options);

        Assert.Equal(Severity.Error, Assert.Single(report.AllFindings).Severity);
    }

    [Fact]
    public void Registry_entries_are_added_to_the_built_in_ones()
    {
        var unknown = Samples.Document.Replace("洛阳市人民政府办公室", "洛阳市测试工作局").Replace("洛政办", "洛测");
        Assert.Contains(Samples.Check(unknown).AllFindings, f => f.RuleId == RuleIds.IssuerUnregistered);

        var options = ComplianceConfiguration.Parse("""{ "issuers": { "洛阳市测试工作局": ["洛测"] } }""");
        Assert.Empty(Samples.Check(unknown, options).AllFindings);

        var wrongCode = ComplianceConfiguration.Parse("""{ "issuers": { "洛阳市测试工作局": ["洛测发"] } }""");
        Assert.Equal(RuleIds.NumberAgencyCode, Assert.Single(Samples.Check(unknown, wrongCode).AllFindings).RuleId);
    }

    [Fact]
    public void Unknown_rule_id_is_rejected_with_a_message_naming_it()
    {
        var ex = Assert.Throws<ComplianceConfigurationException>(() => ComplianceConfiguration.Parse("""{ "rules": { "publication.brackts": { "enabled": false } } }""", "compliance.json"));
        Assert.Contains("publication.brackts", ex.Message);
        Assert.Contains("compliance.json", ex.Message);
    }

    [Fact]
    public void Keys_in_any_case_comments_and_trailing_commas_are_accepted()
    {
        var options = ComplianceConfiguration.Parse("""
            // house rules
            { "Rules": { "publication.brackets": { "Severity": "Info", "enabled": true, }, }, }
            """);

        Assert.Equal(Severity.Info, options.Rules["publication.brackets"].Severity);
    }

    [Theory]
    [InlineData("""{ "rules": { "publication.brackets": { "severity": 2 } } }""")]
    [InlineData("""{ "rules": { "publication.brackets": { "severity": "fatal" } } }""")]
    public void Severity_must_be_a_known_name(string json)
    {
        var ex = Assert.Throws<ComplianceConfigurationException>(() => ComplianceConfiguration.Parse(json, "x.json"));
        Assert.Contains("severity", ex.Message);
    }

    [Fact]
    public void Invalid_json_is_rejected_with_its_position()
    {
        var ex = Assert.Throws<ComplianceConfigurationException>(() => ComplianceConfiguration.Parse("{ \"rules\": [ }", "x.json"));
        Assert.Contains("x.json", ex.Message);
    }

    [Fact]
    public void Shipped_configuration_covers_every_issuer_of_the_seeds()
    {
        var options = ComplianceConfiguration.Load(Path.Combine(TestSupport.RepositoryPaths.Root, "compliance.json"));
        var checker = Samples.Checker(options);
        foreach (var seed in Directory.GetFiles(TestSupport.RepositoryPaths.Seeds, "*.txt"))
        {
            var report = checker.Check(File.ReadAllBytes(seed), seed);
            Assert.DoesNotContain(report.AllFindings, f => f.RuleId is RuleIds.IssuerUnregistered or RuleIds.NumberAgencyCode);
        }
    }

    [Fact]
    public void Registered_short_name_may_head_and_sign_the_document()
    {
        var shortName = Samples.Document.Replace("洛阳市人民政府办公室文件", "市政府办公室文件").Replace("洛阳市人民政府办公室\n\n2019年6月25日", "市政府办公室\n\n2019年6月25日");
        // Unregistered, a name without its place is no organ's own: 市政府办公室文件 reads as a gazette's section head.
        var unregistered = Samples.Check(shortName);
        Assert.Contains(unregistered.AllFindings, f => f.RuleId == RuleIds.SignatureMismatch);
        Assert.Equal(3, unregistered.Documents.Single().StartLine);

        var options = ComplianceConfiguration.Parse("""{ "shortNames": { "市政府办公室": "洛阳市人民政府办公室" } }""");
        var report = Samples.Check(shortName, options);

        Assert.Empty(report.AllFindings);
        Assert.Equal("市政府办公室", report.Documents.Single().Signature); // as printed
        Assert.Equal("洛阳市人民政府办公室", report.Documents.Single().Issuer); // one office, whichever name the mark used
    }
}
