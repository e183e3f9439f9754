namespace Compliance.Notifications;

/// <summary>A transport did not accept a message.</summary>
public class EmailSendException : Exception
{
    public EmailSendException(string message, bool isPermanent, int? statusCode = null, string? responseBody = null, Exception? innerException = null)
        : base(message, innerException)
    {
        IsPermanent = isPermanent;
        StatusCode = statusCode;
        ResponseBody = responseBody;
    }

    public EmailSendException()
    {
    }

    public EmailSendException(string message) : base(message)
    {
    }

    public EmailSendException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>True when sending the same message again cannot succeed (e.g. HTTP 400, invalid address).</summary>
    public bool IsPermanent { get; }

    /// <summary>HTTP status or SMTP reply code, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>The server's response body, for the failure record.</summary>
    public string? ResponseBody { get; }
}

/// <summary>
/// The e-mail service itself cannot be used — it cannot be reached, refused the credentials or timed out — so no other
/// message of the run can be sent either. The weekly job stops at the first one.
/// </summary>
public sealed class EmailServiceUnavailableException : EmailSendException
{
    public EmailServiceUnavailableException(string message, EmailTransportKind transport, string endpoint, EmailOutage outage, Exception? innerException = null)
        : base(message, isPermanent: false, statusCode: null, responseBody: null, innerException)
    {
        Transport = transport;
        Endpoint = endpoint;
        Outage = outage;
    }

    /// <summary>The transport that failed.</summary>
    public EmailTransportKind Transport { get; }

    /// <summary>Where it tried to go: <c>smtp://host:port</c> or the ACS endpoint.</summary>
    public string Endpoint { get; }

    public EmailOutage Outage { get; }
}

/// <summary>Why an e-mail service could not be used.</summary>
public enum EmailOutage
{
    /// <summary>No connection (refused, host unknown, TLS failed, dropped).</summary>
    Unreachable,

    /// <summary>The server refused the credentials.</summary>
    CredentialsRefused,

    /// <summary>No answer in time.</summary>
    TimedOut,
}
