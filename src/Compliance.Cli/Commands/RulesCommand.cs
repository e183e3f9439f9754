using System.CommandLine;
using Compliance.Checking.Reports;
using Compliance.Checking.Rules;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance rules</c>: every rule with its id, severity (after configuration), clause and title.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var config = new Option<FileInfo?>("--config", "-c") { Description = "配置文件（默认：当前目录下的 compliance.json，若存在）。" };
        var command = new Command("rules", "列出全部检查规则及其级别。List the rules.") { config };
        command.SetAction(async (parse, _) =>
        {
            if (await CheckCommand.LoadOptionsAsync(parse.GetValue(config), stderr) is not { } options) return CliApp.ExitUsage;
            var messages = new MessageCatalog(options.Culture);
            var table = new Table().Border(TableBorder.Simple).AddColumn("规则").AddColumn("级别").AddColumn("条款").AddColumn("说明");
            foreach (var rule in RuleCatalog.Default.Descriptors)
            {
                var setting = options.Rules.GetValueOrDefault(rule.Id);
                var severity = setting?.Enabled == false ? "（已停用）" : TableReportWriter.SeverityLabel(setting?.Severity ?? rule.DefaultSeverity);
                table.AddRow(new Text(rule.Id), new Text(severity), new Text("GB/T 9704-2012 " + rule.Clause), new Text(messages.Title(rule.Id)));
            }
            var console = CreateConsole(stdout);
            console.Write(table);
            console.WriteLine($"共 {RuleCatalog.Default.Descriptors.Count} 条规则；说明和示例见 docs/rules.md。");
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>A plain (no colour, no ANSI) console over a writer, wide enough for Chinese messages.</summary>
    private static IAnsiConsole CreateConsole(TextWriter output)
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
}
