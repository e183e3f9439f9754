using Compliance.Storage.Tables;

namespace Compliance.Functions.Tests;

/// <summary>The Bicep creates every table the pipeline writes, so that a deployment starts with them (and with the
/// managed identity's access to them) rather than relying on the app's CreateIfNotExists.</summary>
public sealed class InfraTableTests
{
    [Fact]
    public void Every_pipeline_table_is_declared_in_main_bicep()
    {
        var main = File.ReadAllText(FunctionsApp.RepositoryFile("infra", "main.bicep"));
        var start = main.IndexOf("var tableNames = [", StringComparison.Ordinal);
        Assert.True(start >= 0, "main.bicep has no tableNames list");
        var list = main[start..main.IndexOf(']', start)];
        Assert.All(TableNames.All, table => Assert.Contains($"'{table}'", list, StringComparison.Ordinal));
    }
}
