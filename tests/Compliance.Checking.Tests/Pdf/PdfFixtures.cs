using System.Text;
using System.Text.RegularExpressions;
using Compliance.Checking.Reading;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests.Pdf;

/// <summary>The committed PDF fixtures (tests/fixtures/pdf, made by tests/fixtures/make-fixtures.sh) and their seeds.</summary>
internal static partial class PdfFixtures
{
    /// <summary>Seed ids: each seed has a PDF in each of <see cref="Fonts"/>.</summary>
    public static TheoryData<string> SeedIds => new() { "000", "001", "002" };

    /// <summary>The two printings of each seed (see tests/fixtures/make-fixtures.sh): <c>serif</c> in Noto Serif CJK SC
    /// with the GB/T 9704 layout and <c>— N —</c> page numbers on the outer side; <c>sans</c> in Noto Sans CJK SC on a
    /// dense gazette page with the gazette's name as running header and bare page numbers.</summary>
    public static readonly string[] Fonts = ["serif", "sans"];

    /// <summary>Every seed PDF: (seed id, font).</summary>
    public static TheoryData<string, string> SeedPdfs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var seedId in new[] { "000", "001", "002" })
            {
                foreach (var font in Fonts) data.Add(seedId, font);
            }
            return data;
        }
    }

    /// <summary>
    /// The other printings of the seeds (see tests/fixtures/make-fixtures.sh), as (seed id, printing):
    /// <c>gongwen-serif</c> and <c>gongwen-sans</c> printed the way a 公文 is printed, from HTML by headless chromium
    /// (GB/T 9704 page, 22 pt centred titles the browser wraps, right-aligned signatures and dates, justified indented
    /// body, contents rows with a dotted rule before the page number, Type 3 fonts); <c>table-serif</c> and
    /// <c>table-sans</c> the LibreOffice layouts with each contents block a ruled table whose narrow title column
    /// wraps, for the seeds with a contents page (000 and 002).
    /// </summary>
    public static TheoryData<string, string> TypesetPdfs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var seedId in new[] { "000", "001", "002" })
            {
                data.Add(seedId, "gongwen-serif");
                data.Add(seedId, "gongwen-sans");
            }
            foreach (var seedId in ContentsSeeds)
            {
                data.Add(seedId, "table-serif");
                data.Add(seedId, "table-sans");
            }
            return data;
        }
    }

    /// <summary>Seeds with a contents page.</summary>
    public static readonly string[] ContentsSeeds = ["000", "002"];

    /// <summary>Every printing of every seed: <see cref="SeedPdfs"/> and <see cref="TypesetPdfs"/>.</summary>
    public static TheoryData<string, string> AllSeedPdfs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var row in SeedPdfs.Concat(TypesetPdfs)) data.Add((string)row[0], (string)row[1]);
            return data;
        }
    }

    /// <summary>The typeset printings of the seeds with a contents page.</summary>
    public static TheoryData<string, string> TypesetContentsPdfs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var row in TypesetPdfs.Where(r => ContentsSeeds.Contains((string)r[0]))) data.Add((string)row[0], (string)row[1]);
            return data;
        }
    }

    /// <summary>The seed's contents rows (tab-separated cells, the last a page number), normalised.</summary>
    public static List<string> SeedContentsRows(string seedId) =>
        Normalised(Encoding.UTF8.GetString(SeedText(seedId)).Split('\n')
            .Where(l => l.Contains('\t', StringComparison.Ordinal) && PageCell().IsMatch(l.Split('\t')[^1])));

    /// <summary>The running header printed on every page of a seed's sans PDF; the serif PDFs have none.</summary>
    public static string? RunningHeader(string seedId, string font) => font == "sans"
        ? seedId switch { "000" => "洛阳市人民政府公报", "001" => "乳山市人民政府公报", _ => "吕梁市人民政府公报" }
        : null;

    /// <summary>A page's number as printed in its footer, white space dropped.</summary>
    public static string PrintedPageNumber(string font, int page) => font == "serif" ? $"—{page}—" : page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string PdfPath(string name) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "pdf", name);

    public static byte[] Pdf(string name) => File.ReadAllBytes(PdfPath(name));

    public static string SeedPdfName(string seedId, string font) => $"seed-{seedId}-{font}.pdf";

    public static byte[] SeedPdf(string seedId, string font) => Pdf(SeedPdfName(seedId, font));

    public static string SeedPath(string seedId) =>
        Directory.GetFiles(RepositoryPaths.Seeds, seedId + "_*.txt").Single();

    public static byte[] SeedText(string seedId) => File.ReadAllBytes(SeedPath(seedId));

    /// <summary>Non-blank lines with white space and contents leaders dropped: PDF layout turns tabs and runs of
    /// spaces into gaps, a tab stop's leader into a run of dots, and LibreOffice's spacing between Chinese and Latin
    /// characters is no character at all.</summary>
    public static List<string> Normalised(IEnumerable<string> lines) =>
        lines.Select(l => Leader().Replace(Whitespace().Replace(l, string.Empty), string.Empty)).Where(l => l.Length > 0).ToList();

    public static List<string> SeedLines(string seedId) =>
        Normalised(Encoding.UTF8.GetString(SeedText(seedId)).Split('\n'));

    public static SourceText ReadSeedPdf(string seedId, string font, bool removeFurniture = true)
    {
        var outcome = new PdfBulletinReader().Read(SeedPdf(seedId, font), removeFurniture);
        Assert.True(outcome.Text is not null, $"{SeedPdfName(seedId, font)} unreadable: {outcome.Failure} {outcome.Detail}");
        return outcome.Text!;
    }

    /// <summary>The lines of <paramref name="actual"/> that join several consecutive lines of <paramref name="expected"/>;
    /// null when a line is neither one expected line nor several (a split, or different text).</summary>
    public static List<string>? JoinedLines(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var joined = new List<string>();
        var i = 0;
        foreach (var line in actual)
        {
            var j = i;
            var text = "";
            while (j < expected.Count && text.Length < line.Length) text += expected[j++];
            if (text != line) return null;
            if (j - i > 1) joined.Add(line);
            i = j;
        }
        return i == expected.Count ? joined : null;
    }

    /// <summary>Describes the first difference of two line lists, for a readable assertion message.</summary>
    public static string FirstDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var count = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < count; i++)
        {
            if (expected[i] != actual[i])
            {
                return $"line {i + 1} of {expected.Count}/{actual.Count}:\n expected: {expected[i]}\n actual:   {actual[i]}\n"
                    + $" next expected: {(i + 1 < expected.Count ? expected[i + 1] : "-")}\n next actual:   {(i + 1 < actual.Count ? actual[i + 1] : "-")}";
            }
        }
        return expected.Count == actual.Count ? "none" : $"lengths differ: {expected.Count} expected, {actual.Count} actual";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*\d{1,4}\s*页?\s*$")]
    private static partial Regex PageCell();

    [GeneratedRegex(@"[·.．…‥•]{2,}|[·.．…‥•](?=\d{1,4}页?$)")]
    private static partial Regex Leader();
}
