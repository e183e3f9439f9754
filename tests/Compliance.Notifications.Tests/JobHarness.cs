using Azure.Data.Tables;
using Compliance.Storage.Tables;
using Compliance.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Compliance.Notifications.Tests;

/// <summary>The job wired by <see cref="NotificationsServiceCollectionExtensions.AddComplianceNotifications"/> against Azurite.</summary>
internal sealed class JobHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public JobHarness(AzuriteFixture azurite, IDictionary<string, string?>? settings = null,
        Func<IServiceProvider, IEmailTransport>? transport = null, TimeProvider? time = null, TableClientOptions? tableOptions = null)
    {
        PickupDirectory = Path.Combine(Path.GetTempPath(), "compliance-mail-" + Guid.NewGuid().ToString("N"));
        var values = new Dictionary<string, string?>
        {
            ["Email:Transport"] = "Pickup",
            ["Email:PickupDirectory"] = PickupDirectory,
            ["Email:From"] = "compliance@example.gov.cn",
            ["Email:ComplianceMailbox"] = "compliance-office@example.gov.cn",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        Tables = azurite.CreateTableServiceClient(tableOptions);
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton(Tables);
        if (time is not null) services.AddSingleton(time);
        if (transport is not null) services.AddTransient(transport);
        services.AddComplianceNotifications(configuration);
        _services = services.BuildServiceProvider();
    }

    public ListLoggerProvider Logs { get; } = new();
    public TableServiceClient Tables { get; }
    public string PickupDirectory { get; }

    public WeeklySummaryJob Job => _services.GetRequiredService<WeeklySummaryJob>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public string[] PickedUpFiles => Directory.Exists(PickupDirectory) ? Directory.GetFiles(PickupDirectory, "*.eml") : [];

    public async Task SeedAsync(IEnumerable<DocumentResultEntity> rows, bool importRecipients = true)
    {
        var table = Tables.GetTableClient(DocumentResultEntity.TableName);
        await table.CreateIfNotExistsAsync();
        foreach (var row in rows) await table.UpsertEntityAsync(row, TableUpdateMode.Replace);
        if (importRecipients)
        {
            await Get<RecipientDirectory>().ImportAsync(await RecipientFile.ReadAsync(TestData.RecipientsSeed, CancellationToken.None), CancellationToken.None);
        }
    }

    public async Task<List<SummarySendEntity>> LedgerAsync(Compliance.Storage.IsoWeek week)
        => (await Get<SummarySendLedger>().GetWeekAsync(week, CancellationToken.None)).Values.ToList();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try { if (Directory.Exists(PickupDirectory)) Directory.Delete(PickupDirectory, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>A real transport (pickup) that refuses one recipient, as a mail server refusing one mailbox would.</summary>
internal sealed class RefusingTransport(IEmailTransport inner, string refusedAddress) : IEmailTransport
{
    public int Calls { get; private set; }

    public Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Calls++;
        if (message.To.Any(t => t.Address == refusedAddress))
        {
            throw new EmailSendException($"Server refused {refusedAddress}", isPermanent: true, statusCode: 400,
                responseBody: "{\"error\":{\"code\":\"InvalidRecipient\"}}");
        }
        return inner.SendAsync(message, cancellationToken);
    }
}
