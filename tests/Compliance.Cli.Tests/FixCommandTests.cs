using System.Text;
using Compliance.Cli;
using Compliance.Cli.Commands;
using Compliance.TestSupport;

namespace Compliance.Cli.Tests;

/// <summary><c>compliance fix</c>: a corrected copy of each file under the same name, the originals untouched.</summary>
public sealed class FixCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compliance-fix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => InProcessCli.Run(args);

    [Fact]
    public async Task A_folder_gets_corrected_copies_under_the_same_names_and_the_check_of_the_copies_suggests_nothing()
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "in")).FullName;
        var seed = Path.Combine(RepositoryPaths.Seeds, "002_bc7c144ecaea1a61.txt");
        var original = File.ReadAllBytes(seed);
        // A slip of the number's brackets on top of the seed's own findings.
        var text = Encoding.UTF8.GetString(original);
        var number = System.Text.RegularExpressions.Regex.Match(text, @"吕政办发〔2019〕\d+号").Value;
        File.WriteAllText(Path.Combine(input, "bulletin.txt"), text.Replace(number, number.Replace('〔', '[').Replace('〕', ']')));
        var output = Path.Combine(_folder, "out");

        var (exit, stdout, _) = await Run("fix", input, "--output", output);

        Assert.Equal(CliApp.ExitOk, exit);
        var copy = Path.Combine(output, "bulletin.txt");
        Assert.True(File.Exists(copy), stdout);
        Assert.Contains("number.brackets", stdout);
        Assert.Contains(number, File.ReadAllText(copy));
        Assert.Contains(number.Replace('〔', '[').Replace('〕', ']'), File.ReadAllText(Path.Combine(input, "bulletin.txt")));

        var (_, json, _) = await Run("check", copy, "--format", "json");
        Assert.DoesNotContain("\"suggestion\"", json);
        var (_, seedJson, _) = await Run("check", seed, "--format", "json");
        Assert.Contains("\"suggestion\"", seedJson);
    }

    [Fact]
    public async Task Writing_over_the_originals_is_refused()
    {
        var file = Path.Combine(_folder, "bulletin.txt");
        File.WriteAllText(file, "洛政办[2019]35号");

        var (exit, _, stderr) = await Run("fix", file, "--output", _folder);

        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("覆盖原文件", stderr);
        Assert.Equal("洛政办[2019]35号", File.ReadAllText(file));
    }

    [Fact]
    public async Task A_pdf_gets_no_copy_and_the_reason_and_exit_1()
    {
        var pdf = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "pdf"), "*.pdf").Order(StringComparer.Ordinal).First();
        var output = Path.Combine(_folder, "out");

        var (exit, stdout, _) = await Run("fix", pdf, "-o", output);

        Assert.Equal(CliApp.ExitFindings, exit);
        Assert.Contains("PDF 文件不能改写", stdout);
        Assert.False(File.Exists(Path.Combine(output, Path.GetFileName(pdf))));
    }

    [Fact]
    public async Task The_table_shows_a_headings_correction_by_its_marker_not_its_paragraph()
    {
        var file = Path.Combine(_folder, "bulletin.txt");
        File.WriteAllText(file, """
            洛阳市人民政府办公室文件

            洛政办〔2019〕35号

            洛阳市人民政府办公室关于加强某项工作的通知

            各县（市、区）人民政府，市人民政府各部门：

            一、总体要求

            （一）指导思想。坚持统筹推进，注重实效。

            1、明确任务。各单位按期完成。

            2.加强协调。定期会商解决问题。

            洛阳市人民政府办公室

            2019年6月25日

            （此件公开发布）
            """);

        var (_, table, _) = await Run("check", file);

        Assert.Contains("应改为：1.明确任务。各单位按期完成…", table);
    }

    [Theory]
    [InlineData("（一）指导思想。坚持统筹推进。", "(一)、指导思想。坚持统筹推进。", "(一)、指导思想。坚持统… → （一）指导思想。坚持统…")]
    [InlineData("洛政办〔2019〕35号", "洛政办[2019]35号", "洛政办[2019]35号 → 洛政办〔2019〕35号")]
    public void A_long_line_is_shown_by_the_part_the_correction_changes(string after, string before, string shown)
    {
        var (b, a) = Compliance.Checking.Fixing.CorrectionExcerpt.Of(before, after);
        Assert.Equal(shown, $"{b} → {a}");
    }
}
