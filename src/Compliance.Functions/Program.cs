// Host for the two functions. Everything with logic (options, Azure clients, the checker, the bulletin pipeline,
// the weekly summary and its e-mail transports) is registered by AddCompliance, the same extension the CLI calls,
// so the wiring is covered by the tests of Compliance.Hosting.
using Compliance.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = FunctionsApplication.CreateBuilder(args);

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
    var defaultRule = options.Rules.FirstOrDefault(rule =>
        rule.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
    if (defaultRule is not null)
    {
        options.Rules.Remove(defaultRule);
    }
});
builder.Logging
    .AddFilter("Compliance", LogLevel.Information)
    .AddFilter("Azure.Core", LogLevel.Warning);

await builder.Build().RunAsync();
