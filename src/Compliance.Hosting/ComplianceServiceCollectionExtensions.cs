using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Compliance.Checking;
using Compliance.Checking.Citations;
using Compliance.Checking.Configuration;
using Compliance.Notifications;
using Compliance.Storage;
using Compliance.Storage.Citations;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Compliance.Hosting;

/// <summary>The one registration both hosts (Functions app, CLI) call.</summary>
public static class ComplianceServiceCollectionExtensions
{
    /// <summary>Configuration key of the storage connection (a connection string, or a section for identity-based access).</summary>
    public const string StorageConnectionKey = "BulletinStorage";

    /// <summary>Optional path of a compliance.json (rules and issuer registry) for the checker.</summary>
    public const string CheckerConfigFileKey = "Checking:ConfigFile";

    /// <summary>Used when <see cref="StorageConnectionKey"/> is not configured: the local emulator (Azurite).</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>
    /// Registers the checker (options from <c>Checking</c>), the storage pipeline (options from <c>BulletinsContainer</c>
    /// and <c>Storage</c>), the Blob and Table clients (from <c>BulletinStorage</c>), <see cref="TimeProvider"/> and the
    /// weekly summary with its e-mail transports (from <c>Email</c>).
    /// </summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        // Checking: a compliance.json named by Checking:ConfigFile first, then the Checking section's own keys on top.
        services.AddOptions<CheckerOptions>()
            .Configure(options => ApplyConfigFile(options, configuration[CheckerConfigFileKey]))
            .Bind(configuration.GetSection(CheckerOptions.SectionName))
            // One size limit for upload and checking: the checker's expansion caps derive from it.
            .PostConfigure<IOptions<BulletinStorageOptions>>((options, storage) => options.Limits.MaxBulletinBytes = storage.Value.MaxBulletinBytes)
            .Validate(options =>
            {
                ComplianceConfiguration.Validate(options, CheckerOptions.SectionName);
                return true;
            });
        services.TryAddSingleton(sp => new BulletinChecker(
            sp.GetRequiredService<IOptions<CheckerOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        // Citations judged against every bulletin processed before (the registry rules; none when all are turned off).
        services.TryAddSingleton(sp => new CitationChecker(sp.GetRequiredService<IOptions<CheckerOptions>>().Value));
        // The corrected copies: every determinate correction made, as the checker of the same options finds them.
        services.TryAddSingleton(sp => new Checking.Fixing.BulletinFixer(
            sp.GetRequiredService<IOptions<CheckerOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        // The checker's catalog (in the configured culture) also words the e-mails' rule titles.
        services.TryAddSingleton(sp => sp.GetRequiredService<BulletinChecker>().Messages);

        // Storage
        services.AddOptions<BulletinStorageOptions>()
            .Bind(configuration.GetSection(BulletinStorageOptions.SectionName))
            .Configure(options =>
            {
                var container = configuration[BulletinStorageOptions.ContainerKey];
                if (!string.IsNullOrWhiteSpace(container)) options.BulletinsContainer = container;
                var corrections = configuration[BulletinStorageOptions.CorrectionsContainerKey];
                if (!string.IsNullOrWhiteSpace(corrections)) options.CorrectionsContainer = corrections;
            })
            .Validate(o => o.MaxBulletinBytes > 0, "Storage:MaxBulletinBytes must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.BulletinsContainer), "BulletinsContainer must not be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.CorrectionsContainer), "CorrectionsContainer must not be empty.")
            .Validate(o => !string.Equals(o.CorrectionsContainer, o.BulletinsContainer, StringComparison.Ordinal),
                "CorrectionsContainer must differ from BulletinsContainer: a corrected copy written there would be checked as an upload.")
            .Validate(o => o.ProcessingLease > TimeSpan.Zero, "Storage:ProcessingLease must be positive.");
        AddStorageClients(services, configuration.GetSection(StorageConnectionKey),
            configuration.GetSection(StorageRetryOptions.SectionName).Get<StorageRetryOptions>() ?? new StorageRetryOptions());
        services.TryAddSingleton<ResultTableWriter>();
        services.TryAddSingleton<CitationRegistryStore>();
        services.TryAddSingleton<ResultReader>();
        services.TryAddSingleton<CorrectedCopyWriter>();
        services.TryAddSingleton<BulletinProcessor>();
        services.TryAddSingleton<BulletinUploader>();

        // Notifications (weekly summary, e-mail transports): options from Email
        services.AddComplianceNotifications(configuration);
        return services;
    }

    private static void ApplyConfigFile(CheckerOptions options, string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return;
        var file = ComplianceConfiguration.Load(path);
        foreach (var (id, setting) in file.Rules) options.Rules[id] = setting;
        foreach (var (organ, codes) in file.Issuers) options.Issuers[organ] = codes;
        foreach (var (shortName, fullName) in file.ShortNames) options.ShortNames[shortName] = fullName;
        options.ReplaceBuiltInIssuers |= file.ReplaceBuiltInIssuers;
        options.Culture = file.Culture;
        options.Limits = file.Limits;
    }

    /// <summary>
    /// <c>BulletinStorage</c> is either a connection string or, in Azure, a section with <c>blobServiceUri</c>,
    /// <c>tableServiceUri</c> (or <c>accountName</c>), <c>credential=managedidentity</c> and <c>clientId</c> — the
    /// Functions host's identity-based form. Microsoft.Extensions.Azure only knows <c>serviceUri</c>, so the URIs are
    /// read here.
    /// </summary>
    private static void AddStorageClients(IServiceCollection services, IConfigurationSection section, StorageRetryOptions retry)
    {
        var connectionString = section.Value;
        if (string.IsNullOrWhiteSpace(connectionString) && !section.GetChildren().Any())
        {
            connectionString = DevelopmentStorage;
        }

        // One transport for both clients (one connection pool), built only when Storage:Retry:ConnectTimeout is set.
        var transport = retry.CreateTransport();
        services.AddAzureClients(clients =>
        {
            if (!string.IsNullOrWhiteSpace(connectionString))
            {
                clients.AddBlobServiceClient(connectionString).ConfigureOptions(o => StorageRetry.Configure(o, retry, transport));
                clients.AddTableServiceClient(connectionString).ConfigureOptions(o => StorageRetry.Configure(o, retry, transport));
                return;
            }

            var (blobUri, tableUri) = ServiceUris(section);
            var credential = CreateCredential(section);
            clients.AddBlobServiceClient(blobUri).WithCredential(credential).ConfigureOptions(o => StorageRetry.Configure(o, retry, transport));
            clients.AddTableServiceClient(tableUri).WithCredential(credential).ConfigureOptions(o => StorageRetry.Configure(o, retry, transport));
        });
    }

    internal static (Uri Blob, Uri Table) ServiceUris(IConfigurationSection section)
    {
        var account = section["accountName"];
        var blob = section["blobServiceUri"] ?? (account is null ? null : $"https://{account}.blob.core.windows.net");
        var table = section["tableServiceUri"] ?? (account is null ? null : $"https://{account}.table.core.windows.net");
        if (blob is null || table is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set '{StorageConnectionKey}' to a connection string, or set both " +
                $"'{StorageConnectionKey}:blobServiceUri' and '{StorageConnectionKey}:tableServiceUri' (or '{StorageConnectionKey}:accountName') " +
                $"for identity-based access (environment variables use '__' for ':').");
        }
        return (new Uri(blob), new Uri(table));
    }

    internal static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
