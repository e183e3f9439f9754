using Compliance.Checking.Reading;

namespace Compliance.Checking.Tests.Pdf;

public sealed class PdfBulletinReaderTests
{
    private readonly PdfBulletinReader _reader = new();

    [Theory]
    [MemberData(nameof(PdfFixtures.SeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Seed_pdf_gives_the_seed_lines(string seedId, string font)
    {
        var expected = PdfFixtures.SeedLines(seedId);
        var actual = PdfFixtures.Normalised(PdfFixtures.ReadSeedPdf(seedId, font).Lines.Select(l => l.Text));

        // Every character, in order...
        Assert.Equal(string.Concat(expected), string.Concat(actual));
        // ...in the seed's lines: no line split, and at most a few joined. A line the typesetter broke on purpose
        // (a centred title over two lines) that nearly fills the column looks exactly like one that wrapped.
        var joined = PdfFixtures.JoinedLines(expected, actual);
        Assert.True(joined is not null, PdfFixtures.FirstDifference(expected, actual));
        Assert.True(joined.Count <= MaxJoinedLines, "seed lines joined: " + string.Join(" | ", joined));
    }

    private const int MaxJoinedLines = 2;

    [Fact]
    public void Streams_decoded_again_for_every_page_are_bounded_per_stream_not_in_total()
    {
        // A browser's PDF: 133 pages sharing about a hundred Type 3 fonts, whose streams (3.3 MB decoded) PdfPig
        // decodes again for every page that uses them (17 MB in all). No limit adds those decodes up.
        var pdf = PdfFixtures.SeedPdf("000", "gongwen-sans");

        var outcome = new PdfBulletinReader(new Configuration.CheckerLimits()).Read(pdf);

        Assert.True(outcome.Text is not null, $"{outcome.Failure}: {outcome.Detail}");
        Assert.True(outcome.Text.Lines.Count > 1000);
        // The per-stream limit still holds: set below the size of a page's content, it refuses the file.
        var tight = new PdfBulletinReader(new Configuration.CheckerLimits { MaxPdfStreamBytes = 1024 }).Read(pdf);
        Assert.Equal(UnreadableKind.PdfStreamTooLarge, tight.Failure);
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.SeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Lines_are_numbered_over_the_whole_document_and_carry_their_page(string seedId, string font)
    {
        var raw = PdfFixtures.ReadSeedPdf(seedId, font, removeFurniture: false);
        var clean = PdfFixtures.ReadSeedPdf(seedId, font);

        Assert.Equal("pdf", raw.Format);
        Assert.Equal(Enumerable.Range(1, raw.Lines.Count), raw.Lines.Select(l => l.Number));
        var pages = raw.Lines.Select(l => l.Page ?? 0).ToList();
        Assert.Equal(1, pages[0]);
        Assert.True(pages.Zip(pages.Skip(1)).All(p => p.Second == p.First || p.Second == p.First + 1), "pages run 1, 2, 3... without gaps");
        Assert.True(pages[^1] > 10, $"the seed PDFs have dozens of pages, got {pages[^1]}");

        // Removing furniture and joining keeps each surviving line's number and page from the raw reading.
        var rawByNumber = raw.Lines.ToDictionary(l => l.Number);
        Assert.All(clean.Lines, l => Assert.Equal(rawByNumber[l.Number].Page, l.Page));
        Assert.True(clean.Lines.Zip(clean.Lines.Skip(1)).All(p => p.First.Number < p.Second.Number));
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.SeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Paragraphs_cut_by_a_page_break_are_joined_on_the_page_they_start(string seedId, string font)
    {
        var raw = PdfFixtures.ReadSeedPdf(seedId, font, removeFurniture: false);
        var clean = PdfFixtures.ReadSeedPdf(seedId, font);
        var seedLines = PdfFixtures.SeedLines(seedId).ToHashSet();

        // A joined line is one whose raw line (same number) is only its beginning.
        var joined = clean.Lines
            .Where(l => l.Text.Length > 0 && raw.Lines.Single(r => r.Number == l.Number).Text.Length < l.Text.Length)
            .ToList();

        Assert.NotEmpty(joined);
        Assert.All(joined, l => Assert.Contains(PdfFixtures.Normalised([l.Text]).Single(), seedLines));
    }

    [Theory]
    [MemberData(nameof(PdfFixtures.SeedPdfs), MemberType = typeof(PdfFixtures))]
    public void Running_header_and_page_numbers_are_read_then_removed(string seedId, string font)
    {
        var raw = PdfFixtures.ReadSeedPdf(seedId, font, removeFurniture: false);
        var clean = PdfFixtures.ReadSeedPdf(seedId, font);
        var pageCount = raw.Lines.Max(l => l.Page!.Value);
        var header = PdfFixtures.RunningHeader(seedId, font);

        // The raw reading sees each page's number in its footer (left or right or centred) and the header on every page...
        for (var page = 1; page <= pageCount; page++)
        {
            var printed = raw.Lines.Where(l => l.Page == page && l.Text.Length > 0).ToList();
            Assert.Equal(PdfFixtures.PrintedPageNumber(font, page), printed[^1].Text.Replace(" ", string.Empty, StringComparison.Ordinal));
            if (header is not null) Assert.Equal(header, printed[0].Text);
        }

        // ...and none of it survives (a cover page may print the gazette's name as content, as the text has it).
        if (header is not null)
        {
            var inText = PdfFixtures.SeedLines(seedId).Count(l => l == header);
            Assert.Equal(inText, clean.Lines.Count(l => l.Text == header));
        }
        Assert.DoesNotContain(clean.Lines, l => PrintFurniture.IsPageNumber(l.Text));
    }

    [Fact]
    public void Scanned_pdf_has_no_text() => AssertUnreadable("scanned.pdf", UnreadableKind.PdfNoText);

    [Fact]
    public void Encrypted_pdf_is_reported_as_encrypted() => AssertUnreadable("encrypted.pdf", UnreadableKind.PdfEncrypted);

    [Fact]
    public void Truncated_pdf_is_corrupt() => AssertUnreadable("truncated.pdf", UnreadableKind.PdfCorrupt);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(1000)]
    [InlineData(100_000)]
    [InlineData(900_000)]
    public void Pdf_cut_anywhere_is_corrupt(int length)
    {
        var bytes = PdfFixtures.SeedPdf("001", "serif");
        Assert.True(length < bytes.Length);

        var outcome = _reader.Read(bytes.AsMemory(0, length));

        Assert.Equal(UnreadableKind.PdfCorrupt, outcome.Failure);
        Assert.Null(outcome.Text);
    }

    [Fact]
    public void Pdf_with_damaged_structure_is_corrupt_not_an_exception()
    {
        // Header and end marker intact, everything between them noise: no object, no cross-reference table.
        var noise = new byte[20_000];
        new Random(6).NextBytes(noise);
        var bytes = "%PDF-1.6\n"u8.ToArray().Concat(noise).Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        var outcome = _reader.Read(bytes);

        Assert.Equal(UnreadableKind.PdfCorrupt, outcome.Failure);
    }

    [Fact]
    public void Pdf_with_bytes_overwritten_in_the_middle_never_throws()
    {
        var bytes = PdfFixtures.SeedPdf("000", "sans");
        Array.Fill(bytes, (byte)'x', bytes.Length / 3, 50_000);

        var outcome = _reader.Read(bytes);

        // Lenient parsing may recover other pages; either way the reader answers instead of throwing.
        Assert.True(outcome.Text is not null || outcome.Failure == UnreadableKind.PdfCorrupt, $"{outcome.Failure}");
    }

    private void AssertUnreadable(string fixture, UnreadableKind expected)
    {
        var outcome = _reader.Read(PdfFixtures.Pdf(fixture));

        Assert.Equal(expected, outcome.Failure);
        Assert.Null(outcome.Text);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Detail));
    }
}
