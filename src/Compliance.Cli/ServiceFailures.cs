using System.Net.Sockets;
using System.Text.RegularExpressions;
using Azure;
using Compliance.Hosting;
using Compliance.Notifications;
using Microsoft.Extensions.Options;

namespace Compliance.Cli;

/// <summary>The storage endpoints a command was configured with, for naming the one that failed.</summary>
internal sealed record StorageEndpoints(Uri Blob, Uri Table);

/// <summary>Turns known outages and configuration errors into <see cref="ServiceFailureException"/>s.</summary>
internal static partial class ServiceFailures
{
    private const string StorageSetting = ComplianceServiceCollectionExtensions.StorageConnectionKey;

    private enum Outage
    {
        Unreachable,
        CredentialsRefused,
        ServiceError,
        TimedOut,
    }

    /// <summary>The configuration could not be read or bound, or a client could not be built from it.</summary>
    public static ServiceFailureException Configuration(Exception exception)
    {
        var detail = Innermost(exception);
        string line;
        if (exception is OptionsValidationException validation)
        {
            line = $"配置无效：{string.Join("；", validation.Failures)}";
        }
        else if (BinderErrorOf(exception) is { } bad)
        {
            line = $"配置项 {bad.Setting} 的值“{bad.Value}”无效{Expected(bad.Type)}。";
        }
        else if (exception is InvalidDataException && exception.Message.Contains("appsettings.json", StringComparison.Ordinal))
        {
            line = $"配置文件 appsettings.json 不是有效的 JSON：{Flatten(exception).Last().Message}";
        }
        else
        {
            line = $"配置有误：{detail.Message}";
        }
        return new ServiceFailureException(
            [line, $"请检查设置 {StorageSetting}（或 --connection）、Storage:*、Email:*（环境变量中用 __ 代替 :，或当前目录的 appsettings.json）。"],
            exception);
    }

    /// <summary>The storage connection setting could not be turned into clients.</summary>
    public static ServiceFailureException StorageConnection(Exception exception) => new(
        [
            $"存储连接设置 {StorageSetting}（或 --connection）无效：{Innermost(exception).Message}",
            "应为连接字符串，如 UseDevelopmentStorage=true（本机 Azurite）或 DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net。",
        ],
        exception);

    /// <summary>
    /// The exception as an outage of storage (<paramref name="storage"/>) or e-mail, or null when it is something else
    /// (a bug, or a failure the command reports itself).
    /// </summary>
    public static ServiceFailureException? Outages(Exception exception, StorageEndpoints storage, CancellationToken cancellationToken)
    {
        if (Flatten(exception).OfType<EmailServiceUnavailableException>().FirstOrDefault() is { } email)
        {
            return new ServiceFailureException(Describe(email), exception);
        }
        if (Classify(exception, cancellationToken) is not { } outage) return null;

        var endpoint = NameEndpoint(storage, outage.HostPort);
        var local = storage.Blob.IsLoopback || storage.Table.IsLoopback;
        var todo = local
            ? $"请先启动 Azurite（npx azurite --silent --location .azurite），或检查设置 {StorageSetting}（或 --connection）。"
            : $"请检查网络，以及设置 {StorageSetting}（或 --connection）中的账户和终结点。";
        // A space between Latin text (a service name, a URI) and Chinese, none next to full-width brackets.
        var subject = endpoint.EndsWith('）') ? endpoint : endpoint + " ";
        var unreachable = char.IsAscii(endpoint[0]) ? "无法连接 " + endpoint : "无法连接" + endpoint;
        string[] lines = outage.Kind switch
        {
            Outage.Unreachable => [$"{unreachable}：{outage.Detail}。", todo],
            Outage.TimedOut => [$"{subject}没有在规定时间内响应。", todo],
            Outage.ServiceError => [$"{subject}暂时不可用（{outage.Detail}）。", "请稍后重试；若一直如此，请检查存储账户的状态。"],
            _ => [$"{subject}拒绝了凭据（{outage.Detail}）。",
                  $"请检查设置 {StorageSetting} 中的账户名和密钥；使用托管标识或 Azure 登录时，检查角色分配，或先运行 az login。"],
        };
        return new ServiceFailureException(lines, exception);
    }

    /// <summary>True for failures that mean storage as a whole cannot be used (not one blob's problem).</summary>
    public static bool IsOutage(Exception exception) => Classify(exception, CancellationToken.None) is not null;

    private static string[] Describe(EmailServiceUnavailableException email)
    {
        var smtp = email.Transport == EmailTransportKind.Smtp;
        var reason = Classify(email, CancellationToken.None) is { Kind: Outage.Unreachable } outage ? outage.Detail : "无法连接";
        var settings = smtp ? "Email:Smtp:Host、Email:Smtp:Port 和 Email:Smtp:Security" : "Email:Acs:Endpoint";
        return email.Outage switch
        {
            EmailOutage.CredentialsRefused =>
            [
                $"邮件服务 {email.Endpoint} 拒绝了登录凭据，周报未发送。",
                smtp ? "请检查设置 Email:Smtp:UserName 和 Email:Smtp:Password。" : "请检查设置 Email:Acs:AccessKey。",
            ],
            EmailOutage.TimedOut =>
            [
                $"邮件服务 {email.Endpoint} 没有在规定时间（Email:Timeout）内响应，周报未发送。",
                $"请确认邮件服务正常，并检查设置 {settings}；未发送的周报下次运行时补发。",
            ],
            _ =>
            [
                $"无法连接邮件服务 {email.Endpoint}：{reason}，周报未发送。",
                smtp
                    ? $"请确认 SMTP 服务器已启动，并检查设置 {settings}；未发送的周报下次运行时补发。"
                    : $"请检查网络和设置 {settings}；未发送的周报下次运行时补发。",
            ],
        };
    }

