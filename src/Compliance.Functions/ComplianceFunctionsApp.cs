using Compliance.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Compliance.Functions;

/// <summary>
/// The app's registrations, kept out of Program.cs so that the tests build the very host the Functions runtime starts
/// (Compliance.Functions.Tests resolves both functions from it and runs them against Azurite and MailDev).
/// </summary>
public static class ComplianceFunctionsApp
{
    private const string ApplicationInsightsLoggerProvider =
        "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>
    /// Registers everything with logic (options, Azure clients, the checker, the bulletin pipeline, the weekly summary
    /// and its e-mail transports) through <see cref="ComplianceServiceCollectionExtensions.AddCompliance"/>, the same
    /// extension the CLI calls, plus worker-side Application Insights and the app's log levels.
    /// </summary>
    public static FunctionsApplicationBuilder AddComplianceFunctions(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddCompliance(builder.Configuration);

        // Worker-side Application Insights: telemetry from the libraries goes straight to Application Insights
        // (APPLICATIONINSIGHTS_CONNECTION_STRING, Entra ID auth through APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights();

        // The Application Insights SDK adds a rule that keeps only Warning and above; drop it so the
        // Information-level records of each processed bulletin and each sent summary reach Application Insights.
        builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
        {
            var defaultRule = options.Rules.FirstOrDefault(rule => rule.ProviderName == ApplicationInsightsLoggerProvider);
            if (defaultRule is not null)
            {
                options.Rules.Remove(defaultRule);
            }
        });
        builder.Logging
            .AddFilter("Compliance", LogLevel.Information)
            .AddFilter("Azure.Core", LogLevel.Warning);
        return builder;
    }
}
