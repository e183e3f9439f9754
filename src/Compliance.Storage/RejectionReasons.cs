using System.Globalization;

namespace Compliance.Storage;

/// <summary>Reasons (for the clerk, in Chinese) why a bulletin was not checked.</summary>
public static class RejectionReasons
{
    public static string TooLarge(long sizeBytes, long limitBytes) => string.Create(CultureInfo.InvariantCulture,
        $"文件大小为 {Megabytes(sizeBytes)} MB，超过允许的上限 {Megabytes(limitBytes)} MB，未进行检查。请将公报拆分为较小的文件后重新上传。");

    public const string Empty = "文件为空（0 字节），未进行检查。请确认上传的是完整的公报文件后重新上传。";

    public const string UnreadableFallback = "文件无法读取，未进行检查。请上传文本（UTF-8 或 GB18030）、Word（.docx）或带文字层的 PDF 文件。";

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.##", CultureInfo.InvariantCulture);
}
