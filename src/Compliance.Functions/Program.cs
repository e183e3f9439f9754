// Host for the two functions; every registration is in ComplianceFunctionsApp.AddComplianceFunctions, which the
// tests call too.
using Compliance.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.AddComplianceFunctions();
await builder.Build().RunAsync();
