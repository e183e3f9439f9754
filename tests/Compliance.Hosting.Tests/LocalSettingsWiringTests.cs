using System.Text.Json;
using Compliance.Checking;
using Compliance.Notifications;
using Compliance.Storage;
using Compliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Hosting.Tests;

/// <summary>
/// The Functions app's wiring is AddCompliance (its own host is tested in Compliance.Functions.Tests). This builds the
/// container from the very settings local.settings.sample.json gives the app (the host maps "__" to ":"), so a wiring
/// mistake fails here.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class LocalSettingsWiringTests(AzuriteFixture azurite)
{
    private static Dictionary<string, string?> SampleValues()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "local.settings.sample.json")));
        return json.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString());
    }

    [Fact]
    public void Sample_settings_cover_what_the_functions_bind_to()
    {
        var values = SampleValues();
        foreach (var key in new[] { "AzureWebJobsStorage", "BulletinStorage", "BulletinsContainer", "WeeklySummarySchedule", "FUNCTIONS_WORKER_RUNTIME" })
        {
            Assert.False(string.IsNullOrWhiteSpace(values.GetValueOrDefault(key)), $"local.settings.sample.json lacks {key}");
        }
        Assert.Equal("0 0 0 * * 1", values["WeeklySummarySchedule"]);
        Assert.Equal("dotnet-isolated", values["FUNCTIONS_WORKER_RUNTIME"]);
    }

    [Theory]
    [InlineData("Pickup", typeof(PickupEmailTransport))]
    [InlineData("Smtp", typeof(SmtpEmailTransport))]
    [InlineData("AcsHttp", typeof(AcsEmailTransport))]
    public void Sample_settings_resolve_the_processor_the_job_and_each_transport(string transport, Type expected)
    {
        var values = SampleValues();
        values["BulletinStorage"] = azurite.ConnectionString; // the sample's UseDevelopmentStorage=true, on this run's ports
        values["Email:Transport"] = transport;

        using var services = ComplianceServices.Build(values);

        Assert.NotNull(services.GetRequiredService<BulletinProcessor>());
        Assert.NotNull(services.GetRequiredService<WeeklySummaryJob>());
        Assert.IsType(expected, services.GetRequiredService<IEmailTransport>());
        Assert.NotNull(services.GetRequiredService<BulletinChecker>());
    }

    [Fact]
    public async Task Sample_settings_process_a_seed_end_to_end()
    {
        await azurite.ResetAsync();
        var values = SampleValues();
        values["BulletinStorage"] = azurite.ConnectionString;
        using var services = ComplianceServices.Build(values);
        var blobs = services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().GetBlobContainerClient(values["BulletinsContainer"]);
        await blobs.CreateIfNotExistsAsync();
        var seed = await File.ReadAllBytesAsync(RepositoryPaths.SeedPath("001_9ce87f5440d1c5bb.txt"));
        await blobs.UploadBlobAsync("seed.txt", new BinaryData(seed));

        await services.GetRequiredService<BulletinProcessor>().ProcessBlobAsync("seed.txt", CancellationToken.None);

        var expected = services.GetRequiredService<BulletinChecker>().Check(seed, "seed.txt");
        var tables = services.GetRequiredService<Azure.Data.Tables.TableServiceClient>().GetTableClient("Findings");
        var rows = await tables.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {"seed.txt"}")).ToListAsync();
        Assert.Equal(expected.AllFindings.Count(), rows.Count);
        Assert.Contains(rows, r => r.GetString("Rule") == "date.missing");
        Assert.Equal(expected.AllFindings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal),
            rows.Select(r => r.GetString("Rule")).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Checker_configuration_file_named_in_settings_is_applied()
    {
        var file = Path.Combine(Path.GetTempPath(), $"compliance-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "rules": { "publication.brackets": { "enabled": false } } }""");
        try
        {
            var values = SampleValues();
            values["BulletinStorage"] = azurite.ConnectionString;
            values["Checking:ConfigFile"] = file;
            using var services = ComplianceServices.Build(values);

            var report = services.GetRequiredService<BulletinChecker>().Check(File.ReadAllBytes(RepositoryPaths.SeedPath("001_9ce87f5440d1c5bb.txt")), "seed");

            Assert.DoesNotContain(report.AllFindings, f => f.RuleId == "publication.brackets");
            Assert.Contains(report.AllFindings, f => f.RuleId == "date.missing");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
