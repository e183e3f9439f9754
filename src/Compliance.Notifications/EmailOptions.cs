namespace Compliance.Notifications;

/// <summary>Which transport delivers the weekly e-mails (<c>Email:Transport</c>).</summary>
public enum EmailTransportKind
{
    /// <summary>Writes one .eml file per message into <see cref="EmailOptions.PickupDirectory"/>: the default for local runs.</summary>
    Pickup,

    /// <summary>An SMTP server or relay, through MailKit.</summary>
    Smtp,

    /// <summary>The Azure Communication Services Email REST API.</summary>
    AcsHttp,
}

/// <summary>Settings of the weekly summary e-mails, bound from the <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailTransportKind Transport { get; set; } = EmailTransportKind.Pickup;

    /// <summary>Sender address (for ACS: a verified MailFrom address of a connected domain).</summary>
    public string From { get; set; } = "compliance@example.gov.cn";

    /// <summary>Display name of the sender.</summary>
    public string FromDisplayName { get; set; } = "公文合规检查";

    /// <summary>Mailbox that receives the overview of all offices.</summary>
    public string ComplianceMailbox { get; set; } = "compliance-office@example.gov.cn";

    /// <summary>Folder for the pickup transport; relative paths are resolved against the working directory.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("out", "mail");

    /// <summary>Number of rules listed under "most frequent rules broken".</summary>
    public int TopRuleCount { get; set; } = 5;

    public SmtpTransportOptions Smtp { get; set; } = new();

    public AcsTransportOptions Acs { get; set; } = new();

    public EmailRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// How long a run's reservation of one (week, office) e-mail keeps every other run from sending it. Longer than one
    /// send can take with all its retries; a run that died after reserving delays that e-mail by at most this long.
    /// </summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Timeout of one HTTP attempt (Polly timeout inside the retry).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a local relay or a test server.</summary>
    None,
}

public sealed class SmtpTransportOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>User name; authentication is skipped when empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }
}

public sealed class AcsTransportOptions
{
    /// <summary>The Communication Services resource endpoint, e.g. <c>https://contoso.communication.azure.com/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The resource's access key (base64), from the portal's Keys blade or a Key Vault reference.</summary>
    public string? AccessKey { get; set; }

    public string ApiVersion { get; set; } = "2023-03-31";
}

/// <summary>Retry, circuit-breaker settings of the HTTP transport.</summary>
public sealed class EmailRetryOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First back-off delay; doubled on each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Upper bound for a back-off delay and for an honoured Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Consecutive transient failures after which the circuit opens.</summary>
    public int FailuresBeforeBreaking { get; set; } = 5;

    /// <summary>How long the circuit stays open before one trial call is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
