using System.Security.Cryptography;
using System.Text;

namespace Compliance.Notifications.Tests;

public sealed class AcsRequestSignerTests
{
    // Key, date, host and body chosen for the test; the expected values below were computed with Python's hmac/hashlib
    // from the documented formula, independently of this code.
    private const string Key = "Y29tcGxpYW5jZS10ZXN0LWFjY2Vzcy1rZXktMDEyMzQ1Njc4OQ==";
    private const string Body = "{\"senderAddress\":\"compliance@example.gov.cn\"}";
    private const string Host = "contoso.communication.azure.com";
    private const string PathAndQuery = "/emails:send?api-version=2023-03-31";
    private static readonly DateTimeOffset Date = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Signs_with_the_documented_scheme_known_answer()
    {
        var signer = new AcsRequestSigner(Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"https://{Host}{PathAndQuery}");

        signer.Sign(request, Encoding.UTF8.GetBytes(Body), Date);

        Assert.Equal("Mon, 23 Nov 2026 08:00:00 GMT", request.Headers.GetValues("x-ms-date").Single());
        Assert.Equal("51c01pLDPjOBXVvMeooXMFZYa5n+fQ+oLekOa6mBxeY=", request.Headers.GetValues("x-ms-content-sha256").Single());
        Assert.Equal("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=nxWptI3QyluxKUv/K896brJAh8DCLnFUxWHOxG4jgVM=",
            request.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public void Signature_covers_the_port_and_changes_with_the_body()
    {
        var signer = new AcsRequestSigner(Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:5123{PathAndQuery}");
        signer.Sign(request, Encoding.UTF8.GetBytes(Body), Date);

        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Body)));
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(Key),
            Encoding.UTF8.GetBytes($"POST\n{PathAndQuery}\nMon, 23 Nov 2026 08:00:00 GMT;127.0.0.1:5123;{hash}")));
        Assert.EndsWith("&Signature=" + expected, request.Headers.GetValues("Authorization").Single());

        signer.Sign(request, Encoding.UTF8.GetBytes(Body + " "), Date);
        Assert.DoesNotContain(expected, request.Headers.GetValues("Authorization").Single());
        Assert.Single(request.Headers.GetValues("x-ms-date")); // re-signing replaces, never duplicates
    }

    [Fact]
    public void Rejects_a_key_that_is_not_base64()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new AcsRequestSigner("not base64!"));
        Assert.Contains("Email:Acs:AccessKey", ex.Message);
    }
}
