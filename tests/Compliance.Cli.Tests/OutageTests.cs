using System.Globalization;
using Compliance.TestSupport;

namespace Compliance.Cli.Tests;

/// <summary>
/// Every command that talks to storage or e-mail, when the endpoint cannot be reached or the configuration is
/// malformed: one or two Chinese lines naming the endpoint (or setting) and what to do, exit code 3, no stack trace
/// unless <c>--verbose</c>. Run as separate processes, as a user runs them.
/// </summary>
public sealed class OutageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compliance-outage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Each storage command, and the storage service it reaches first.</summary>
    public static TheoryData<string, string[]> StorageCommands => new()
    {
        { "Blob", ["upload", RepositoryPaths.Seeds] },
        { "Blob", ["process"] },
        { "Table", ["findings"] },
        { "Table", ["findings", "--format", "json"] },
        { "Table", ["summary", "--week", "2026-W47"] },
        { "Table", ["summary", "--week", "2026-W47", "--send"] },
        { "Table", ["recipients", "import", Path.Combine(RepositoryPaths.Root, "config", "recipients.json")] },
    };

    [Theory]
    [MemberData(nameof(StorageCommands))]
    public async Task Storage_where_nothing_listens_gives_two_chinese_lines_naming_the_endpoint(string service, string[] args)
    {
        var (blobPort, tablePort) = (UnusedPort.Next(), UnusedPort.Next());

        var run = await CliProcess.RunAsync(_folder, Settings(blobPort, tablePort), args);

        var port = service == "Blob" ? blobPort : tablePort;
        AssertOneClearFailure(run, $"无法连接 {service} 存储服务 http://127.0.0.1:{port}/devstoreaccount1", "Azurite", "BulletinStorage");
    }

    [Fact]
    public async Task Storage_that_never_answers_is_reported_as_timed_out()
    {
        await using var silent = new StubHttpServer(status: null);
        var settings = Settings(silent.Port, silent.Port);
        settings["Storage__Retry__NetworkTimeout"] = "00:00:01";
        settings["Storage__Retry__MaxRetries"] = "1";

        var run = await CliProcess.RunAsync(_folder, settings, "findings");

        AssertOneClearFailure(run, $"http://127.0.0.1:{silent.Port}/devstoreaccount1", "没有在规定时间内响应");
        // The request reached the server, which held it: a timeout, not a refused connection. How many attempts the
        // retry policy makes is asserted without a server (Compliance.Hosting.Tests, StorageRetryRegistrationTests):
        // counted here, a loaded machine can exit before the stub has read the last attempt's headers.
        Assert.True(silent.Requests >= 1, "no request reached the server");
    }

    [Fact]
    public async Task Storage_that_refuses_the_key_is_reported_with_what_to_check()
    {
        await using var refusing = new StubHttpServer(status: 403);

        var run = await CliProcess.RunAsync(_folder, Settings(refusing.Port, refusing.Port), "process");

        AssertOneClearFailure(run, $"http://127.0.0.1:{refusing.Port}/devstoreaccount1", "拒绝了凭据（HTTP 403）", "账户名和密钥");
    }

    [Fact]
    public async Task Verbose_adds_the_exception_and_its_stack()
    {
        var run = await CliProcess.RunAsync(_folder, Settings(UnusedPort.Next(), UnusedPort.Next()), "process", "--verbose");

        Assert.Equal(CliApp.ExitUnavailable, run.Exit);
        Assert.StartsWith("无法连接 Blob 存储服务", run.ErrLines[0], StringComparison.Ordinal);
        Assert.Contains("System.Net.Sockets.SocketException", run.Err, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Err, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> AllStorageCommands => new(StorageCommands.Select(row => (string[])row[1]));

    [Theory]
    [MemberData(nameof(AllStorageCommands))]
    public async Task A_malformed_connection_string_is_named_with_the_expected_form(string[] args)
    {
        var run = await CliProcess.RunAsync(_folder, new Dictionary<string, string?> { ["BulletinStorage"] = "Azurite on my laptop" }, args);

        AssertOneClearFailure(run, "存储连接设置 BulletinStorage（或 --connection）无效", "UseDevelopmentStorage=true");
    }

    /// <summary>A malformed setting, the command that reads it, and what the message must say.</summary>
    public static TheoryData<string, string, string, string, string> MalformedSettings => new()
    {
        { "Email__Transport", "Carrier", "summary", "配置项 Email:Transport 的值“Carrier”无效", "Pickup、Smtp、AcsHttp" },
        { "Email__Smtp__Port", "twenty-five", "summary", "配置项 Email:Smtp:Port 的值“twenty-five”无效", "整数" },
        { "Email__SendLease", "-00:05:00", "summary", "配置无效：Email:SendLease", "Email:*" },
        { "Storage__ProcessingLease", "0", "process", "配置无效：Storage:ProcessingLease", "Storage:*" },
        { "Storage__Retry__ConnectTimeout", "soon", "upload", "配置项 Storage:Retry:ConnectTimeout 的值“soon”无效", "00:00:30" },
    };

    [Theory]
    [MemberData(nameof(MalformedSettings))]
    public async Task A_malformed_setting_is_named(string key, string value, string command, string named, string hint)
    {
        var settings = Settings(UnusedPort.Next(), UnusedPort.Next());
        settings["Email__Transport"] = "Smtp";
        settings[key] = value;
        string[] args = command switch
        {
            "summary" => ["summary", "--week", "2026-W47", "--send"],
            "upload" => ["upload", RepositoryPaths.Seeds],
            _ => [command],
        };

        var run = await CliProcess.RunAsync(_folder, settings, args);

        AssertOneClearFailure(run, named, hint);
    }

    [Fact]
    public async Task A_malformed_appsettings_file_is_named()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.json"), "{ \"Email\": { \"Transport\": ");

        var run = await CliProcess.RunAsync(_folder, new Dictionary<string, string?>(), "findings");

        AssertOneClearFailure(run, "配置文件 appsettings.json 不是有效的 JSON");
    }

    /// <summary>Storage at two loopback ports nothing listens on; e-mail into the test's folder.</summary>
    private Dictionary<string, string?> Settings(int blobPort, int tablePort) => new()
    {
        ["BulletinStorage"] = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};" +
                              $"BlobEndpoint=http://127.0.0.1:{blobPort.ToString(CultureInfo.InvariantCulture)}/{AzuriteServer.AccountName};" +
                              $"TableEndpoint=http://127.0.0.1:{tablePort.ToString(CultureInfo.InvariantCulture)}/{AzuriteServer.AccountName};",
        ["Email__PickupDirectory"] = Path.Combine(_folder, "mail"),
    };

    /// <summary>Exit 3; one or two lines on stderr, in Chinese, containing <paramref name="expected"/>; no exception or stack anywhere.</summary>
    internal static void AssertOneClearFailure(CliRun run, params string[] expected)
    {
        var all = run.Out + run.Err;
        Assert.True(run.Exit == CliApp.ExitUnavailable, $"exit {run.Exit}, expected {CliApp.ExitUnavailable}. Output:\n{all}");
        Assert.InRange(run.ErrLines.Length, 1, 2);
        foreach (var text in expected) Assert.Contains(text, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", run.ErrLines[0]);
    }
}
