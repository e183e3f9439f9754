using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Checking.Rules;

namespace Compliance.Checking.Reports;

/// <summary>SARIF 2.1.0, so that editors and code-scanning tools show the findings at their lines.</summary>
public static class SarifReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, IEnumerable<BulletinReport> reports, MessageCatalog? messages = null)
    {
        messages ??= new MessageCatalog();
        var rules = RuleCatalog.Default.Descriptors;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "compliance");
        w.WriteString("informationUri", "https://github.com/compliance/compliance");
        w.WriteString("version", typeof(SarifReportWriter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", messages.Title(rule.Id));
            w.WriteEndObject();
            w.WriteString("helpUri", rule.HelpUri);
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("family", rule.Family);
            w.WriteString("clause", "GB/T 9704-2012 " + rule.Clause);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var report in reports)
        {
            foreach (var f in report.AllFindings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                if (index.TryGetValue(f.RuleId, out var i)) w.WriteNumber("ruleIndex", i);
                w.WriteString("level", Level(f.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", f.Message);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", ToUri(report.Source));
                w.WriteEndObject();
                if (f.Line is { } line)
                {
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", line);
                    if (f.Evidence is { } evidence)
                    {
                        w.WriteStartObject("snippet");
                        w.WriteString("text", evidence);
                        w.WriteEndObject();
                    }
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
                if (f.Page is { } page)
                {
                    w.WriteStartObject("properties");
                    w.WriteNumber("page", page);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    // Relative paths stay relative (with forward slashes) so results resolve against the checked-out repository.
    private static string ToUri(string source)
        => Path.IsPathRooted(source) ? new Uri(source).AbsoluteUri : Uri.EscapeDataString(source.Replace('\\', '/')).Replace("%2F", "/", StringComparison.Ordinal);
}
