using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using BenchmarkDotNet.Attributes;
using Compliance.Checking;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.Options;

namespace Compliance.Benchmarks;

/// <summary>
/// The seeds processed end to end (blob properties, download, check, table writes) against a real Azurite started
/// in GlobalSetup. Each iteration starts from empty tables, so it measures first-time processing. The request counts
/// per bulletin are printed after the run and checked against the target ceil(findings / 100) + 4.
/// </summary>
[MemoryDiagnoser]
public class StoragePipelineBenchmarks
{
    private AzuriteServer _azurite = null!;
    private BlobServiceClient _blobs = null!;
    private TableServiceClient _tables = null!;
    private readonly RequestCounter _tableRequests = new();
    private readonly RequestCounter _blobRequests = new();
    private List<string> _names = [];
    private string _largest = "";
    private readonly List<string> _report = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        var tableOptions = StorageRetry.Configure(new TableClientOptions());
        tableOptions.AddPolicy(_tableRequests, HttpPipelinePosition.PerRetry);
        var blobOptions = StorageRetry.Configure(new BlobClientOptions());
        blobOptions.AddPolicy(_blobRequests, HttpPipelinePosition.PerRetry);
        _tables = new TableServiceClient(_azurite.ConnectionString, tableOptions);
        _blobs = new BlobServiceClient(_azurite.ConnectionString, blobOptions);

        var container = _blobs.GetBlobContainerClient(BulletinStorageOptions.DefaultContainer);
        await container.CreateIfNotExistsAsync();
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds).Order())
        {
            var name = Path.GetFileName(path);
            await using var stream = File.OpenRead(path);
            await container.GetBlobClient(name).UploadAsync(stream, overwrite: true);
            _names.Add(name);
        }
        _largest = Directory.GetFiles(RepositoryPaths.Seeds).OrderByDescending(f => new FileInfo(f).Length).Select(Path.GetFileName).First()!;
    }

    [IterationSetup]
    public void EmptyTables()
    {
        foreach (var table in Compliance.Storage.Tables.TableNames.All)
        {
            _tables.DeleteTable(table);
        }
    }

    [Benchmark(Description = "process the 3 seeds (first time)")]
    public async Task ProcessSeedsAsync()
    {
        var writer = new ResultTableWriter(_tables, TimeProvider.System);
        await writer.EnsureTablesAsync();
        var processor = new BulletinProcessor(_blobs, writer, new BulletinChecker(), Options.Create(new BulletinStorageOptions()));
        _report.Clear();
        foreach (var name in _names)
        {
            _tableRequests.Reset();
            _blobRequests.Reset();
            var result = await processor.ProcessBlobAsync(name, CancellationToken.None);
            var findings = result.Row.Findings;
            var target = (findings + 99) / 100 + 4;
            var offices = result.Report?.Documents.Select(ResultTableWriter.OfficeOf).Distinct().Count() ?? 0;
            _report.Add($"{name}: {result.Row.Documents} documents, {offices} offices, {findings} findings; " +
                        $"table requests {_tableRequests.Total} (target <= {target}), blob requests {_blobRequests.Total}");
        }
    }

    /// <summary>One bulletin, the largest seed (400 KB), end to end: properties, one streamed download hashed as it
    /// arrives, check, table writes. The mean is the per-bulletin time; Allocated shows the content is held once.</summary>
    [Benchmark(Description = "process one bulletin (largest seed, first time)")]
    public async Task<int> ProcessOneBulletinAsync()
    {
        var writer = new ResultTableWriter(_tables, TimeProvider.System);
        await writer.EnsureTablesAsync();
        var processor = new BulletinProcessor(_blobs, writer, new BulletinChecker(), Options.Create(new BulletinStorageOptions()));
        var result = await processor.ProcessBlobAsync(_largest, CancellationToken.None);
        return result.Row.Findings;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Console.WriteLine("// Storage requests per bulletin (last iteration):");
        foreach (var line in _report) Console.WriteLine("// " + line);
        await _azurite.DisposeAsync();
    }
}
