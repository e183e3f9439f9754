namespace Compliance.Checking;

/// <summary>How serious a finding is. Ordered: a higher value is more serious.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
