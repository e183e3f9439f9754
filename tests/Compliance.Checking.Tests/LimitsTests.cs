using System.Diagnostics;
using System.Globalization;
using System.Text;
using Compliance.Checking.Configuration;
using Compliance.Checking.Reading;
using Compliance.Checking.Rules;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests;

/// <summary>
/// Hostile input (issue 11): every file that expands — a zip bomb and its cousins, oversized PDFs, an endless line,
/// a check that runs too long — is refused with its own <c>structure.unreadable</c> message naming the limit.
/// The files are generated here (<see cref="HostileFiles"/>), never committed.
/// </summary>
public class LimitsTests
{
    private static readonly MessageCatalog Catalog = new();

    [Fact]
    public void The_issue_zip_bomb_is_refused_as_a_zip_bomb()
    {
        // 3.5 MB on disk, 1.5 GB of paragraphs of 1,000 letters in word/document.xml.
        var bomb = HostileFiles.DocxBomb(1_500_000_000);
        Assert.InRange(bomb.Length, 1_000_000, 5_000_000);

        var (report, allocated) = CheckCountingAllocations(bomb, "bomb.docx");

        // Its headers declare 1.5 GB, over the 256 MB (4 × 64 MB) a .docx may declare: refused before inflating a byte.
        AssertRefused(report, UnreadableKind.DocxTotalTooLarge, "256 MB");
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_zip_bomb_whose_headers_understate_its_size_is_not_inflated_past_them()
    {
        // The headers say 1,000 bytes: the entry stream ends there, the XML is cut short, nothing more is inflated.
        var bomb = HostileFiles.DocxBomb(200_000_000, declaredBytes: 1_000);

        var outcome = new BulletinReader().Read(bomb);

        Assert.Equal(UnreadableKind.DocxCorrupt, outcome.Failure);
    }

    [Fact]
    public void A_small_highly_compressed_body_is_refused_by_its_ratio()
    {
        var report = Samples.Checker().Check(HostileFiles.DocxBomb(5_000_000), "ratio.docx");

        AssertRefused(report, UnreadableKind.DocxCompressionRatio, "100");
        Assert.Contains("压缩炸弹", report.UnreadableReason);
    }

    [Fact]
    public void A_docx_with_too_many_parts_is_refused()
    {
        var report = Samples.Checker().Check(HostileFiles.DocxWithManyParts(1_000), "parts.docx");

        AssertRefused(report, UnreadableKind.DocxTooManyParts, "1,000");
    }

    [Fact]
    public void A_docx_with_a_part_count_under_the_limit_is_read()
    {
        var report = Samples.Checker().Check(HostileFiles.DocxWithManyParts(900), "parts.docx");

        Assert.False(report.IsUnreadable, report.UnreadableReason);
        Assert.Equal("docx", report.Encoding);
    }

    [Fact]
    public void A_body_over_the_part_limit_is_refused_even_when_it_compresses_normally()
    {
        // Limits derive from the largest bulletin: 1 MB → a part may inflate to 2 MB. Bulletin text compresses ~4×.
        var limits = new CheckerLimits { MaxBulletinBytes = 1024 * 1024 };
        var docx = HostileFiles.Docx(SeedParagraphs(3 * 1024 * 1024));
        Assert.True(docx.Length < limits.MaxBulletinBytes, $"the test docx is {docx.Length} bytes");

        var report = Checker(limits).Check(docx, "big.docx");

        AssertRefused(report, UnreadableKind.DocxPartTooLarge, "2 MB");
    }

    [Fact]
    public void Parts_that_together_declare_more_than_the_total_limit_are_refused_without_inflating_them()
    {
        // Four parts of 1.5 MB of zeros (a few KB compressed) next to the body; 1 MB bulletins → 4 MB in all.
        var limits = new CheckerLimits { MaxBulletinBytes = 1024 * 1024 };
        var zeros = new byte[1536 * 1024];
        var docx = HostileFiles.Docx(["正文"], Enumerable.Range(0, 4).Select(i => KeyValuePair.Create($"word/media/image{i}.bmp", zeros)));

        var report = Checker(limits).Check(docx, "images.docx");

        AssertRefused(report, UnreadableKind.DocxTotalTooLarge, "4 MB");
    }

    [Fact]
    public void A_billion_laughs_dtd_is_refused_and_never_expanded()
    {
        var docx = HostileFiles.DocxWithDocumentXml(HostileFiles.BillionLaughsXml());

        var report = Samples.Checker().Check(docx, "laughs.docx");

        AssertRefused(report, UnreadableKind.DocxDtd);
    }

    [Fact]
    public void Xml_nested_deeper_than_the_limit_is_refused()
    {
        // 200 content controls: 400 levels of elements around the paragraph.
        var report = Samples.Checker().Check(HostileFiles.DocxWithBody(HostileFiles.DeepBodyXml(200)), "deep.docx");

        AssertRefused(report, UnreadableKind.DocxTooDeep, "256");
    }

    [Fact]
    public void Xml_nested_as_deep_as_real_documents_is_read()
    {
        var outcome = new BulletinReader().Read(HostileFiles.DocxWithBody(HostileFiles.DeepBodyXml(40)));

        Assert.Equal("深", Assert.Single(outcome.Text!.Lines).Text);
    }

    [Fact]
    public void A_text_line_over_the_limit_is_refused()
    {
        var report = Samples.Checker().Check(HostileFiles.TextWithOneLine(100_001), "line.txt");

        AssertRefused(report, UnreadableKind.LineTooLong, "100,000");
    }

    [Fact]
    public void A_text_line_at_the_limit_is_checked()
    {
        var report = Samples.Checker().Check(HostileFiles.TextWithOneLine(100_000), "line.txt");

        Assert.False(report.IsUnreadable, report.UnreadableReason);
        Assert.Equal(RuleIds.StructureNoDocuments, Assert.Single(report.Findings).RuleId);
    }

    [Fact]
    public void A_text_of_more_lines_than_the_limit_is_refused_before_it_is_split()
    {
        // 1 MB bulletins → 52,428 lines at most (one per 20 bytes).
        var limits = new CheckerLimits { MaxBulletinBytes = 1024 * 1024 };
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("字\n", 60_000)));

