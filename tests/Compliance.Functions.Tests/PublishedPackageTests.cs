using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Compliance.Functions.Tests;

/// <summary>What gets deployed: the <c>dotnet publish</c> output of the app, and azure.yaml that deploys it.</summary>
public sealed class PublishedPackageTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    [Fact]
    public void Package_holds_what_the_functions_host_reads_and_no_local_settings()
    {
        foreach (var file in new[] { "host.json", "functions.metadata", "worker.config.json", "extensions.json", "Compliance.Functions.dll" })
        {
            Assert.True(File.Exists(package.PathOf(file)), $"The publish output lacks {file}.");
        }
        // Local settings (connection strings, a developer's own values) never leave the machine.
        Assert.Empty(Directory.GetFiles(package.Directory, "local.settings*.json", SearchOption.AllDirectories));

        // host.json is the repository's; functions.metadata is the one the metadata tests checked in the build output.
        Assert.Equal(File.ReadAllText(FunctionsApp.RepositoryFile("host.json")), File.ReadAllText(package.PathOf("host.json")));
        Assert.Equal(File.ReadAllText(Path.Combine(FunctionsApp.OutputDirectory, "functions.metadata")), File.ReadAllText(package.PathOf("functions.metadata")));
    }

    [Fact]
    public void Worker_config_starts_the_app_assembly_in_the_isolated_worker()
    {
        using var config = FunctionsApp.ReadJson(package.PathOf("worker.config.json"));
        var description = config.RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        var worker = description.GetProperty("defaultWorkerPath").GetString()!;
        Assert.Equal("Compliance.Functions.dll", worker);
        Assert.True(File.Exists(package.PathOf(worker)));
    }

    [Fact]
    public void Host_extensions_the_package_names_are_in_it()
    {
        using var extensions = FunctionsApp.ReadJson(package.PathOf("extensions.json"));
        var entries = extensions.RootElement.GetProperty("extensions").EnumerateArray().ToList();

        // The blob extension serves the Event Grid webhook (/runtime/webhooks/blobs) BulletinUploaded is triggered through.
        Assert.Contains(entries, e => e.GetProperty("name").GetString() == "AzureStorageBlobs");
        foreach (var entry in entries)
        {
            var hintPath = entry.GetProperty("hintPath").GetString()!;
            Assert.True(File.Exists(package.PathOf(hintPath)), $"extensions.json names {hintPath}, which the package lacks.");
        }
    }

    [Fact]
    public void Azure_yaml_deploys_the_publish_output_of_the_functions_project()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(FunctionsApp.RepositoryFile("azure.yaml")))
        {
            yaml.Load(reader);
        }
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var services = (YamlMappingNode)root.Children[new YamlScalarNode("services")];
        // The service name is the azd-service-name tag infra/modules/function-app.bicep puts on the app.
        var functions = (YamlMappingNode)services.Children[new YamlScalarNode("functions")];
        string? Scalar(string key) => functions.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

        // azd runs `dotnet publish` on the project of a dotnet service and deploys its output to the function app.
        Assert.Equal("dotnet", Scalar("language"));
        Assert.Equal("function", Scalar("host"));
        var project = Path.GetFullPath(Path.Combine(FunctionsApp.RepositoryFile(), Scalar("project")!));
        Assert.Equal(Path.TrimEndingDirectorySeparator(FunctionsApp.ProjectDirectory), Path.TrimEndingDirectorySeparator(project));
        // For a dotnet service, dist would select a subfolder of that output: the package must be the whole of it.
        Assert.Null(Scalar("dist"));
    }
}
