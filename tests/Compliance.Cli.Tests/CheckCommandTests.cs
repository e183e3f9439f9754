using System.Text;
using System.Text.Json;
using Compliance.Checking.Reports;
using Compliance.Cli;
using Compliance.TestSupport;

namespace Compliance.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compliance-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => InProcessCli.Run(args);

    [Fact]
    public async Task Seeds_with_errors_exit_1_and_print_a_table()
    {
        var (exit, output, _) = await Run("check", RepositoryPaths.Seeds);

        Assert.Equal(CliApp.ExitFindings, exit);
        Assert.Contains("signature.missing", output);
        Assert.Contains("洛涧政办〔2019〕13号", output);
        Assert.Contains("共检查 3 个文件、44 件公文", output);
    }

    [Fact]
    public async Task Bulletin_with_warnings_only_exits_0()
    {
        // A letter numbered like an ordinary document: one warning, no error.
        var (exit, output, _) = await Run("check", Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "special", "letter-ordinary-number.txt"));

        Assert.Equal(CliApp.ExitOk, exit);
        Assert.Contains("number.letter-form", output);
    }

    [Fact]
    public async Task Folder_mixing_good_and_unreadable_files_checks_all_and_exits_2()
    {
        File.Copy(RepositoryPaths.SeedPath("001_9ce87f5440d1c5bb.txt"), Path.Combine(_folder, "good.txt"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "picture.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var (exit, output, _) = await Run("check", _folder, "--format", "json");

        Assert.Equal(CliApp.ExitUsage, exit);
        using var json = JsonDocument.Parse(output);
        var bulletins = json.RootElement.GetProperty("bulletins").EnumerateArray().ToDictionary(b => Path.GetFileName(b.GetProperty("source").GetString()!));
        Assert.Equal(16, bulletins["good.txt"].GetProperty("documents").GetArrayLength());
        Assert.Equal("structure.unreadable", bulletins["empty.txt"].GetProperty("findings")[0].GetProperty("ruleId").GetString());
        Assert.Equal("structure.unreadable", bulletins["picture.txt"].GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "seeds", "--format", "xml")]
    [InlineData("frobnicate")]
    public async Task Bad_usage_exits_2(params string[] args)
    {
        var (exit, _, error) = await Run(args);

        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Missing_path_exits_2_and_names_it()
    {
        var (exit, _, error) = await Run("check", Path.Combine(_folder, "nope.txt"));

        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("nope.txt", error);
    }

    [Theory]
    [InlineData("sarif", "\"version\": \"2.1.0\"")]
    [InlineData("csv", "source,document,docNumber,title,issuer,ruleId,severity,line,page,message,evidence")]
    public async Task Other_formats_are_written_to_a_file(string format, string expected)
    {
        var target = Path.Combine(_folder, "out." + format);

        var (exit, _, _) = await Run("check", RepositoryPaths.SeedPath("001_9ce87f5440d1c5bb.txt"), "--format", format, "--output", target);

        Assert.Equal(CliApp.ExitFindings, exit);
        Assert.Contains(expected, await File.ReadAllTextAsync(target, Encoding.UTF8));
    }

    [Fact]
    public async Task Configuration_file_can_turn_rules_off()
    {
        var config = Path.Combine(_folder, "compliance.json");
        await File.WriteAllTextAsync(config, """{ "rules": { "signature.missing": { "enabled": false }, "date.missing": { "severity": "warning" }, "attachment.mismatch": { "severity": "warning" } } }""");

        var (exit, output, _) = await Run("check", RepositoryPaths.Seeds, "--config", config);

        Assert.Equal(CliApp.ExitOk, exit);
        Assert.DoesNotContain("signature.missing", output);
    }

    [Fact]
    public async Task Invalid_configuration_exits_2_with_the_reason()
    {
        var config = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(config, """{ "rules": { "no.such-rule": { "enabled": false } } }""");

        var (exit, _, error) = await Run("check", RepositoryPaths.Seeds, "--config", config);

        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("no.such-rule", error);
    }

    [Fact]
    public async Task Pdf_bulletins_are_checked_with_pages_and_bad_pdfs_are_named()
    {
        var (exit, output, _) = await Run("check", Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "pdf"), "--format", "json");

        Assert.Equal(CliApp.ExitUsage, exit); // the folder holds a scan, an encrypted and a truncated PDF
        using var json = JsonDocument.Parse(output);
        var bulletins = json.RootElement.GetProperty("bulletins").EnumerateArray().ToDictionary(b => Path.GetFileName(b.GetProperty("source").GetString()!));
        var seed = bulletins["seed-002-sans.pdf"];
        Assert.Equal("pdf", seed.GetProperty("encoding").GetString());
        Assert.Equal(19, seed.GetProperty("documents").GetArrayLength());
        Assert.All(seed.GetProperty("documents").EnumerateArray(), d => Assert.True(d.GetProperty("page").GetInt32() >= 1));
        Assert.Contains("OCR", bulletins["scanned.pdf"].GetProperty("findings")[0].GetProperty("message").GetString());
        Assert.Contains("加密", bulletins["encrypted.pdf"].GetProperty("findings")[0].GetProperty("message").GetString());
        Assert.Contains("损坏", bulletins["truncated.pdf"].GetProperty("findings")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("csv")]
    [InlineData("table")]
    public async Task Parallel_run_writes_byte_for_byte_what_a_sequential_run_writes(string format)
    {
        // Large files before small ones, so that with several jobs later files finish first; unreadable files and a
        // subfolder among them.
        var input = Directory.CreateDirectory(Path.Combine(_folder, "in")).FullName;
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds).OrderByDescending(f => new FileInfo(f).Length).ToArray();
        for (var copy = 0; copy < 3; copy++)
        {
            for (var i = 0; i < seeds.Length; i++) File.Copy(seeds[i], Path.Combine(input, $"{copy}{i}-{Path.GetFileName(seeds[i])}"));
        }
        await File.WriteAllBytesAsync(Path.Combine(input, "05-empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(input, "15-picture.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        File.Copy(seeds[^1], Path.Combine(Directory.CreateDirectory(Path.Combine(input, "sub")).FullName, "small.txt"));
        var sequential = Path.Combine(_folder, "sequential." + format);
        var parallel = Path.Combine(_folder, "parallel." + format);

        var (sequentialExit, _, _) = await Run("check", input, "--format", format, "--jobs", "1", "--output", sequential);
        var (parallelExit, _, _) = await Run("check", input, "--format", format, "--jobs", "4", "--output", parallel);

        Assert.Equal(CliApp.ExitUsage, sequentialExit); // the unreadable files
        Assert.Equal(sequentialExit, parallelExit);
        var expected = await File.ReadAllBytesAsync(sequential);
        Assert.True(expected.Length > 10_000, $"the {format} report is too small to compare: {expected.Length} bytes");
        Assert.Equal(expected, await File.ReadAllBytesAsync(parallel));
        if (format == "json")
        {
            using var json = JsonDocument.Parse(expected);
            var sources = json.RootElement.GetProperty("bulletins").EnumerateArray().Select(b => b.GetProperty("source").GetString()!).ToList();
            Assert.Equal(12, sources.Count);
            Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        }
    }

    /// <summary>
    /// A run holds each report as bytes until its citations are judged, and writes what it rendered ahead unless the
    /// registry adds findings: the output is byte for byte what writing each report, judged against the registry of
    /// the run, gives — with one job and with several, in every format.
    /// </summary>
    [Theory]
    [InlineData("json", "1")]
    [InlineData("json", "4")]
    [InlineData("csv", "4")]
    [InlineData("table", "1")]
    [InlineData("table", "4")]
    [InlineData("sarif", "4")]
    public async Task Reports_held_as_bytes_write_what_the_judged_reports_write(string format, string jobs)
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "in")).FullName;
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var copy = 0; copy < 2; copy++)
        {
            foreach (var seed in seeds) File.Copy(seed, Path.Combine(input, $"{copy}-{Path.GetFileName(seed)}"));
        }
        await File.WriteAllBytesAsync(Path.Combine(input, "1-empty.txt"), []);
        var actualPath = Path.Combine(_folder, "actual." + format);

        await Run("check", input, "--format", format, "--jobs", jobs, "--output", actualPath);

        var checker = new Checking.BulletinChecker();
        var citations = new Checking.Citations.CitationChecker();
        var files = Directory.GetFiles(input).Order(StringComparer.Ordinal).ToList();
        var reports = files.Select(f => checker.Check(File.ReadAllBytes(f), f)).ToList();
        var registry = Checking.Citations.CitationRegistry.Of(reports.Select(Checking.Citations.RegistryEntries.Of));
        var judged = reports.Select(r => citations.Apply(r, registry)).ToList();
        Assert.Contains(judged, r => r.Documents.Any(d => d.Findings.Any(f => f.RuleId.StartsWith("citation.title-conflict", StringComparison.Ordinal))));
        using var expected = new MemoryStream();
        using (IReportWriter writer = format switch
               {
                   "json" => new JsonReportWriter(expected),
                   "sarif" => new SarifReportWriter(expected, checker.Messages, File.ReadAllBytes),
                   "csv" => new CsvReportWriter(new StreamWriter(expected, CsvReportWriter.Encoding, 1 << 16, leaveOpen: true)),
                   _ => new TableReportWriter(new StreamWriter(expected, new UTF8Encoding(false), 1 << 16, leaveOpen: true)),
               })
        {
            writer.WriteAll(judged);
        }
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(await File.ReadAllBytesAsync(actualPath)));
    }

    /// <summary>Citations are judged across the files of one run: the two sample bulletins that cite 国办发〔2017〕26号
    /// with two titles give the finding on the later document, naming the earlier, in either order; each alone gives none.</summary>
    [Fact]
    public async Task Citations_are_judged_across_the_files_of_a_run_in_either_order()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var (earlier, later) = (seeds[0], seeds[2]);

        async Task<List<(string Source, string Message)>> ConflictsAsync(params string[] files)
        {
            var (_, output, _) = await Run(["check", .. files, "--format", "json"]);
            using var json = JsonDocument.Parse(output);
            return json.RootElement.GetProperty("bulletins").EnumerateArray()
                .SelectMany(b => b.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray())
                    .Where(f => f.GetProperty("ruleId").GetString() == "citation.title-conflict")
                    .Select(f => (b.GetProperty("source").GetString()!, f.GetProperty("message").GetString()!)))
                .ToList();
        }

        var forward = await ConflictsAsync(earlier, later);
        var (source, message) = Assert.Single(forward);
        Assert.Equal(later, source);
        Assert.Contains(earlier + " 第 ", message, StringComparison.Ordinal);
        Assert.Equal(forward, await ConflictsAsync(later, earlier));
        Assert.Empty(await ConflictsAsync(later));
        Assert.Empty(await ConflictsAsync(earlier));
    }

    [Fact]
    public async Task Standard_output_carries_the_same_report_as_a_file()
    {
        var file = Path.Combine(_folder, "out.json");

        var (_, output, _) = await Run("check", RepositoryPaths.Seeds, "--format", "json");
        await Run("check", RepositoryPaths.Seeds, "--format", "json", "--output", file);

        Assert.Equal(await File.ReadAllTextAsync(file, Encoding.UTF8) + "\n", output);
    }

    [Fact]
    public async Task Csv_file_has_a_bom_and_standard_output_has_none()
    {
        var file = Path.Combine(_folder, "out.csv");

        var (_, output, _) = await Run("check", RepositoryPaths.Seeds, "--format", "csv");
        await Run("check", RepositoryPaths.Seeds, "--format", "csv", "--output", file);

        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(Encoding.UTF8.GetString(bytes.AsSpan(3)), output);
        Assert.StartsWith("source,", output);
    }

    [Fact]
    public async Task Table_columns_line_up_by_display_width_with_chinese_document_numbers()
    {
        var (_, output, _) = await Run("check", RepositoryPaths.Seeds);

        var lines = output.Split('\n');
        var headers = lines.Select((line, i) => (line, i)).Where(x => x.line.StartsWith("  行 ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(headers);
        var rows = 0;
        foreach (var (header, at) in headers)
        {
            // The message column starts at the same display column in the header and in every row of the table.
            var messageColumn = TableReportWriter.DisplayWidth(header[..header.IndexOf("说明", StringComparison.Ordinal)]);
            for (var i = at + 2; i < lines.Length && lines[i].Length > 0; i++, rows++)
            {
                var row = lines[i];
                var start = 0;
                while (TableReportWriter.DisplayWidth(row[..start]) < messageColumn) start++;
                Assert.Equal(messageColumn, TableReportWriter.DisplayWidth(row[..start]));
                Assert.EndsWith("   ", row[..start]);
                Assert.NotEqual(' ', row[start]);
            }
        }
        Assert.True(rows > 10);
        Assert.Contains(lines, l => l.Contains("洛涧政办〔2019〕13号", StringComparison.Ordinal) && l.Contains("signature.missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("洛政办〔2019〕35号", 18)]
    [InlineData("（全文）", 8)]
    [InlineData("—", 1)]
    [InlineData("𠀀", 2)]
    public void Display_width_counts_wide_characters_twice(string text, int width)
        => Assert.Equal(width, TableReportWriter.DisplayWidth(text));

    [Fact]
    public async Task Jobs_must_be_positive()
    {
        var (exit, _, error) = await Run("check", RepositoryPaths.Seeds, "--jobs", "0");

        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("--jobs", error);
    }

    [Fact]
    public async Task Rules_lists_every_rule_with_its_configured_severity()
    {
        var config = Path.Combine(_folder, "compliance.json");
        await File.WriteAllTextAsync(config, """{ "rules": { "publication.placement": { "enabled": false }, "number.year-mismatch": { "severity": "error" } } }""");

        var (exit, output, _) = await Run("rules", "--config", config);

        Assert.Equal(CliApp.ExitOk, exit);
        Assert.Contains($"共 {Compliance.Checking.Rules.RuleCatalog.Default.Descriptors.Count} 条规则", output);
        Assert.Matches(@"title\.missing\s+错误", output);
        Assert.Matches(@"publication\.placement\s+（已停用）", output);
        Assert.Matches(@"number\.year-mismatch\s+错误", output);
        Assert.Matches(@"number\.brackets\s+错误\s+GB/T 9704-2012 7\.2\.5\s+发文字号年份括号错误", output);
    }
}