    private sealed record Classified(Outage Kind, string Detail, string? HostPort);

    /// <summary>
    /// The most telling outage anywhere in the exception (retries wrap each attempt's failure in an AggregateException):
    /// refused credentials, then a socket's own error, then a 5xx, then a timeout, then a bare HTTP failure.
    /// </summary>
    private static Classified? Classify(Exception exception, CancellationToken cancellationToken)
    {
        (int Rank, Classified Found)? best = null;
        string? hostPort = null;
        foreach (var ex in Flatten(exception))
        {
            hostPort ??= ex is HttpRequestException or SocketException or RequestFailedException ? HostPortOf(ex.Message) : null;
            (int, Classified)? found = ex switch
            {
                _ when IsCredentialFailure(ex) => (0, new(Outage.CredentialsRefused, "无法获取 Azure 凭据：" + FirstLine(ex.Message), null)),
                RequestFailedException { Status: 401 or 403 } refused => (0, new(Outage.CredentialsRefused, $"HTTP {refused.Status} {refused.ErrorCode}".TrimEnd(), null)),
                // OperationAborted: the socket was closed under a cancelled request, i.e. a timeout.
                SocketException { SocketErrorCode: SocketError.OperationAborted } => null,
                SocketException socket => (1, new(Outage.Unreachable, Reason(socket.SocketErrorCode), null)),
                RequestFailedException { Status: >= 500 } failed => (2, new(Outage.ServiceError, $"HTTP {failed.Status} {failed.ErrorCode}".TrimEnd(), null)),
                TimeoutException => (3, new(Outage.TimedOut, "超时", null)),
                OperationCanceledException when !cancellationToken.IsCancellationRequested => (3, new(Outage.TimedOut, "超时", null)),
                HttpRequestException http => (4, new(Outage.Unreachable, Reason(http), null)),
                _ => null,
            };
            if (found is { } f && (best is null || f.Item1 < best.Value.Rank)) best = f;
        }
        return best is null ? null : best.Value.Found with { HostPort = hostPort };
    }

    /// <summary>
    /// Azure.Identity's AuthenticationFailedException (or its CredentialUnavailableException). Matched by name: both
    /// Azure.Core and Azure.Identity define the type, and which one a credential throws depends on the package versions.
    /// </summary>
    private static bool IsCredentialFailure(Exception exception)
    {
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == "Azure.Identity.AuthenticationFailedException") return true;
        }
        return false;
    }

    private static string Reason(HttpRequestException http) => http.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "找不到主机",
        HttpRequestError.SecureConnectionError => "TLS 连接失败",
        HttpRequestError.ConnectionError when http.InnerException is TimeoutException => "连接超时",
        _ => "网络错误",
    };

    private static string Reason(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "连接被拒绝（该端口没有服务在监听）",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "找不到主机",
        SocketError.TimedOut => "连接超时",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "网络不可达",
        SocketError.ConnectionReset or SocketError.ConnectionAborted => "连接被断开",
        _ => $"网络错误 {error}",
    };

    /// <summary>The endpoint whose host and port the failure names, or both storage endpoints.</summary>
    private static string NameEndpoint(StorageEndpoints storage, string? hostPort)
    {
        if (hostPort is not null)
        {
            if (string.Equals(hostPort, Authority(storage.Blob), StringComparison.OrdinalIgnoreCase)) return $"Blob 存储服务 {storage.Blob}";
            if (string.Equals(hostPort, Authority(storage.Table), StringComparison.OrdinalIgnoreCase)) return $"Table 存储服务 {storage.Table}";
        }
        return $"存储服务（Blob {storage.Blob}，Table {storage.Table}）";
    }

    private static string Authority(Uri uri) => $"{uri.Host}:{uri.Port}";

    /// <summary>.NET names the endpoint of a failed connection at the end of the message: "Connection refused (127.0.0.1:10000)".</summary>
    private static string? HostPortOf(string message) => HostPortPattern().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\(([^()\s]+:\d{1,5})\)")]
    private static partial Regex HostPortPattern();

    /// <summary>What a binder error names: "Failed to convert configuration value 'abc' at 'Email:Smtp:Port' to type 'System.Int32'."</summary>
    private static (string Setting, string Value, string Type)? BinderErrorOf(Exception exception)
        => Flatten(exception).Select(e => BinderErrorPattern().Match(e.Message)).FirstOrDefault(m => m.Success) is { } m
            ? (m.Groups["setting"].Value, m.Groups["value"].Value, m.Groups["type"].Value)
            : null;

    [GeneratedRegex(@"configuration value '(?<value>.*)' at '(?<setting>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BinderErrorPattern();

    /// <summary>What the setting takes, from the binder's target type: the names of an enum, or the kind of value.</summary>
    private static string Expected(string typeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        return type switch
        {
            { IsEnum: true } => $"，应为 {string.Join("、", Enum.GetNames(type))} 之一",
            _ when type == typeof(TimeSpan) => "，应为时间间隔，如 00:00:30",
            _ when type == typeof(int) || type == typeof(long) => "，应为整数",
            _ when type == typeof(bool) => "，应为 true 或 false",
            _ when type == typeof(Uri) => "，应为网址",
            _ => "",
        };
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.Count > 0)
        {
            var ex = pending.Pop();
            yield return ex;
            if (ex is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse()) pending.Push(inner);
            }
            else if (ex.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    private static Exception Innermost(Exception exception)
    {
        var ex = exception;
        while (ex is System.Reflection.TargetInvocationException or AggregateException && ex.InnerException is { } inner) ex = inner;
        return ex;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
