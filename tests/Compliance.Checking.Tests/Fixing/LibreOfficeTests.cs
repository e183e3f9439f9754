using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Compliance.Checking.Tests.Fixing;

/// <summary>
/// A corrected .docx opened by another word processor: headless LibreOffice converts it (to .docx again, and to PDF)
/// without error and reads every correction as a tracked change by Compliance — its own .docx still holds them, and
/// accepting them gives the corrected text. Skipped, saying so, where LibreOffice is not installed.
/// </summary>
public class LibreOfficeTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [SkippableFact]
    public async Task LibreOffice_converts_a_fixed_docx_and_keeps_each_correction_as_a_tracked_change()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
        Skip.If(soffice is null, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer to run this test.");

        var damaged = Samples.Document.Replace("洛政办〔2019〕35号", "洛政办[2019]35号").Replace("市人民政府各部门：", "市人民政府各部门:");
        var expected = DocxFixerTests.Read(DocxFixerTests.Docx(Lines(Samples.Document), 3));
        var result = Samples.Fixer().Fix(DocxFixerTests.Docx(Lines(damaged), 3), "x.docx");
        Assert.Equal(2, result.Applied.Count);

        var folder = Directory.CreateTempSubdirectory("compliance-lo-").FullName;
        try
        {
            var input = Path.Combine(folder, "fixed.docx");
            await File.WriteAllBytesAsync(input, result.Content!);
            foreach (var format in new[] { "pdf", "docx:MS Word 2007 XML" })
            {
                var run = await RunAsync(soffice!, folder, "--headless", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", format, "--outdir", Path.Combine(folder, "out"), input);
                Assert.True(run.Exit == 0, $"soffice --convert-to {format} exited {run.Exit}: {run.Output}");
            }
            Assert.True(new FileInfo(Path.Combine(folder, "out", "fixed.pdf")).Length > 1000, "no PDF written");

            var converted = await File.ReadAllBytesAsync(Path.Combine(folder, "out", "fixed.docx"));
            using (var zip = new ZipArchive(new MemoryStream(converted)))
            {
                var document = XDocument.Load(zip.GetEntry("word/document.xml")!.Open());
                var changes = document.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").ToList();
                Assert.True(changes.Count >= 4, $"{changes.Count} tracked changes after LibreOffice");
                Assert.All(changes, c => Assert.Equal("Compliance", (string?)c.Attribute(W + "author")));
            }
            Assert.Equal(expected, DocxFixerTests.Read(DocxFixerTests.Transform(converted, DocxFixerTests.AcceptAll)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).ToArray();

    private static async Task<(int Exit, string Output)> RunAsync(string file, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 3 minutes");
        }
        return (process.ExitCode, await output + await error);
    }
}
