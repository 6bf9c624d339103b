using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Enrollment.Modules.Evidence.Domain.SocialInsurance.Rules;

namespace Enrollment.Modules.Evidence.Tests;

/// <summary>
/// The 务工/经商 period rule from a table: the season's months (both ends), the person's paid months as
/// "MM职" (employee) or "MM居" (resident) of 2024, and the outcome with the missing months.
/// </summary>
public sealed class SocialInsurancePeriodTests
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // period, records, result, missing months
        { "02-06", "02职 03职 04职 05职 06职", "Passed", "" },
        { "02-06", "02职 04职 05职 06职", "MissingMonths", "03" },
        { "02-06", "02居 03居 04居 05居 06居", "ResidentInsuranceOnly", "02 03 04 05 06" },
        { "02-06", "03居", "ResidentInsuranceOnly", "02 03 04 05 06" },
        { "02-06", "", "NoRecords", "02 03 04 05 06" },
        { "02-06", "01职 07职 12居", "NoRecords", "02 03 04 05 06" }, // outside the period never counts
        { "02-06", "01职 03职 04职 05职 06职 07职", "MissingMonths", "02" }, // first month missing, its neighbour does not stand in
        { "02-06", "02职 03职 04职 05职 07职", "MissingMonths", "06" }, // last month missing
        { "02-06", "02职 02职 03职 04职 04职 05职 06职", "Passed", "" }, // a month paid twice counts once
        { "02-06", "02职 03职 04职 05职 06居", "MissingMonths", "06" }, // resident insurance never stands in
        { "02-06", "02职 03职 03居 04职 05职 06职", "Passed", "" }, // both types in one month: the employee one counts
        { "02-06", "02居 03职 04居", "MissingMonths", "02 04 05 06" }, // mixed: employee months exist, so the gaps are listed
        { "03-03", "03职", "Passed", "" }, // a one-month period
        { "03-03", "02职 04职", "NoRecords", "03" },
        { "11-02", "11职 12职 01职 02职", "Passed", "" }, // across the new year: 2024-11 … 2025-02 (01, 02 of 2025)
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_period_rule_gives_the_outcome_of_the_table(string period, string records, string result, string missing)
    {
        var (from, to) = PeriodOf(period);
        var rule = new EmployeeInsuranceMustCoverPeriodRule(new InsurancePeriod(from, to), RecordsOf(records, from));

        Assert.Equal(result, rule.Result.ToString());
        Assert.Equal(missing, string.Join(" ", rule.MissingMonths.Select(m => m.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(result != "Passed", rule.IsBroken());
        Assert.Equal(rule.EmployeeMonths.Distinct().Count(), rule.EmployeeMonths.Count);
    }

    [Fact]
    public void A_broken_rule_names_the_missing_months_in_Chinese()
    {
        var rule = new EmployeeInsuranceMustCoverPeriodRule(new InsurancePeriod(new DateOnly(2024, 2, 1), new DateOnly(2024, 6, 1)), RecordsOf("02职 04职 05职 06职", new DateOnly(2024, 2, 1)));

        Assert.Equal("social-insurance.period-not-covered", rule.Code);
        Assert.Equal("该家长以下月份没有职工社保：2024-03", rule.Message);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_no_period()
    {
        Assert.Throws<ArgumentException>(() => new InsurancePeriod(new DateOnly(2024, 6, 1), new DateOnly(2024, 2, 1)));
    }

    /// <summary>"02-06" → 2024-02 … 2024-06; "11-02" → 2024-11 … 2025-02.</summary>
    private static (DateOnly From, DateOnly To) PeriodOf(string period)
    {
        var parts = period.Split('-').Select(int.Parse).ToArray();
        var from = new DateOnly(2024, parts[0], 1);
        var to = new DateOnly(parts[1] < parts[0] ? 2025 : 2024, parts[1], 1);
        return (from, to);
    }

    /// <summary>Months before the period's first month fall in the next year when the period crosses it.</summary>
    private static IEnumerable<InsuredMonth> RecordsOf(string records, DateOnly from) =>
        records.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r =>
        {
            var month = int.Parse(r[..2], System.Globalization.CultureInfo.InvariantCulture);
            var year = from.Month > 6 && month < from.Month ? 2025 : 2024;
            return new InsuredMonth(new DateOnly(year, month, month % 2 == 0 ? 15 : 1), r[2] == '职' ? InsuranceType.Employee : InsuranceType.Resident);
        });
}

/// <summary>The payment export's rows, cell by cell: what becomes a record and why a row is refused.</summary>
public sealed class PaymentExportRowTests
{
    private const string ValidId = "11010519491231002X";

    [Theory]
    [InlineData("2024-03", 2024, 3)]
    [InlineData("2024/3", 2024, 3)]
    [InlineData("2024.03", 2024, 3)]
    [InlineData("202403", 2024, 3)]
    [InlineData("2024年3月", 2024, 3)]
    [InlineData("2024-03-01", 2024, 3)]
    [InlineData(" 2024-12 ", 2024, 12)]
    [InlineData("2024-03-15 00:00:00", 2024, 3)]
    public void A_month_in_the_usual_spellings_is_read(string text, int year, int month)
    {
        Assert.Equal(new DateOnly(year, month, 1), PaymentExportRow.ParseMonth(text));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("1999-12")]
    [InlineData("三月")]
    [InlineData("")]
    [InlineData("2024")]
    [InlineData("24-03")]
    public void A_month_that_is_none_is_refused(string text)
    {
        Assert.Null(PaymentExportRow.ParseMonth(text));
    }

    [Theory]
    [InlineData("职工", InsuranceType.Employee)]
    [InlineData("城镇职工基本养老保险", InsuranceType.Employee)]
    [InlineData(" 居民 ", InsuranceType.Resident)]
    [InlineData("城乡居民基本养老保险", InsuranceType.Resident)]
    [InlineData("农保", null)]
    [InlineData("职工居民", null)]
    [InlineData("", null)]
    public void The_insurance_type_is_employee_or_resident(string text, InsuranceType? expected)
    {
        Assert.Equal(expected, InsuranceTypes.Parse(text));
    }

    [Theory]
    [InlineData("", "张伟", "职工", "2024-03", "身份证号为空")]
    [InlineData("110105194912310021", "张伟", "职工", "2024-03", "身份证号「110105194912310021」无效（须为18位且校验位正确）")]
    [InlineData("1101051949", "张伟", "职工", "2024-03", "身份证号「1101051949」无效（须为18位且校验位正确）")]
    [InlineData(ValidId, " ", "职工", "2024-03", "姓名为空")]
    [InlineData(ValidId, "张伟", "农保", "2024-03", "险种类型「农保」无效（应为职工或居民）")]
    [InlineData(ValidId, "张伟", "职工", "2024-13", "缴费月份「2024-13」无效（应为如2024-03的年月）")]
    public void A_wrong_cell_refuses_the_row_with_its_reason(string id, string name, string type, string month, string reason)
    {
        var (record, refusal) = PaymentExportRow.Read(id, name, type, month, "某公司", Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        Assert.Null(record);
        Assert.Equal(reason, refusal);
    }

    [Fact]
    public void A_good_row_becomes_a_record_of_its_month_with_the_id_upper_cased()
    {
        var (record, refusal) = PaymentExportRow.Read("11010519491231002x", " 张伟 ", "职工", "2024-03-15", "  ", Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        Assert.Null(refusal);
        Assert.Equal((ValidId, "张伟", InsuranceType.Employee, new DateOnly(2024, 3, 1), (string?)null), (record!.ResidentId, record.Name, record.Type, record.Month, record.Employer));
    }
}
