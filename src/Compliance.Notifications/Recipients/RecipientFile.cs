using System.Text.Json;
using MimeKit;

namespace Compliance.Notifications;

/// <summary>A problem in a recipients JSON file, described for the person who edits it.</summary>
public sealed class RecipientFileException : Exception
{
    public RecipientFileException()
    {
    }

    public RecipientFileException(string message) : base(message)
    {
    }

    public RecipientFileException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>
/// Reads the recipients seed file: <c>{"recipients": [{"office": "…", "name": "…", "email": "…"}]}</c>
/// (a bare array of the same objects is accepted too).
/// </summary>
public static class RecipientFile
{
    public static async Task<IReadOnlyList<Recipient>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new RecipientFileException($"找不到负责人名单文件：{path}");
        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(json);
    }

    public static IReadOnlyList<Recipient> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new RecipientFileException($"负责人名单文件不是有效的 JSON（第 {ex.LineNumber + 1} 行附近）：{ex.Message}", ex);
        }

        using (document)
        {
            var list = document.RootElement.ValueKind switch
            {
                JsonValueKind.Array => document.RootElement,
                JsonValueKind.Object when document.RootElement.TryGetProperty("recipients", out var r) && r.ValueKind == JsonValueKind.Array => r,
                _ => throw new RecipientFileException("负责人名单文件应为数组，或包含 \"recipients\" 数组的对象。"),
            };

            var result = new List<Recipient>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object) throw new RecipientFileException($"第 {index} 项不是对象。");
                var office = Text(item, "office");
                var name = Text(item, "name");
                var email = Text(item, "email");
                if (office.Length == 0) throw new RecipientFileException($"第 {index} 项缺少发文机关名称（office）。");
                if (email.Length == 0 || !MailboxAddress.TryParse(email, out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal))
                {
                    throw new RecipientFileException($"第 {index} 项（{office}）的电子邮件地址无效：“{email}”。");
                }
                if (!seen.Add(office)) throw new RecipientFileException($"发文机关“{office}”在名单中出现了不止一次。");
                result.Add(new Recipient(office, name.Length == 0 ? "负责人" : name, mailbox.Address));
            }
            return result;
        }
    }

    private static string Text(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? (value.GetString() ?? "").Trim() : "";
}
