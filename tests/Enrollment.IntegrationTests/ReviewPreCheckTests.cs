using System.Net;
using System.Text.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>The automatic pre-checks on the reviewer's detail, from the Registration, Evidence and Regions modules' data.</summary>
public abstract class ReviewPreCheckTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task The_detail_shows_every_pre_check_with_its_outcome_and_siblings_of_the_same_father_as_a_notice()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var fatherId = Wizard.FatherId();
        var elder = await scenario.SubmitAsync(school, "张小红", fatherId: fatherId);
        var younger = await scenario.SubmitAsync(school, "张小明", new Dictionary<string, Dictionary<string, object?>> { ["property"] = ReviewScenario.Property() }, fatherId: fatherId);
        var alone = await scenario.SubmitAsync(school, "李小刚");

        var detail = await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications/{younger.Id}"), HttpStatusCode.OK);
        var checks = Checks(detail);
        Assert.Equal(
            ["resident-ids", "age-window", "region-depth", "holders-are-parents", "residence-permit-valid", "social-insurance", "same-child", "siblings"],
            checks.Keys);
        Assert.Equal("Passed", checks["resident-ids"].GetProperty("outcome").GetString());
        Assert.Equal("Passed", checks["age-window"].GetProperty("outcome").GetString());
        Assert.Equal("Passed", checks["region-depth"].GetProperty("outcome").GetString());
        Assert.Equal("Passed", checks["holders-are-parents"].GetProperty("outcome").GetString());
        Assert.Equal("NotApplicable", checks["residence-permit-valid"].GetProperty("outcome").GetString());
        Assert.Equal("NotApplicable", checks["social-insurance"].GetProperty("outcome").GetString());
        Assert.Equal("Passed", checks["same-child"].GetProperty("outcome").GetString());
        var siblings = checks["siblings"];
        Assert.Equal("Notice", siblings.GetProperty("outcome").GetString());
        Assert.True(siblings.GetProperty("passed").GetBoolean());
        Assert.Contains("张小红（审核中）", siblings.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Passed", detail.GetProperty("preCheckOutcome").GetString());
        Assert.All(checks.Values, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("label").GetString())));

        var elderChecks = Checks(await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications/{elder.Id}"), HttpStatusCode.OK));
        Assert.Contains("张小明", elderChecks["siblings"].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("NotApplicable", elderChecks["holders-are-parents"].GetProperty("outcome").GetString());
        var aloneChecks = Checks(await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications/{alone.Id}"), HttpStatusCode.OK));
        Assert.Equal("Passed", aloneChecks["siblings"].GetProperty("outcome").GetString());
    }

    [SkippableFact]
    public async Task Social_insurance_is_not_checked_until_the_evidence_module_checks_it()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var fatherId = Wizard.FatherId();
        var submitted = await scenario.SubmitAsync(school, "张小明", new Dictionary<string, Dictionary<string, object?>> { ["employment"] = ReviewScenario.Employment(fatherId) }, fatherId: fatherId);

        var detail = await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications/{submitted.Id}"), HttpStatusCode.OK);
        var insurance = Checks(detail)["social-insurance"];
        Assert.Equal("NotChecked", insurance.GetProperty("outcome").GetString());
        Assert.False(insurance.GetProperty("passed").GetBoolean());
        Assert.Equal("NotChecked", detail.GetProperty("preCheckOutcome").GetString());
    }

    private static Dictionary<string, JsonElement> Checks(JsonElement detail) =>
        detail.GetProperty("preChecks").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c);
}

public sealed class ReviewPreCheckTests_Sqlite(SqliteFixture fixture) : ReviewPreCheckTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReviewPreCheckTests_PostgreSql(PostgreSqlFixture fixture) : ReviewPreCheckTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ReviewPreCheckTests_SqlServer(SqlServerFixture fixture) : ReviewPreCheckTests(fixture), IClassFixture<SqlServerFixture>;
