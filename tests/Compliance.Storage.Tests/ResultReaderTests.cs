using Compliance.Checking;
using Compliance.TestSupport;

namespace Compliance.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class ResultReaderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Findings_of_a_week_and_office_are_read_by_partition()
    {
        await azurite.ResetAsync();
        var pipeline = new StoragePipeline(azurite);
        var expected = new List<(string Bulletin, Finding Finding, DocumentReport Document)>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order())
        {
            var name = Path.GetFileName(path);
            var content = await File.ReadAllBytesAsync(path);
            await pipeline.UploadAsync(name, content);
            // The report as stored: the checker's, with citations judged against the seeds before it.
            var report = (await pipeline.Processor.ProcessBlobAsync(name, CancellationToken.None)).Report!;
            expected.AddRange(report.Documents.SelectMany(d => d.Findings.Select(f => (name, f, d))));
        }
        var week = IsoWeek.FromInstant(StoragePipeline.Wednesday);

        var jianxi = await pipeline.Reader.QueryFindingsAsync(new FindingFilter(Office: "涧西区人民政府办公室", Week: week, Severity: Severity.Error)).ToListAsync();
        var nextWeek = await pipeline.Reader.QueryFindingsAsync(new FindingFilter(Week: week.AddWeeks(1))).ToListAsync();
        var wholeWeek = await pipeline.Reader.QueryFindingsAsync(new FindingFilter(Week: week)).ToListAsync();

        var wanted = expected.Where(e => e.Document.Issuer == "涧西区人民政府办公室" && e.Finding.Severity == Severity.Error).ToList();
        // The filter must have something to keep and something to leave out.
        Assert.NotEmpty(wanted);
        Assert.Contains(expected, e => e.Document.Issuer != "涧西区人民政府办公室" && e.Finding.Severity == Severity.Error);
        Assert.Contains(expected, e => e.Document.Issuer == "涧西区人民政府办公室" && e.Finding.Severity != Severity.Error);
        Assert.Equal(wanted.Select(e => (e.Finding.RuleId, e.Finding.Line)), jianxi.Select(r => (r.Rule, r.Line)));
        Assert.Empty(nextWeek);
        Assert.Equal(expected.Count, wholeWeek.Count);
    }
}
