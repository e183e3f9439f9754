using System.Text;
using Compliance.TestSupport;

namespace Compliance.Benchmarks;

/// <summary>
/// Writes the inputs of the memory-bound measurement (scripts/measure-limits.sh): the zip bomb of issue 11 and its
/// cousins, and the largest inputs of each format the limits let through: text at the 20 MB text limit, any file at
/// most 64 MB, the default Storage:MaxBulletinBytes. <c>dotnet run -c Release --project benchmarks/Compliance.Benchmarks --
/// limit-inputs DIR</c>. The largest legitimate PDF and .docx (Chromium, LibreOffice) come from scripts/make-large-inputs.sh.
/// </summary>
internal static class LimitInputs
{
    private const int MaxBulletinBytes = 64 * 1024 * 1024;

    private const int MaxTextBytes = 20 * 1024 * 1024;

    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var seedText = string.Join('\n', Directory.GetFiles(Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var seedLines = seedText.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

        Save(directory, "zip-bomb-1.5GB.docx", HostileFiles.DocxBomb(1_500_000_000));
        Save(directory, "zip-bomb-lying-header-30MB.docx", HostileFiles.DocxBomb(1_500_000_000, declaredBytes: 30_000_000));
        Save(directory, "docx-body-38MB.docx", HostileFiles.Docx(Repeated(seedLines, 38L * 1024 * 1024)));
        Save(directory, "billion-laughs.docx", HostileFiles.DocxWithDocumentXml(HostileFiles.BillionLaughsXml()));
        Save(directory, "text-20MB-seeds.txt", Encoding.UTF8.GetBytes(RepeatedText(seedText, MaxTextBytes)));
        Save(directory, "text-20MB-gb18030.txt", CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(RepeatedText(seedText, MaxTextBytes * 7 / 5))); // 2 bytes a character, not 3
        Save(directory, "text-20MB-line-breaks.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("字\n", MaxTextBytes / 4))));
        Save(directory, "text-20MB-1M-short-lines.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("一条 规定事项\n", MaxTextBytes / 20 - 1))));
        Save(directory, "text-20MB-one-line.txt", HostileFiles.TextWithOneLine(MaxTextBytes / 3));
        Save(directory, "text-60MB-seeds.txt", Encoding.UTF8.GetBytes(RepeatedText(seedText, 60 * 1024 * 1024)));
        Save(directory, "pdf-one-page-of-60MB-uncompressed-text.pdf", HostileFiles.Pdf(1, linesPerPage: 1_000, streamsPerPage: 500));
        Save(directory, "pdf-flate-bomb-2GB.pdf", HostileFiles.Pdf(1, flateBombBytes: 2_000_000_000));
        Save(directory, "pdf-2000-pages-deflated-to-36MB.pdf", HostileFiles.Pdf(2_000, linesPerPage: 150, compressed: true));
        Save(directory, "pdf-2000-pages-of-text.pdf", HostileFiles.Pdf(2_000, linesPerPage: 50));
        Save(directory, "pdf-seed-002-serif-gazette.pdf", File.ReadAllBytes(Path.Combine(Paths.Root, "tests", "fixtures", "pdf", "seed-002-serif.pdf")));
    }

    private static void Save(string directory, string name, byte[] content)
    {
        if (content.Length > MaxBulletinBytes) throw new InvalidOperationException($"{name} is {content.Length} bytes, over the 64 MB the measurement is about.");
        File.WriteAllBytes(Path.Combine(directory, name), content);
        Console.WriteLine($"{name}: {content.Length:N0} bytes");
    }

    private static IEnumerable<string> Repeated(string[] lines, long xmlBytes)
    {
        for (var (written, i) = (0L, 0); written < xmlBytes; i++)
        {
            var line = lines[i % lines.Length];
            written += Encoding.UTF8.GetByteCount(line) + 70; // the paragraph's markup
            yield return line;
        }
    }

    /// <summary>The text over and over, up to <paramref name="bytes"/> of UTF-8.</summary>
    private static string RepeatedText(string text, int bytes)
    {
        var builder = new StringBuilder();
        var length = Encoding.UTF8.GetByteCount(text) + 1;
        for (var written = length; written < bytes; written += length) builder.Append(text).Append('\n');
        return builder.ToString();
    }
}
