using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Checking.Tests.Pdf;

/// <summary>
/// The checker reaches the same verdicts on each seed's PDFs as on the seed's text, whatever the font, layout and
/// producer they were printed with (LibreOffice's serif GB/T 9704 page and sans gazette page, a browser's 公文 page in
/// either face, a contents page set as a table whose cells wrap), and reports each bad PDF.
/// </summary>
public sealed partial class PdfCheckerParityTests
{
    private readonly BulletinChecker _checker = new();

    [Theory]
    [MemberData(nameof(PdfFixtures.AllSeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Pdf_gives_the_same_documents_and_fields_as_the_text(string seedId, string font)
    {
        var (fromText, fromPdf) = CheckBoth(seedId, font);

        Assert.False(fromPdf.IsUnreadable, fromPdf.UnreadableReason);
        Assert.InRange(fromText.Documents.Count, 9, 19); // the seeds hold 9, 16 and 19 documents: nothing compared trivially
        var expected = fromText.Documents.Select(Fields).ToList();
        var actual = fromPdf.Documents.Select(Fields).ToList();
        Assert.True(expected.SequenceEqual(actual), Differences(expected, actual));
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.AllSeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Pdf_gives_the_same_rule_ids_per_document_as_the_text(string seedId, string font)
    {
        var (fromText, fromPdf) = CheckBoth(seedId, font);

        var expected = new[] { "bulletin: " + RuleIds(fromText.Findings) }.Concat(fromText.Documents.Select(d => $"document {d.Index}: {RuleIds(d.Findings)}")).ToList();
        var actual = new[] { "bulletin: " + RuleIds(fromPdf.Findings) }.Concat(fromPdf.Documents.Select(d => $"document {d.Index}: {RuleIds(d.Findings)}")).ToList();
        Assert.True(expected.SequenceEqual(actual), Differences(expected, actual));
    }

    /// <summary>Contents-page matching: the PDF's contents page (leaders, wrapped rows, page breaks) lists the same
    /// documents as the text's, so the PDF has no contents-page finding the text has not.</summary>
    [Theory]
    [MemberData(nameof(PdfFixtures.AllSeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Pdf_contents_page_matches_the_documents_as_the_text_does(string seedId, string font)
    {
        var (fromText, fromPdf) = CheckBoth(seedId, font);

        var extra = Structure(fromPdf).Except(Structure(fromText)).ToList();
        Assert.True(extra.Count == 0, "structure findings on the PDF only:\n" + string.Join("\n", extra));
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.AllSeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Pdf_findings_and_documents_carry_pages(string seedId, string font)
    {
        var fromPdf = _checker.Check(PdfFixtures.SeedPdf(seedId, font), PdfFixtures.SeedPdfName(seedId, font));

        Assert.All(fromPdf.Documents, d => Assert.True(d.Page >= 1, $"document {d.Index} has no page"));
        Assert.All(fromPdf.AllFindings.Where(f => f.Line is not null), f => Assert.True(f.Page >= 1, $"{f.RuleId} at line {f.Line} has no page"));
    }

    /// <summary>Each contents row of the seed is one line of the PDF, its title whole and its page number last, however
    /// the row was printed: title wrapped before a leader and page number, or cells wrapped inside a table.</summary>
    [Theory]
    [MemberData(nameof(PdfFixtures.TypesetContentsPdfs), MemberType = typeof(PdfFixtures))]
    public void Pdf_contents_rows_read_as_the_seed_rows(string seedId, string printing)
    {
        var rows = PdfFixtures.SeedContentsRows(seedId);
        var read = PdfFixtures.Normalised(PdfFixtures.ReadSeedPdf(seedId, printing).Lines.Select(l => l.Text)).ToHashSet();

        Assert.InRange(rows.Count, 9, 19);
        var missing = rows.Where(r => !read.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "contents rows not read as one line:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Each_bad_pdf_is_unreadable_with_its_own_message()
    {
        var reasons = new[] { "scanned.pdf", "encrypted.pdf", "truncated.pdf" }
            .Select(name => _checker.Check(PdfFixtures.Pdf(name), name))
            .Select(report =>
            {
                Assert.True(report.IsUnreadable, $"{report.Source} was not reported unreadable");
                Assert.Empty(report.Documents);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", report.UnreadableReason);
                return report.UnreadableReason;
            })
            .ToList();

        Assert.Equal(3, reasons.Distinct().Count());
    }

    private (BulletinReport FromText, BulletinReport FromPdf) CheckBoth(string seedId, string font) => (
        _checker.Check(PdfFixtures.SeedText(seedId), $"seed-{seedId}.txt"),
        _checker.Check(PdfFixtures.SeedPdf(seedId, font), PdfFixtures.SeedPdfName(seedId, font)));

    /// <summary>The fields a reader of the findings sees, one line per document; white space in titles may differ
    /// (tabs become gaps in a PDF).</summary>
    private static string Fields(DocumentReport d) =>
        $"document {d.Index}: title={Spaceless(d.Title)} kind={d.Kind} issuer={d.Issuer} issuers={string.Join("|", d.Issuers)} "
        + $"number={d.DocNumber} signature={d.Signature} date={d.Date} dateText={d.DateText} marker={d.PublicationMarker}";

    /// <summary>Structure findings with what they are about (the document's number, else its evidence).</summary>
    private static IEnumerable<string> Structure(BulletinReport report) =>
        report.Findings.Select(f => (Finding: f, About: (string?)null))
            .Concat(report.Documents.SelectMany(d => d.Findings.Select(f => (Finding: f, About: d.DocNumber ?? Spaceless(d.Title)))))
            .Where(x => x.Finding.RuleId.StartsWith("structure.", StringComparison.Ordinal))
            .Select(x => $"{x.Finding.RuleId} {x.About ?? Spaceless(x.Finding.Evidence)}");

    private static string RuleIds(IEnumerable<Finding> findings) => string.Join(" ", findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));

    private static string? Spaceless(string? text) => text is null ? null : Whitespace().Replace(text, " ").Trim();

    /// <summary>Every line that differs, text first, then the PDF's, for a message that shows the whole mismatch.</summary>
    private static string Differences(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var message = new StringBuilder($"text gives {expected.Count}, PDF gives {actual.Count}\n");
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "-";
            var a = i < actual.Count ? actual[i] : "-";
            if (e != a) message.Append(" text: ").Append(e).Append("\n pdf:  ").Append(a).Append('\n');
        }
        return message.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
