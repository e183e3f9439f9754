using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Compliance.Checking;
using Compliance.Storage;
using Compliance.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance findings</c>: prints stored findings, filtered, as a table or JSON.</summary>
public static class FindingsCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Command Create()
    {
        var connection = StorageCommandOptions.Connection();
        var bulletin = new Option<string?>("--bulletin", "-b") { Description = "只显示此公报（Blob 名称）" };
        var office = new Option<string?>("--office", "-o") { Description = "只显示此发文机关，如 洛阳市人民政府办公室" };
        var week = new Option<string?>("--week", "-w") { Description = "只显示此周检查的结果，如 2026-W47" };
        var severity = new Option<string?>("--severity", "-s") { Description = "只显示此级别：error（错误）、warning（警告）、info（提示）" };
        severity.AcceptOnlyFromAmong("error", "warning", "info");
        var format = new Option<string>("--format", "-f") { Description = "输出格式：table 或 json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("findings", "查询已存储的检查结果");
        foreach (var option in new Option[] { connection, bulletin, office, week, severity, format }) command.Options.Add(option);
        command.Validators.Add(result =>
        {
            var text = result.GetValue(week);
            if (text is not null && !IsoWeek.TryParse(text, out _))
            {
                result.AddError($"周次“{text}”格式不正确，应为如 2026-W47 的 ISO 周。");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var filter = new FindingFilter(
                parse.GetValue(bulletin),
                parse.GetValue(office),
                parse.GetValue(week) is { } w ? IsoWeek.Parse(w) : null,
                SeverityLabels.TryParse(parse.GetValue(severity), out var s) ? s : null);
            return await StorageCommandOptions.RunAsync(parse.GetValue(connection), services => services.GetRequiredService<ResultReader>(),
                (reader, ct) => RunAsync(reader, filter, parse.GetValue(format) == "json", Console.Out, ct), cancellationToken);
        });
        return command;
    }

    internal static async Task<int> RunAsync(ResultReader reader, FindingFilter filter, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var rows = new List<FindingEntity>();
        await foreach (var row in reader.QueryFindingsAsync(filter, cancellationToken)) rows.Add(row);

        if (json)
        {
            var items = rows.Select(r => new
            {
                r.Bulletin, r.DocIndex, r.DocNumber, r.Title, r.Issuer, r.Rule, r.Severity, r.Message, r.Line, r.Page, r.Evidence, r.Week,
            });
            await output.WriteLineAsync(JsonSerializer.Serialize(items, Json));
            return 0;
        }

        if (rows.Count == 0)
        {
            AnsiConsole.MarkupLine("没有符合条件的检查结果。");
            return 0;
        }
        var table = new Table().AddColumns("公报", "文号", "标题", "发文机关", "规则", "级别", "说明", "行", "证据");
        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.Bulletin), Markup.Escape(r.DocNumber ?? ""), Markup.Escape(r.Title ?? ""), Markup.Escape(r.Issuer ?? ""),
                Markup.Escape(r.Rule), Colour(r.Severity), Markup.Escape(r.Message), r.Line?.ToString() ?? "", Markup.Escape(r.Evidence ?? ""));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"共 {rows.Count} 条：错误 {rows.Count(r => r.Severity == SeverityLabels.Error)}，警告 {rows.Count(r => r.Severity == SeverityLabels.Warning)}，提示 {rows.Count(r => r.Severity == SeverityLabels.Info)}。");
        return 0;
    }

    private static string Colour(string severity) => severity switch
    {
        SeverityLabels.Error => "[red]错误[/]",
        SeverityLabels.Warning => "[yellow]警告[/]",
        _ => Markup.Escape(severity),
    };
}
