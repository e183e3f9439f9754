using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Compliance.Notifications;

/// <summary>
/// The Azure Communication Services access-key scheme (HMAC-SHA256): sign
/// <c>"{METHOD}\n{path and query}\n{x-ms-date};{host};{x-ms-content-sha256}"</c> with the base64-decoded access key and
/// send <c>Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature={base64}</c>.
/// </summary>
public sealed class AcsRequestSigner
{
    public const string DateHeader = "x-ms-date";
    public const string ContentHashHeader = "x-ms-content-sha256";
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    private readonly byte[] _key;

    public AcsRequestSigner(string accessKey)
    {
        if (string.IsNullOrWhiteSpace(accessKey))
        {
            throw new InvalidOperationException("Email:Acs:AccessKey is not configured: the AcsHttp transport needs the Communication Services resource's access key.");
        }
        try
        {
            _key = Convert.FromBase64String(accessKey.Trim());
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException("Email:Acs:AccessKey is not base64: copy the key exactly as the portal shows it.", ex);
        }
    }

    /// <summary>Base64 SHA-256 of the body: the value of <c>x-ms-content-sha256</c>.</summary>
    public static string ContentHash(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    /// <summary>The RFC 1123 form of <paramref name="instant"/> the service expects in <c>x-ms-date</c>.</summary>
    public static string FormatDate(DateTimeOffset instant) => instant.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>The string the signature covers.</summary>
    public static string StringToSign(string method, string pathAndQuery, string date, string host, string contentHash)
        => $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{date};{host};{contentHash}";

    public string Signature(string stringToSign)
        => Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));

    public static string AuthorizationValue(string signature) => $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}";

    /// <summary>Sets x-ms-date, x-ms-content-sha256 and Authorization on <paramref name="request"/> (replacing earlier values,
    /// so a retried request is signed afresh).</summary>
    public void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var date = FormatDate(now);
        var hash = ContentHash(body);
        // Uri.Authority is what HttpClient sends as Host: the host, plus the port when it is not the scheme's default.
        var signature = Signature(StringToSign(request.Method.Method, uri.PathAndQuery, date, uri.Authority, hash));

        request.Headers.Remove(DateHeader);
        request.Headers.Remove(ContentHashHeader);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation(DateHeader, date);
        request.Headers.TryAddWithoutValidation(ContentHashHeader, hash);
        request.Headers.TryAddWithoutValidation("Authorization", AuthorizationValue(signature));
    }
}
