using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Compliance.Checking;
using Compliance.Storage.Tables;
using Compliance.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Compliance.Storage.Tests;

/// <summary>The pipeline wired to the test's Azurite, with request counters, a fault injector and a fixed clock.</summary>
internal sealed class StoragePipeline
{
    /// <summary>Wednesday 2026-11-18 10:00 China Standard Time: ISO week 2026-W47.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8));

    /// <param name="tablePolicy">An extra policy for the table client, e.g. a <see cref="FirstWriteGate"/>.</param>
    /// <param name="citations">Judge citations against the registry, as the Functions app does; off to measure the
    /// results tables alone.</param>
    public StoragePipeline(AzuriteFixture azurite, long maxBulletinBytes = BulletinStorageOptions.DefaultMaxBulletinBytes, HttpPipelinePolicy? tablePolicy = null,
        bool citations = true)
    {
        var tableOptions = StorageRetry.Configure(new TableClientOptions());
        tableOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        tableOptions.AddPolicy(TableRequests, HttpPipelinePosition.PerRetry);
        tableOptions.AddPolicy(TableFaults, HttpPipelinePosition.PerRetry);
        if (tablePolicy is not null) tableOptions.AddPolicy(tablePolicy, HttpPipelinePosition.PerCall);
        var blobOptions = StorageRetry.Configure(new BlobClientOptions());
        blobOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        blobOptions.AddPolicy(BlobRequests, HttpPipelinePosition.PerRetry);

        Tables = new TableServiceClient(azurite.ConnectionString, tableOptions);
        Blobs = new BlobServiceClient(azurite.ConnectionString, blobOptions);
        Options = new BulletinStorageOptions { MaxBulletinBytes = maxBulletinBytes };
        Writer = new ResultTableWriter(Tables, Time);
        Registry = new Citations.CitationRegistryStore(Tables);
        Processor = new BulletinProcessor(Blobs, Writer, Checker, Microsoft.Extensions.Options.Options.Create(Options),
            registry: citations ? Registry : null, citations: citations ? Citations : null);
        Reader = new ResultReader(Tables);
    }

    public FakeTimeProvider Time { get; } = new(Wednesday);
    public RequestCounter TableRequests { get; } = new();
    public RequestCounter BlobRequests { get; } = new();
    public FaultInjectionPolicy TableFaults { get; } = new();
    public TableServiceClient Tables { get; }
    public BlobServiceClient Blobs { get; }
    public BulletinStorageOptions Options { get; }
    public BulletinChecker Checker { get; } = new();
    public ResultTableWriter Writer { get; }
    public Citations.CitationRegistryStore Registry { get; }
    public Checking.Citations.CitationChecker Citations { get; } = new();
    public BulletinProcessor Processor { get; }
    public ResultReader Reader { get; }

    public BlobContainerClient Container => Processor.Container;

    public async Task<ETag> UploadAsync(string blobName, byte[] content)
    {
        await Container.CreateIfNotExistsAsync();
        var response = await Container.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return response.Value.ETag;
    }

    public async Task<BulletinEntity> BulletinRowAsync(string blobName)
        => (await Tables.GetTableClient(TableNames.Bulletins).GetEntityAsync<BulletinEntity>(KeyEncoding.Encode(blobName), BulletinEntity.RowKeyValue)).Value;

    public async Task<List<FindingEntity>> FindingRowsAsync(string blobName)
        => await Tables.GetTableClient(TableNames.Findings)
            .QueryAsync<FindingEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(blobName)}")).ToListAsync();

    public async Task<List<DocumentResultEntity>> DocumentRowsAsync()
        => await Tables.GetTableClient(TableNames.DocumentResults).QueryAsync<DocumentResultEntity>().ToListAsync();

    /// <summary>Every row of the three tables as text (all columns but the server's Timestamp and ETag), sorted.</summary>
    public async Task<List<string>> SnapshotAsync()
    {
        var lines = new List<string>();
        foreach (var name in TableNames.All)
        {
            var table = Tables.GetTableClient(name);
            try
            {
                await foreach (var entity in table.QueryAsync<TableEntity>())
                {
                    var columns = entity.Keys.Where(k => k is not ("Timestamp" or "odata.etag"))
                        .Order(StringComparer.Ordinal)
                        .Select(k => k + "=" + Convert.ToString(entity[k], CultureInfo.InvariantCulture));
                    lines.Add(name + " " + string.Join("; ", columns));
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Table not created yet: no rows.
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source) list.Add(item);
        return list;
    }
}