        var (report, allocated) = CheckCountingAllocations(text, "lines.txt", limits);

        AssertRefused(report, UnreadableKind.TooManyLines, "52,428");
        Assert.True(allocated < text.Length, $"{allocated:N0} bytes allocated: the lines were split");
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("cr")]
    public void Line_breaks_are_counted_in_every_encoding_and_convention(string variant)
    {
        var limits = new CheckerLimits { MaxLines = 1_000 };
        var lines = string.Concat(Enumerable.Repeat("字\n", 1_200));
        byte[] bytes = variant switch
        {
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(lines)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(lines)],
            _ => Encoding.UTF8.GetBytes(lines.Replace('\n', '\r')),
        };

        AssertRefused(Checker(limits).Check(bytes, "lines.txt"), UnreadableKind.TooManyLines, "1,000");
    }

    [Fact]
    public void A_text_at_the_line_limit_is_checked()
    {
        var limits = new CheckerLimits { MaxLines = 1_000 };

        var report = Checker(limits).Check(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("字\n", 999))), "lines.txt");

        Assert.False(report.IsUnreadable, report.UnreadableReason);
    }

    [Fact]
    public void A_docx_of_more_paragraphs_than_the_line_limit_is_refused()
    {
        var limits = new CheckerLimits { MaxLines = 1_000 };

        var report = Checker(limits).Check(HostileFiles.Docx(Enumerable.Repeat("段", 1_001)), "paragraphs.docx");

        AssertRefused(report, UnreadableKind.TooManyLines, "1,000");
    }

    [Fact]
    public void A_docx_paragraph_over_the_line_limit_is_refused()
    {
        var limits = new CheckerLimits { MaxLineCharacters = 1_000 };

        var report = Checker(limits).Check(HostileFiles.Docx([new string('字', 1_001)]), "paragraph.docx");

        AssertRefused(report, UnreadableKind.LineTooLong, "1,000");
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused()
    {
        var report = Samples.Checker().Check(HostileFiles.Pdf(2_001), "pages.pdf");

        AssertRefused(report, UnreadableKind.PdfTooManyPages, "2,000");
    }

    [Fact]
    public void A_pdf_page_tree_claiming_a_million_pages_costs_one_page()
    {
        // PdfPig counts the pages the tree holds, not the /Count it claims.
        var outcome = new PdfBulletinReader().Read(HostileFiles.Pdf(1, declaredPages: 1_000_000), removeFurniture: false);

        Assert.Null(outcome.Failure);
        Assert.All(outcome.Text!.Lines, l => Assert.Equal(1, l.Page));
    }

    [Fact]
    public void A_pdf_with_more_objects_than_the_limit_is_refused()
    {
        var limits = new CheckerLimits { MaxPdfObjects = 50 };

        var report = Checker(limits).Check(HostileFiles.Pdf(30), "objects.pdf");

        AssertRefused(report, UnreadableKind.PdfTooManyObjects, "50");
    }

    [Fact]
    public void A_pdf_object_nested_deeper_than_the_limit_is_refused()
    {
        var report = Samples.Checker().Check(HostileFiles.Pdf(1, extraPageEntry: HostileFiles.NestedArrayEntry(101)), "deep.pdf");

        AssertRefused(report, UnreadableKind.PdfTooDeep, "100");
    }

    [Fact]
    public void A_pdf_object_nested_within_the_limit_is_read()
    {
        var outcome = new BulletinReader().Read(HostileFiles.Pdf(1, extraPageEntry: HostileFiles.NestedArrayEntry(99)));

        Assert.Null(outcome.Failure);
    }

    [Fact]
    public void A_pdf_content_stream_nested_deeper_than_the_limit_is_refused()
    {
        var report = Samples.Checker().Check(HostileFiles.Pdf(1, nestedContentDepth: 10_000), "deep-content.pdf");

        AssertRefused(report, UnreadableKind.PdfTooDeep, "100");
    }

    [Fact]
    public void A_pdf_flate_bomb_is_refused_by_its_ratio()
    {
        var (report, allocated) = CheckCountingAllocations(HostileFiles.Pdf(1, flateBombBytes: 50_000_000), "bomb.pdf");

        AssertRefused(report, UnreadableKind.PdfCompressionRatio, "100");
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated:N0} bytes allocated: the stream was decoded");
    }

    [Fact]
    public void A_pdf_whose_pages_together_decode_to_many_times_the_file_is_read()
    {
        // 60 pages of deflated text, each page drawn from 20 streams: what a gazette's pages and fonts do, decoding to
        // several times the file — past the 2 × 1 MB the whole-file total allowed. Each stream and page is under its limit.
        var pdf = HostileFiles.Pdf(60, linesPerPage: 20, compressed: true, streamsPerPage: 20);
        var limits = new CheckerLimits { MaxBulletinBytes = 1024 * 1024, MaxTextBytes = 20 * 1024 * 1024 }; // its 2.6 million letters stay under the text limit
        Assert.True(pdf.Length < limits.MaxBulletinBytes, $"{pdf.Length} bytes");
        Assert.True(DecodedFlateBytes(pdf) > 2 * limits.MaxBulletinBytes, $"{DecodedFlateBytes(pdf)} bytes decoded");

        var outcome = new PdfBulletinReader(limits).Read(pdf, removeFurniture: false);

        Assert.True(outcome.Failure is null, $"{outcome.Failure}: {outcome.Detail}");
        Assert.Contains(outcome.Text!.Lines, l => l.Text.Contains("End of page 60.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_page_whose_many_small_streams_add_up_past_the_page_content_limit_is_refused()
    {
        // Each stream deflates from a few KB, far under the ratio's floor; one page draws 300 of them.
        var limits = new CheckerLimits { MaxPdfPageContentBytes = 1024 * 1024 };
        var page = HostileFiles.Pdf(1, linesPerPage: 100, compressed: true, streamsPerPage: 300);

        var report = Checker(limits).Check(page, "page.pdf");

        AssertRefused(report, UnreadableKind.PdfPageTooLarge, "1 MB");
    }

    [Fact]
    public void An_uncompressed_page_content_over_the_page_content_limit_is_refused()
    {
        var limits = new CheckerLimits { MaxPdfPageContentBytes = 1024 * 1024 };
        var page = HostileFiles.Pdf(1, linesPerPage: 100, streamsPerPage: 300);

        var report = Checker(limits).Check(page, "page.pdf");

        AssertRefused(report, UnreadableKind.PdfPageTooLarge, "1 MB");
    }

    [Fact]
    public void A_pdf_page_of_more_letters_than_the_limit_is_refused()
    {
        var limits = new CheckerLimits { MaxPdfPageLetters = 5_000 };

        var report = Checker(limits).Check(HostileFiles.Pdf(2, linesPerPage: 200), "letters.pdf");

        AssertRefused(report, UnreadableKind.PdfPageTooManyLetters, "5,000");
    }

    [Fact]
    public void A_pdf_of_more_letters_in_all_than_the_limit_is_refused()
    {
        // 60 pages of some 1,000 letters each, none over the page limit; 2 × 20,000 bytes of text allow 20,000 letters.
        var limits = new CheckerLimits { MaxTextBytes = 40_000 };

        var report = Checker(limits).Check(HostileFiles.Pdf(60, linesPerPage: 10), "letters.pdf");

        AssertRefused(report, UnreadableKind.PdfTooManyLetters, "20,000");
    }

    [Fact]
    public void A_pdf_page_of_letters_under_the_limit_is_read()
    {
        var limits = new CheckerLimits { MaxPdfPageLetters = 50_000 };

        var outcome = new PdfBulletinReader(limits).Read(HostileFiles.Pdf(2, linesPerPage: 200), removeFurniture: false);

        Assert.Null(outcome.Failure);
    }

    [Fact]
    public void A_pdf_lzw_bomb_is_refused_by_its_ratio_before_it_is_decoded()
    {
        var (report, allocated) = CheckCountingAllocations(HostileFiles.Pdf(1, lzwBombBytes: 50_000_000), "lzw.pdf");

        AssertRefused(report, UnreadableKind.PdfCompressionRatio, "100");
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated:N0} bytes allocated: the stream was decoded");
    }

    [Fact]
    public void A_pdf_lzw_stream_of_ordinary_size_is_decoded()
    {
        var outcome = new PdfBulletinReader().Read(HostileFiles.Pdf(1, lzwBombBytes: 5_000), removeFurniture: false);

        Assert.Equal(UnreadableKind.PdfNoText, outcome.Failure); // spaces only, read through
    }

    [Fact]
    public void A_pdf_stream_over_the_decoded_size_limit_is_refused()
    {
        var limits = new CheckerLimits { MaxPdfStreamBytes = 2 * 1024 * 1024, MaxCompressionRatio = 100_000 };

        var (report, allocated) = CheckCountingAllocations(HostileFiles.Pdf(1, flateBombBytes: 3_000_000), "stream.pdf", limits);

        AssertRefused(report, UnreadableKind.PdfStreamTooLarge, "2 MB");
        Assert.True(allocated < 2 * 1024 * 1024, $"{allocated:N0} bytes allocated: the stream was decoded");
    }

    [Fact]
    public void A_small_generated_pdf_is_read_within_every_limit()
    {
        var outcome = new PdfBulletinReader().Read(HostileFiles.Pdf(3), removeFurniture: false);

        Assert.Null(outcome.Failure);
        Assert.Contains(outcome.Text!.Lines, l => l.Text.Contains("Generated page 3.", StringComparison.Ordinal));
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_with_both_sizes()
    {
        var limits = new CheckerLimits { MaxBulletinBytes = 100 };

        var text = Samples.Document[..300]; // under 1 KB, so that the message gives its size in bytes
        var report = Checker(limits).Check(Encoding.UTF8.GetBytes(text), "big.txt");

        AssertRefused(report, UnreadableKind.TooLarge, "100 字节", Encoding.UTF8.GetByteCount(text) + " 字节");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.OpenWrite(path)) file.SetLength(65 * 1024 * 1024); // sparse: nothing to read
            var report = await Samples.Checker().CheckFileAsync(path);

            AssertRefused(report, UnreadableKind.TooLarge, "65 MB", "64 MB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_check_over_its_time_budget_stops_with_its_own_message()
    {
        // Every reading of the clock moves it on five seconds. The clock is read after reading the file, after splitting
        // it and every eighth document: the 19 documents of this seed outlast a 10-second budget at the eighth.
        var checker = new BulletinChecker(new CheckerOptions { Limits = { TimeBudgetSeconds = 10 } }, new SteppingClock(TimeSpan.FromSeconds(5)));
        var seed = File.ReadAllBytes(RepositoryPaths.SeedPath("002_bc7c144ecaea1a61.txt"));

        var report = checker.Check(seed, "seed.txt");

        AssertRefused(report, UnreadableKind.TimeBudgetExceeded, "10");
    }

    [Fact]
    public void A_pdf_over_its_time_budget_stops_between_pages()
    {
        var clock = new SteppingClock(TimeSpan.FromSeconds(1));
        var checker = new BulletinChecker(new CheckerOptions { Limits = { TimeBudgetSeconds = 5 } }, clock);

        var report = checker.Check(HostileFiles.Pdf(50), "slow.pdf");

        AssertRefused(report, UnreadableKind.TimeBudgetExceeded, "5");
        Assert.InRange(clock.Readings, 5, 12); // stopped after a few pages, not at the end of 50
    }

    [Fact]
    public void A_cancelled_check_is_cancelled_not_reported_as_unreadable()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Samples.Checker().Check(Encoding.UTF8.GetBytes(Samples.Document), "a.txt", cancelled.Token));
    }

    [Fact]
    public void Text_limits_derive_from_the_text_size_and_the_docx_total_from_the_largest_bulletin_unless_set()
    {
        var defaults = new CheckerLimits();
        Assert.Equal(64 * 1024 * 1024, defaults.MaxBulletinBytes);
        Assert.Equal(20 * 1024 * 1024, defaults.TextBytes);          // not the file limit: text costs 13 bytes a byte
        Assert.Equal(1_048_576, defaults.Lines);
        Assert.Equal(40 * 1024 * 1024, defaults.DocxPartBytes);
        Assert.Equal(256 * 1024 * 1024, defaults.DocxTotalBytes);   // declared sizes, images included
        Assert.Equal(10 * 1024 * 1024, defaults.PdfLetters);

        var small = new CheckerLimits { MaxBulletinBytes = 10 * 1024 * 1024 };
        Assert.Equal(10 * 1024 * 1024, small.TextBytes);             // never more than the file limit
        Assert.Equal(20 * 1024 * 1024, small.DocxPartBytes);
        Assert.Equal(40 * 1024 * 1024, small.DocxTotalBytes);

        small.MaxDocxPartBytes = 1234;
        small.MaxTextBytes = 2_000;
        Assert.Equal(1234, small.DocxPartBytes);
        Assert.Equal(100, small.Lines);
    }

    [Fact]
    public void A_text_file_over_the_text_limit_is_refused_with_both_sizes()
    {
        var limits = new CheckerLimits { MaxTextBytes = 100_000 };
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Samples.Document + "\n", 100_000 / Encoding.UTF8.GetByteCount(Samples.Document) + 1)));

        var (report, allocated) = CheckCountingAllocations(text, "big.txt", limits);

        AssertRefused(report, UnreadableKind.TextTooLarge, "97.7 KB");
        Assert.True(allocated < text.Length, $"{allocated:N0} bytes allocated: the text was decoded");
    }

    [Fact]
    public void The_removed_whole_file_pdf_total_is_refused_naming_its_replacements()
    {
        var ex = Assert.Throws<ComplianceConfigurationException>(() => ComplianceConfiguration.Parse("""{ "limits": { "maxPdfDecodedBytes": 41943040 } }""", "compliance.json"));

        Assert.Contains("limits.MaxPdfDecodedBytes was removed", ex.Message);
        Assert.Contains("MaxPdfStreamBytes", ex.Message);
        Assert.Contains("MaxPdfPageContentBytes", ex.Message);
    }

    [Fact]
    public void Limits_are_read_from_compliance_json_and_must_be_positive()
    {
        var options = ComplianceConfiguration.Parse("""{ "limits": { "timeBudgetSeconds": 30, "maxPdfPages": 500 } }""");
        Assert.Equal(30, options.Limits.TimeBudgetSeconds);
        Assert.Equal(500, options.Limits.MaxPdfPages);
        Assert.Equal(CheckerLimits.DefaultMaxBulletinBytes, options.Limits.MaxBulletinBytes);

        var ex = Assert.Throws<ComplianceConfigurationException>(() => ComplianceConfiguration.Parse("""{ "limits": { "maxXmlDepth": 0 } }""", "compliance.json"));
        Assert.Contains("limits.MaxXmlDepth", ex.Message);
    }

    [Fact]
    public void Each_refusal_names_its_limit_in_chinese_and_says_what_to_do()
    {
        var limitKinds = new[]
        {
            UnreadableKind.LineTooLong, UnreadableKind.TooManyLines, UnreadableKind.DocxTooManyParts, UnreadableKind.DocxPartTooLarge, UnreadableKind.DocxTotalTooLarge,
            UnreadableKind.DocxCompressionRatio, UnreadableKind.DocxTooDeep, UnreadableKind.PdfTooManyPages, UnreadableKind.PdfTooManyObjects,
            UnreadableKind.PdfTooDeep, UnreadableKind.PdfStreamTooLarge, UnreadableKind.PdfCompressionRatio, UnreadableKind.TimeBudgetExceeded,
            UnreadableKind.PdfPageTooLarge, UnreadableKind.PdfPageTooManyLetters, UnreadableKind.PdfTooManyLetters, UnreadableKind.TextTooLarge,
        };
        var checker = Samples.Checker();
        foreach (var kind in limitKinds)
        {
            var message = checker.Unreadable("x", kind).UnreadableReason!;
            Assert.DoesNotContain("{", message);
            Assert.Matches(@"\d", message);                              // the limit itself
            Assert.Matches("请|联系", message);                           // what to do
        }
        Assert.Contains("请", checker.Unreadable("x", UnreadableKind.DocxDtd).UnreadableReason);
    }

    /// <summary>Checks on this thread, returning what the check allocated (deterministic, unlike a peak measured from outside).</summary>
    private static (BulletinReport Report, long Allocated) CheckCountingAllocations(byte[] input, string source, CheckerLimits? limits = null)
    {
        var checker = limits is null ? Samples.Checker() : Checker(limits);
        checker.Check("x"u8.ToArray(), "warm-up"); // the catalog and the rules' first use are not the input's cost
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = checker.Check(input, source);
        return (report, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static BulletinChecker Checker(CheckerLimits limits) => Samples.Checker(new CheckerOptions { Limits = limits });

    /// <summary>The seeds' lines, over and over, up to <paramref name="totalBytes"/> of UTF-8: text that compresses as bulletins do.</summary>
    private static IEnumerable<string> SeedParagraphs(int totalBytes)
    {
        var lines = Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).SelectMany(File.ReadLines).ToList();
        for (var (written, i) = (0, 0); written < totalBytes; i++)
        {
            var line = lines[i % lines.Count];
            written += Encoding.UTF8.GetByteCount(line) + 40;
            yield return line;
        }
    }

    /// <summary>What the Flate streams of a PDF decode to, each once.</summary>
    private static long DecodedFlateBytes(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        long total = 0;
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"/Length (\d+)[^>]*/FlateDecode[^>]*>>\s*stream\r?\n|/FlateDecode[^>]*/Length (\d+)[^>]*>>\s*stream\r?\n"))
        {
            var length = int.Parse(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value, CultureInfo.InvariantCulture);
            using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(pdf, match.Index + match.Length, length), System.IO.Compression.CompressionMode.Decompress);
            total += CountBytes(zlib);
        }
        return total;

        static long CountBytes(Stream stream)
        {
            var buffer = new byte[64 * 1024];
            long count = 0;
            for (int read; (read = stream.Read(buffer)) > 0;) count += read;
            return count;
        }
    }

    private static void AssertRefused(BulletinReport report, UnreadableKind kind, params string[] mentions)
    {
        Assert.True(report.IsUnreadable, $"expected {kind}, but the input was read ({report.Documents.Count} documents)");
        var finding = Assert.Single(report.Findings);
        Assert.Equal(RuleIds.StructureUnreadable, finding.RuleId);
        Assert.Equal(kind.ToString(), finding.Evidence);
        Assert.Null(report.Encoding);
        Assert.Empty(report.Documents);
        Assert.StartsWith(Catalog.Unreadable(kind).Split('{')[0], finding.Message);
        foreach (var mention in mentions) Assert.Contains(mention, finding.Message);
    }

    /// <summary>A clock that moves on by <paramref name="step"/> every time it is read.</summary>
    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long _now;

        public int Readings { get; private set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp()
        {
            Readings++;
            return Interlocked.Add(ref _now, step.Ticks);
        }

        public override DateTimeOffset GetUtcNow() => Samples.CheckTime.ToUniversalTime();
    }
}
