using Compliance.Checking;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Hosting.Tests;

public sealed class CheckerLimitsRegistrationTests
{
    [Fact]
    public void The_checker_takes_its_size_limit_from_storage_and_its_other_limits_from_the_checking_section()
    {
        using var services = ComplianceServices.Build(new()
        {
            ["Storage:MaxBulletinBytes"] = "1048576",
            ["Checking:Limits:MaxBulletinBytes"] = "999", // one size limit: Storage's wins
            ["Checking:Limits:TimeBudgetSeconds"] = "30",
            ["Checking:Limits:MaxPdfPages"] = "500",
        });

        var limits = services.GetRequiredService<BulletinChecker>().Limits;

        Assert.Equal(1048576, limits.MaxBulletinBytes);
        Assert.Equal(2 * 1048576, limits.DocxPartBytes);
        Assert.Equal(4 * 1048576, limits.DocxTotalBytes);
        Assert.Equal(30, limits.TimeBudgetSeconds);
        Assert.Equal(500, limits.MaxPdfPages);
    }

    [Fact]
    public void Limits_from_the_config_file_apply_under_the_checking_sections_own()
    {
        var file = Path.Combine(Path.GetTempPath(), $"compliance-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "limits": { "maxLineCharacters": 5000, "timeBudgetSeconds": 45 } }""");
        try
        {
            using var services = ComplianceServices.Build(new()
            {
                ["Checking:ConfigFile"] = file,
                ["Checking:Limits:TimeBudgetSeconds"] = "20",
            });

            var limits = services.GetRequiredService<BulletinChecker>().Limits;

            Assert.Equal(5000, limits.MaxLineCharacters);
            Assert.Equal(20, limits.TimeBudgetSeconds);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_removed_whole_file_pdf_total_fails_with_a_message_naming_its_replacements()
    {
        using var services = ComplianceServices.Build(new() { ["Checking:Limits:MaxPdfDecodedBytes"] = "41943040" });

        var ex = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<BulletinChecker>());

        Assert.Contains("MaxPdfDecodedBytes was removed", ex.Message);
        Assert.Contains("MaxPdfStreamBytes", ex.Message);
    }

    [Fact]
    public void A_limit_that_is_not_positive_fails_with_a_message_naming_it()
    {
        using var services = ComplianceServices.Build(new() { ["Checking:Limits:MaxXmlDepth"] = "0" });

        var ex = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<BulletinChecker>());

        Assert.Contains("MaxXmlDepth", ex.Message);
    }
}
