using System.Text.Json;
using System.Text.RegularExpressions;

namespace Compliance.Functions.Tests;

/// <summary>
/// The functions.metadata the Worker SDK generated into the app's build output: what the Functions host indexes. A
/// changed attribute (trigger, source, connection, setting name, retry) shows here before it reaches Azure.
/// </summary>
public sealed partial class FunctionMetadataTests
{
    private static JsonElement Function(JsonDocument metadata, string name)
        => Assert.Single(metadata.RootElement.EnumerateArray(), f => f.GetProperty("name").GetString() == name);

    private static JsonElement Trigger(JsonElement function)
        => Assert.Single(function.GetProperty("bindings").EnumerateArray(),
            b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    [Fact]
    public void Declares_the_two_functions_of_the_app()
    {
        using var metadata = FunctionsApp.ReadFunctionsMetadata();

        var functions = metadata.RootElement.EnumerateArray().ToList();
        Assert.Equal(["BulletinUploaded", "WeeklySummary"], functions.Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.All(functions, f =>
        {
            Assert.Equal("dotnet-isolated", f.GetProperty("language").GetString());
            Assert.Equal("Compliance.Functions.dll", f.GetProperty("scriptFile").GetString());
            Assert.Equal($"Compliance.Functions.{f.GetProperty("name").GetString()}.RunAsync", f.GetProperty("entryPoint").GetString());
        });
    }

    [Fact]
    public void BulletinUploaded_is_an_event_grid_blob_trigger_on_the_bulletins_container()
    {
        using var metadata = FunctionsApp.ReadFunctionsMetadata();

        var trigger = Trigger(Function(metadata, "BulletinUploaded"));

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("In", trigger.GetProperty("direction").GetString());
        // Flex Consumption has no polling blob trigger: only the Event Grid source works there.
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("BulletinStorage", trigger.GetProperty("connection").GetString());
        Assert.Equal("%BulletinsContainer%/{name}", trigger.GetProperty("path").GetString());
        // Bound as a BlobClient (deferred binding): the worker does not download the content, the processor does.
        Assert.Equal("True", trigger.GetProperty("properties").GetProperty("supportsDeferredBinding").GetString());
        Assert.False(Function(metadata, "BulletinUploaded").TryGetProperty("retry", out _),
            "Blob triggers are retried by the poison-blob mechanism; a function retry policy does not apply to them.");
    }

    [Fact]
    public void WeeklySummary_is_a_timer_on_the_schedule_setting_with_exponential_backoff_retry()
    {
        using var metadata = FunctionsApp.ReadFunctionsMetadata();
        var function = Function(metadata, "WeeklySummary");

        var trigger = Trigger(function);
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%WeeklySummarySchedule%", trigger.GetProperty("schedule").GetString());
        Assert.False(trigger.GetProperty("runOnStartup").GetBoolean(), "A restart must not send the weekly e-mails.");

        var retry = function.GetProperty("retry");
        Assert.Equal("exponentialBackoff", retry.GetProperty("strategy").GetString());
        Assert.Equal(3, retry.GetProperty("maxRetryCount").GetInt32());
        Assert.Equal(TimeSpan.FromMinutes(1), TimeSpan.Parse(retry.GetProperty("minimumInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromMinutes(15), TimeSpan.Parse(retry.GetProperty("maximumInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_setting_the_metadata_names_is_in_the_local_settings_sample()
    {
        var (settings, connections) = NamedSettings();
        var sample = AppSettings.LocalSample();

        Assert.NotEmpty(settings);
        Assert.NotEmpty(connections);
        foreach (var name in settings.Concat(connections).Append(HostStorageConnection))
        {
            Assert.False(string.IsNullOrWhiteSpace(sample.GetValueOrDefault(name)), $"local.settings.sample.json gives no value for {name}.");
        }
    }

    [Fact]
    public void Every_setting_the_metadata_names_is_given_to_the_app_by_the_bicep()
    {
        var (settings, connections) = NamedSettings();
        var bicep = AppSettings.GivenByBicep();

        Assert.NotEmpty(settings);
        Assert.NotEmpty(connections);
        foreach (var name in settings)
        {
            Assert.True(bicep.Contains(name), $"infra/ does not give the app the setting {name} (given: {string.Join(", ", bicep.Order(StringComparer.Ordinal))}).");
        }
        foreach (var connection in connections.Append(HostStorageConnection))
        {
            AssertConnectionGiven(bicep, connection);
        }
        // Flex Consumption takes the runtime from functionAppConfig and rejects these two as app settings.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", bicep);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", bicep);
    }

    /// <summary>The Functions host's own storage connection: not named by any binding, needed by every app.</summary>
    private const string HostStorageConnection = "AzureWebJobsStorage";

    /// <summary>
    /// A storage connection is given either as one setting (a connection string) or identity-based: the service URIs
    /// the trigger uses (a blob trigger also needs queues) or the account name, and the user-assigned identity to use.
    /// </summary>
    private static void AssertConnectionGiven(IReadOnlySet<string> given, string connection)
    {
        if (given.Contains(connection)) return;
        var hasEndpoints = given.Contains($"{connection}__accountName")
            || (given.Contains($"{connection}__blobServiceUri") && given.Contains($"{connection}__queueServiceUri"));
        Assert.True(hasEndpoints, $"infra/ gives the connection {connection} neither as a setting nor as {connection}__accountName or {connection}__blobServiceUri + __queueServiceUri.");
        Assert.True(given.Contains($"{connection}__credential") && given.Contains($"{connection}__clientId"),
            $"The identity-based connection {connection} needs {connection}__credential and {connection}__clientId (the app has only a user-assigned identity).");
    }

    /// <summary>The <c>%name%</c> settings and the connection names the bindings refer to.</summary>
    private static (IReadOnlyList<string> Settings, IReadOnlyList<string> Connections) NamedSettings()
    {
        using var metadata = FunctionsApp.ReadFunctionsMetadata();
        var settings = new SortedSet<string>(StringComparer.Ordinal);
        var connections = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var binding in metadata.RootElement.EnumerateArray().SelectMany(f => f.GetProperty("bindings").EnumerateArray()))
        {
            foreach (var property in binding.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                if (property.Name == "connection") connections.Add(property.Value.GetString()!);
                foreach (Match match in SettingReference().Matches(property.Value.GetString()!)) settings.Add(match.Groups[1].Value);
            }
        }
        return (settings.ToList(), connections.ToList());
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
