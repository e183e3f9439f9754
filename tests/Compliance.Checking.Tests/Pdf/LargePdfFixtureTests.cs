using Compliance.Checking.Reading;
using Compliance.Checking.Rules;

namespace Compliance.Checking.Tests.Pdf;

/// <summary>
/// tests/fixtures/pdf/large-200-pages.pdf (made by tests/fixtures/make-large-fixture.sh): a born-digital gazette as
/// Chromium prints it, fonts embedded — <see cref="Copies"/> copies of seed <see cref="Seed"/>, each from a new page.
/// The whole-file total of decoded stream bytes refused it; the limits are per stream and per page now.
/// </summary>
public class LargePdfFixtureTests
{
    /// <summary>As make-large-fixture.sh makes it.</summary>
    private const string Seed = "000";

    private const int Copies = 4;

    private const string Name = "large-200-pages.pdf";

    [Fact]
    public void The_large_gazette_is_read_within_the_default_limits()
    {
        var outcome = new BulletinReader().Read(PdfFixtures.Pdf(Name));

        Assert.True(outcome.Failure is null, $"{outcome.Failure}: {outcome.Detail}");
        Assert.True(outcome.Text!.Lines.Max(l => l.Page) >= 200, $"{outcome.Text.Lines.Max(l => l.Page)} pages read");
    }

    [Fact]
    public void The_large_gazette_holds_each_copy_of_its_seeds_documents()
    {
        var checker = Samples.Checker();
        var seed = checker.Check(PdfFixtures.SeedText(Seed), "seed.txt");

        var report = checker.Check(PdfFixtures.Pdf(Name), Name);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == RuleIds.StructureUnreadable);
        Assert.NotEmpty(seed.Documents);
        Assert.Equal(Copies * seed.Documents.Count, report.Documents.Count);
        Assert.Equal(Enumerable.Repeat(seed.Documents.Select(d => d.DocNumber), Copies).SelectMany(n => n), report.Documents.Select(d => d.DocNumber));
    }
}
