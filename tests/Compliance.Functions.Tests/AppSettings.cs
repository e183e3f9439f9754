using System.Text.Json;

namespace Compliance.Functions.Tests;

/// <summary>The settings the app is given: locally by local.settings.sample.json, in Azure by the Bicep under infra/.</summary>
internal static class AppSettings
{
    /// <summary>The <c>Values</c> of local.settings.sample.json, as written there (<c>__</c> separators).</summary>
    public static Dictionary<string, string?> LocalSample()
    {
        using var json = FunctionsApp.ReadJson(FunctionsApp.RepositoryFile("local.settings.sample.json"));
        return json.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => (string?)p.Value.GetString(), StringComparer.Ordinal);
    }

    /// <summary>The sample's values as the host's configuration sees them (it reads <c>__</c> as <c>:</c>).</summary>
    public static Dictionary<string, string?> LocalSampleAsConfiguration()
        => LocalSample().ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Names of the app settings infra/ gives the function app: the keys of the objects in the <c>properties</c> of the
    /// <c>appSettings</c> resource of modules/function-app.bicep, and of the <c>productSettings</c> that main.bicep passes
    /// to that module (including the keys of the <c>var</c> objects it names).
    /// </summary>
    public static IReadOnlySet<string> GivenByBicep()
    {
        var module = File.ReadAllText(FunctionsApp.RepositoryFile("infra", "modules", "function-app.bicep"));
        var main = File.ReadAllText(FunctionsApp.RepositoryFile("infra", "main.bicep"));

        var names = new HashSet<string>(StringComparer.Ordinal);
        names.UnionWith(BicepText.ObjectKeys(BicepText.PropertyValue(module, "properties", after: "resource appSettings "), BicepText.ObjectVariables(module)));
        names.UnionWith(BicepText.ObjectKeys(BicepText.PropertyValue(main, "productSettings", after: "module functionApp "), BicepText.ObjectVariables(main)));
        return names;
    }
}
