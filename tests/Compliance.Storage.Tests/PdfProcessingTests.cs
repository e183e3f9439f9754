using Compliance.Checking;
using Compliance.TestSupport;

namespace Compliance.Storage.Tests;

/// <summary>A clerk drops the gazette PDF itself: it is checked end to end and its findings carry their pages.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class PdfProcessingTests(AzuriteFixture azurite)
{
    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "pdf", name);

    [Fact]
    public async Task A_pdf_bulletin_is_processed_and_its_findings_have_pages()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var content = await File.ReadAllBytesAsync(Fixture("seed-001-serif.pdf"));
        await pipeline.UploadAsync("乳山公报 2018.pdf", content);

        var result = await pipeline.Processor.ProcessBlobAsync("乳山公报 2018.pdf", CancellationToken.None);

        Assert.True(result.IsChecked);
        var bulletin = await pipeline.BulletinRowAsync("乳山公报 2018.pdf");
        Assert.Equal("pdf", bulletin.Encoding);
        Assert.Equal(16, bulletin.Documents);
        var findings = await pipeline.FindingRowsAsync("乳山公报 2018.pdf");
        var expected = pipeline.Checker.Check(content, "乳山公报 2018.pdf");
        Assert.Equal(expected.AllFindings.Count(), findings.Count);
        Assert.All(findings, f => Assert.True(f.Page >= 1, $"finding {f.Rule} on line {f.Line} has no page"));
        Assert.Contains(findings, f => f.Rule == "date.missing" && f.DocNumber == "乳政发〔2018〕4号");
    }

    [Fact]
    public async Task A_scanned_pdf_is_rejected_with_the_reason_and_kept()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var content = await File.ReadAllBytesAsync(Fixture("scanned.pdf"));
        await pipeline.UploadAsync("scan.pdf", content);

        await pipeline.Processor.ProcessBlobAsync("scan.pdf", CancellationToken.None);

        var bulletin = await pipeline.BulletinRowAsync("scan.pdf");
        Assert.Equal("已拒收", bulletin.Status);
        Assert.Contains("OCR", bulletin.Reason);
        Assert.True((await pipeline.Container.GetBlobClient("scan.pdf").ExistsAsync()).Value);
    }
}
