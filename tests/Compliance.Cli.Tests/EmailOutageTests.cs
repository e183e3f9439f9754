using System.Globalization;
using Compliance.TestSupport;

namespace Compliance.Cli.Tests;

/// <summary><c>compliance summary --send</c> with working storage and an e-mail service that cannot be reached.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class EmailOutageTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compliance-mail-outage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_smtp_server_where_nothing_listens_is_named_with_its_settings()
    {
        await azurite.ResetAsync();
        var port = UnusedPort.Next();
        var settings = new Dictionary<string, string?>
        {
            ["BulletinStorage"] = azurite.ConnectionString,
            ["Email__Transport"] = "Smtp",
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Email__Smtp__Security"] = "None",
        };

        var run = await CliProcess.RunAsync(_folder, settings, "summary", "--week", "2026-W47", "--send");

        OutageTests.AssertOneClearFailure(run, $"无法连接邮件服务 smtp://127.0.0.1:{port}", "Email:Smtp:Host", "Email:Smtp:Port");
    }

    [Fact]
    public async Task An_acs_endpoint_where_nothing_listens_is_named_with_its_setting()
    {
        await azurite.ResetAsync();
        var port = UnusedPort.Next();
        var settings = new Dictionary<string, string?>
        {
            ["BulletinStorage"] = azurite.ConnectionString,
            ["Email__Transport"] = "AcsHttp",
            ["Email__Acs__Endpoint"] = $"http://127.0.0.1:{port}/",
            ["Email__Acs__AccessKey"] = Convert.ToBase64String("not a real key"u8.ToArray()),
            ["Email__Retry__MaxRetries"] = "0",
        };

        var run = await CliProcess.RunAsync(_folder, settings, "summary", "--week", "2026-W47", "--send");

        OutageTests.AssertOneClearFailure(run, $"无法连接邮件服务 http://127.0.0.1:{port}", "Email:Acs:Endpoint");
    }
}
