using Compliance.Checking.Reports;
using Compliance.Checking.Rules;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests;

public class RuleCatalogTests
{
    private static readonly string[] Families = ["number", "title", "issuer", "date", "signature", "publication", "structure", "addressee", "heading", "attachment", "imprint", "punctuation", "citation", "layout"];

    [Fact]
    public void Every_rule_class_is_in_the_catalog_once()
    {
        // The catalog's list is generated at compile time (RuleListGenerator): compared here with what reflection finds.
        var classes = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => ((IRule)Activator.CreateInstance(t, nonPublic: true)!).Descriptor.Id)
            .Order(StringComparer.Ordinal);

        Assert.Equal(classes, RuleCatalog.Default.Descriptors.Select(d => d.Id));
        Assert.Equal(RuleCatalog.Default.Descriptors.Count, RuleCatalog.Default.Descriptors.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Every_rule_is_documented_with_its_id_and_severity()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules.md"));
        Assert.All(RuleCatalog.Default.Descriptors, rule =>
        {
            Assert.Contains($"## {rule.Id}\n", doc);
            Assert.Contains($"| [`{rule.Id}`](#{rule.Id.Replace('.', '-')}) | {JsonReportWriter.SeverityName(rule.DefaultSeverity)} |", doc);
        });
    }

    [Fact]
    public void Every_rule_has_a_family_of_the_standard_and_chinese_title_and_message()
    {
        var catalog = new MessageCatalog();
        Assert.All(RuleCatalog.Default.Descriptors, rule =>
        {
            Assert.Contains(rule.Family, Families);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", catalog.Title(rule.Id));
            Assert.NotEmpty(catalog.Message(rule.Id, "x", "y", "z", "w", "v", "u"));
        });
        Assert.Equal(RuleCatalog.Default.Descriptors.Count, RuleCatalog.Default.Descriptors.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Another_language_can_be_added_as_a_satellite_catalog()
    {
        Assert.Equal("Wrong brackets round the year", new MessageCatalog("en").Title(RuleIds.NumberBrackets));
        Assert.Equal("发文字号年份括号错误", new MessageCatalog().Title(RuleIds.NumberBrackets));
    }
}
