namespace Compliance.Notifications;

/// <summary>A transport did not accept a message.</summary>
public sealed class EmailSendException : Exception
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
