using Compliance.Checking;

namespace Compliance.Storage;

/// <summary>Chinese names of the severities, as stored in the Findings table's <c>Severity</c> column.</summary>
public static class SeverityLabels
{
    public const string Error = "错误";
    public const string Warning = "警告";
    public const string Info = "提示";

    public static string Label(Severity severity) => severity switch
    {
        Severity.Error => Error,
        Severity.Warning => Warning,
        Severity.Info => Info,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>Parses <c>error</c>, <c>warning</c>, <c>info</c> (any case) or a Chinese label.</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error" or Error: severity = Severity.Error; return true;
            case "warning" or Warning: severity = Severity.Warning; return true;
            case "info" or Info: severity = Severity.Info; return true;
            default: severity = default; return false;
        }
    }
}
