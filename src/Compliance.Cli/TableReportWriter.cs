using Compliance.Checking;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Compliance.Cli;

/// <summary>The default, human-readable output: one table of findings per bulletin and a summary line.</summary>
internal static class TableReportWriter
{
    /// <summary>A plain (no colour, no ANSI) console over a writer, wide enough for Chinese messages.</summary>
    public static IAnsiConsole CreateConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        return console;
    }

    public static void Write(TextWriter output, IReadOnlyList<BulletinReport> reports)
    {
        var console = CreateConsole(output);
        foreach (var report in reports)
        {
            console.WriteLine($"{report.Source}  编码：{report.Encoding ?? "—"}  公文：{report.Documents.Count} 件  错误 {report.ErrorCount} · 警告 {report.WarningCount} · 提示 {report.InfoCount}");
            var rows = report.Findings.Select(f => (Doc: (DocumentReport?)null, Finding: f))
                .Concat(report.Documents.SelectMany(d => d.Findings.Select(f => (Doc: (DocumentReport?)d, Finding: f))))
                .ToList();
            if (rows.Count == 0)
            {
                console.WriteLine("  未发现问题。");
                console.WriteLine();
                continue;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("行").AddColumn("级别").AddColumn("规则").AddColumn("文号").AddColumn("说明");
            foreach (var (doc, f) in rows)
            {
                table.AddRow(new IRenderable[]
                {
                    new Text(f.Page is { } p ? $"{f.Line} (第{p}页)" : f.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"),
                    new Text(SeverityLabel(f.Severity)),
                    new Text(f.RuleId),
                    new Text(doc?.DocNumber ?? (doc is null ? "（全文）" : $"#{doc.Index}")),
                    new Text(f.Message),
                });
            }
            console.Write(table);
            console.WriteLine();
        }
        var errors = reports.Sum(r => r.ErrorCount);
        var warnings = reports.Sum(r => r.WarningCount);
        var infos = reports.Sum(r => r.InfoCount);
        var unreadable = reports.Count(r => r.IsUnreadable);
        console.WriteLine($"共检查 {reports.Count} 个文件、{reports.Sum(r => r.Documents.Count)} 件公文：错误 {errors}，警告 {warnings}，提示 {infos}" + (unreadable > 0 ? $"；{unreadable} 个文件无法读取" : "") + "。");
    }

    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
