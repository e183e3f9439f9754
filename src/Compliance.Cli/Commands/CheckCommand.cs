using System.CommandLine;
using Compliance.Checking;
using Compliance.Checking.Configuration;
using Compliance.Checking.Reports;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance check &lt;files or folders&gt;</c>: checks bulletins on disk and reports the findings.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "要检查的文件或文件夹（文件夹按文件逐个检查）。Files or folders to check.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：table、json、sarif、csv。", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "sarif", "csv");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "写入文件而不是标准输出。Write to a file instead of standard output." };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "配置文件（默认：当前目录下的 compliance.json，若存在）。" };

        var command = new Command("check", "检查公报文件（文本、Word .docx、PDF）。Check bulletin files.") { paths, format, output, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            CheckerOptions options;
            try
            {
                options = LoadOptions(parse.GetValue(config));
            }
            catch (ComplianceConfigurationException ex)
            {
                await stderr.WriteLineAsync("配置文件有误：" + ex.Message);
                return CliApp.ExitUsage;
            }

            var files = new List<string>();
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal));
                else if (File.Exists(path)) files.Add(path);
                else
                {
                    await stderr.WriteLineAsync($"找不到文件或文件夹：{path}");
                    return CliApp.ExitUsage;
                }
            }

            var checker = new BulletinChecker(options);
            var reports = new List<BulletinReport>(files.Count);
            foreach (var file in files)
            {
                reports.Add(await checker.CheckFileAsync(file, cancellationToken));
            }

            await WriteAsync(parse.GetValue(format) ?? "table", parse.GetValue(output), stdout, reports, checker);
            if (reports.Any(r => r.IsUnreadable)) return CliApp.ExitUsage;
            return reports.Any(r => r.ErrorCount > 0) ? CliApp.ExitFindings : CliApp.ExitOk;
        });
        return command;
    }

    internal static CheckerOptions LoadOptions(FileInfo? file)
    {
        if (file is not null) return ComplianceConfiguration.Load(file.FullName);
        return File.Exists(ComplianceConfiguration.DefaultFileName) ? ComplianceConfiguration.Load(ComplianceConfiguration.DefaultFileName) : new CheckerOptions();
    }

    private static async Task WriteAsync(string format, FileInfo? output, TextWriter stdout, IReadOnlyList<BulletinReport> reports, BulletinChecker checker)
    {
        using var buffer = new MemoryStream();
        switch (format)
        {
            case "json": JsonReportWriter.Write(buffer, reports); break;
            case "sarif": SarifReportWriter.Write(buffer, reports, checker.Messages); break;
            case "csv":
                await using (var writer = new StreamWriter(buffer, CsvReportWriter.Encoding, leaveOpen: true)) CsvReportWriter.Write(writer, reports);
                break;
            default:
                var table = new StringWriter();
                TableReportWriter.Write(table, reports);
                await using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true)) await writer.WriteAsync(table.ToString());
                break;
        }
        if (output is not null)
        {
            await File.WriteAllBytesAsync(output.FullName, buffer.ToArray());
            return;
        }
        var text = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF');
        await stdout.WriteAsync(text);
        if (!text.EndsWith('\n')) await stdout.WriteLineAsync();
    }
}
