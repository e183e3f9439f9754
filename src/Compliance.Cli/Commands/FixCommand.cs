using System.CommandLine;
using Compliance.Checking.Fixing;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance fix &lt;files or folders&gt; --output DIR</c>: a corrected copy of each file, with every
/// determinate correction the check suggests made and nothing else changed.</summary>
internal static class FixCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "要改正的文件或文件夹。Files or folders to correct.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "改正后的副本写入的文件夹（同名；原文件不动）。Folder the corrected copies are written to, under the same names.",
            Required = true,
        };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "配置文件（默认：当前目录下的 compliance.json，若存在）。" };
        var command = new Command("fix", "写出改正后的副本：文本逐字节保留其余内容，Word .docx 以修订（跟踪更改）标出每处改正。Write corrected copies.")
        {
            paths, output, config,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await CheckCommand.LoadOptionsAsync(parse.GetValue(config), stderr) is not { } options) return CliApp.ExitUsage;
            var target = parse.GetValue(output)!;

            // Each file with the name its copy gets: a folder's files keep their place under it.
            var files = new List<(string Path, string Name)>();
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                if (Directory.Exists(path))
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                        .Where(f => !Path.GetFileName(f).StartsWith('.'))
                        .Where(f => !IsUnder(f, target.FullName))
                        .Order(StringComparer.Ordinal)
                        .Select(f => (f, Path.GetRelativePath(path, f))));
                }
                else if (File.Exists(path)) files.Add((path, Path.GetFileName(path)));
                else
                {
                    await stderr.WriteLineAsync($"找不到文件或文件夹：{path}");
                    return CliApp.ExitUsage;
                }
            }
            foreach (var (path, name) in files)
            {
                if (SamePath(Path.Combine(target.FullName, name), path))
                {
                    await stderr.WriteLineAsync($"改正后的副本会覆盖原文件 {path}：请用 --output 指定另一个文件夹。");
                    return CliApp.ExitUsage;
                }
            }

            var fixer = new BulletinFixer(options);
            var incomplete = false;
            foreach (var (path, name) in files)
            {
                var result = fixer.Fix(await File.ReadAllBytesAsync(path, cancellationToken), path, cancellationToken);
                var copy = Path.Combine(target.FullName, name);
                if (result.Content is null)
                {
                    await stdout.WriteLineAsync($"{path}：没有写出副本。{result.Refusal}");
                    incomplete = true;
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                await File.WriteAllBytesAsync(copy, result.Content, cancellationToken);
                var summary = result.Applied.Count == 0 ? "无需改正，原样复制" : $"改正 {result.Applied.Count} 处";
                if (result.NotApplied.Count > 0) summary += $"，{result.NotApplied.Count} 处未改";
                await stdout.WriteLineAsync($"{path} → {copy}：{summary}");
                foreach (var c in result.Applied.OrderBy(c => c.Line))
                {
                    var (before, after) = CorrectionExcerpt.Of(c.Before, c.After);
                    await stdout.WriteLineAsync($"  第 {c.Line} 行  {c.RuleId}  {before} → {after}");
                }
                foreach (var u in result.NotApplied) await stdout.WriteLineAsync($"  未改  {u.Finding.RuleId}  {u.Reason}");
                incomplete |= result.NotApplied.Count > 0;
            }
            return incomplete ? CliApp.ExitFindings : CliApp.ExitOk;
        });
        return command;
    }

    private static bool IsUnder(string file, string folder)
        => Path.GetFullPath(file).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
