using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Compliance.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the weekly summary: <see cref="EmailOptions"/> bound from <c>Email</c>, the three transports with the one
    /// named by <c>Email:Transport</c> as <see cref="IEmailTransport"/>, the ACS typed HttpClient with its Polly pipeline,
    /// and <see cref="WeeklySummaryJob"/>. Expects the host to register an Azure.Data.Tables <c>TableServiceClient</c>
    /// (AddCompliance does, from <c>BulletinStorage</c>).
    /// </summary>
    public static IServiceCollection AddComplianceNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName))
            .Validate(o => o.SendLease > TimeSpan.Zero, "Email:SendLease must be positive.");
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<SummaryEmailRenderer>();
        services.TryAddSingleton<DocumentResultReader>();
        services.TryAddSingleton<RecipientDirectory>();
        services.TryAddSingleton<SummarySendLedger>();

        // One instance per container: the circuit breaker's state must be shared by every request.
        services.TryAddSingleton<AcsHttpPolicies>();
        services.TryAddTransient<AcsSigningHandler>();
        services.AddHttpClient<AcsEmailTransport>(client => client.Timeout = Timeout.InfiniteTimeSpan) // per-try timeout is Polly's
            .AddPolicyHandler((sp, _) => sp.GetRequiredService<AcsHttpPolicies>().Retry)
            .AddPolicyHandler((sp, _) => sp.GetRequiredService<AcsHttpPolicies>().CircuitBreaker)
            .AddPolicyHandler((sp, _) => sp.GetRequiredService<AcsHttpPolicies>().Timeout)
            .AddHttpMessageHandler<AcsSigningHandler>();
        services.TryAddTransient<SmtpEmailTransport>();
        services.TryAddTransient<PickupEmailTransport>();
        services.TryAddTransient<IEmailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Transport switch
        {
            EmailTransportKind.Pickup => sp.GetRequiredService<PickupEmailTransport>(),
            EmailTransportKind.Smtp => sp.GetRequiredService<SmtpEmailTransport>(),
            EmailTransportKind.AcsHttp => sp.GetRequiredService<AcsEmailTransport>(),
            var other => throw new InvalidOperationException($"Email:Transport '{other}' is not one of Pickup, Smtp, AcsHttp."),
        });

        services.TryAddTransient<WeeklySummaryJob>();
        return services;
    }
}
