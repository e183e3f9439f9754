using System.Text;
using System.Text.RegularExpressions;
using Compliance.Checking.Reading;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests.Pdf;

/// <summary>The committed PDF fixtures (tests/fixtures/pdf, made by tests/fixtures/make-fixtures.sh) and their seeds.</summary>
internal static partial class PdfFixtures
{
    /// <summary>Seed ids with a PDF made from them; seed-000.pdf has a running header and page numbers.</summary>
    public static TheoryData<string> SeedIds => new() { "000", "001", "002" };

    public const string HeaderSeedId = "000";

    public const string GazetteName = "洛阳市人民政府公报";

    public static string PdfPath(string name) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "pdf", name);

    public static byte[] Pdf(string name) => File.ReadAllBytes(PdfPath(name));

    public static byte[] SeedPdf(string seedId) => Pdf($"seed-{seedId}.pdf");

    public static string SeedPath(string seedId) =>
        Directory.GetFiles(RepositoryPaths.Seeds, seedId + "_*.txt").Single();

    public static byte[] SeedText(string seedId) => File.ReadAllBytes(SeedPath(seedId));

    /// <summary>Non-blank lines with white space dropped: PDF layout turns tabs and runs of spaces into gaps,
    /// and LibreOffice's spacing between Chinese and Latin characters is no character at all.</summary>
    public static List<string> Normalised(IEnumerable<string> lines) =>
        lines.Select(l => Whitespace().Replace(l, string.Empty)).Where(l => l.Length > 0).ToList();

    public static List<string> SeedLines(string seedId) =>
        Normalised(Encoding.UTF8.GetString(SeedText(seedId)).Split('\n'));

    public static SourceText ReadSeedPdf(string seedId, bool removeFurniture = true)
    {
        var outcome = new PdfBulletinReader().Read(SeedPdf(seedId), removeFurniture);
        Assert.True(outcome.Text is not null, $"seed-{seedId}.pdf unreadable: {outcome.Failure} {outcome.Detail}");
        return outcome.Text!;
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
}
