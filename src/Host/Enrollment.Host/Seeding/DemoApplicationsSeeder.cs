using Enrollment.BuildingBlocks.Domain.Identifiers;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Evidence.Application.Evidences.SkipEvidence;
using Enrollment.Modules.Registration.Application.Applications.SaveGuardians;
using Enrollment.Modules.Registration.Application.Applications.SaveHousehold;
using Enrollment.Modules.Registration.Application.Applications.SaveStudent;
using Enrollment.Modules.Registration.Application.Applications.StartApplication;
using Enrollment.Modules.Registration.Application.Applications.Submission;
using Enrollment.Modules.Registration.Application.Schools.ListSchools;
using Enrollment.Modules.Registration.Application.Seasons.GetCurrentSeason;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Review.Application.Decisions.AcceptApplication;
using Enrollment.Modules.Review.Application.Decisions.ReturnApplication;
using Enrollment.Modules.Review.Application.ReturnReasons.ListReturnReasons;
using Enrollment.Modules.Review.Application.Reviewers;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Scopes;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enrollment.Host.Seeding;

/// <summary><c>Review:DemoApplications</c>: submitted demo applications so that a newcomer's review queue is not empty.</summary>
public sealed class DemoApplicationsOptions
{
    public const string SectionName = "Review:DemoApplications";

    public bool Enabled { get; set; }
}

/// <summary>
/// Development (and Demo) only: when the open season has no submitted application yet, six demo families fill in
/// the wizard through the same commands as the H5 pages (pages 1–4, every evidence page skipped), submit, and the
/// seed's reviewer returns one and accepts one at each of two schools (登封市直属机关幼儿园 and 登封市实验小学, the demo
/// reviewer's schools). Statuses: 审核中, 有误, 已提交. Runs after the other seeders (schools, staff, reasons).
/// </summary>
internal sealed partial class DemoApplicationsSeeder(ISender sender, IOptions<DemoApplicationsOptions> options, ILogger<DemoApplicationsSeeder> logger) : IModuleSeeder
{
    private static readonly Reviewer SeedReviewer = new(ReviewScope.AllSchools, new AuditActor(null, "演示数据", "DistrictAdmin", null));
    private static readonly string[] EvidenceKinds = ["property", "residence-permit", "employment", "business", "preferential-care", "relocation", "long-term-residence"];

    public int Order => 200;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var existing = await sender.Send(new ListSubmittedApplicationsQuery(null, null, null, null, null, 1, 1), cancellationToken);
        if (existing.Total > 0)
        {
            return;
        }

        SeasonDtoShape season;
        try
        {
            var current = await sender.Send(new GetCurrentSeasonQuery(), cancellationToken);
            season = new(current.PrimaryEntry.EarliestBirthDate, current.JuniorMiddleEntry.EarliestBirthDate, current.IsOpen);
        }
        catch (Enrollment.BuildingBlocks.Domain.NotFoundException)
        {
            return;
        }

        if (!season.IsOpen)
        {
            return;
        }

        var kindergarten = (await sender.Send(new ListSchoolsQuery(GraduationType.KindergartenGraduate), cancellationToken)).FirstOrDefault(s => s.Name == "登封市直属机关幼儿园");
        var primary = (await sender.Send(new ListSchoolsQuery(GraduationType.PrimaryGraduate), cancellationToken)).FirstOrDefault(s => s.Name == "登封市实验小学");
        if (kindergarten is null || primary is null)
        {
            return;
        }

        var reason = (await sender.Send(new ListReturnReasonsQuery(false), cancellationToken)).FirstOrDefault();
        (string Student, string Father, string Mother, GraduationType Type, string Decision)[] families =
        [
            ("王子涵", "王建军", "李秀英", GraduationType.KindergartenGraduate, "none"),
            ("刘欣怡", "刘国强", "张丽", GraduationType.KindergartenGraduate, "return"),
            ("陈浩然", "陈志刚", "赵敏", GraduationType.KindergartenGraduate, "accept"),
            ("杨梓萱", "杨伟", "周静", GraduationType.PrimaryGraduate, "none"),
            ("黄宇轩", "黄海涛", "吴芳", GraduationType.PrimaryGraduate, "return"),
            ("赵雨桐", "赵明", "孙燕", GraduationType.PrimaryGraduate, "accept"),
        ];
        var n = 0;
        foreach (var family in families)
        {
            n++;
            var school = family.Type == GraduationType.KindergartenGraduate ? kindergarten : primary;
            var born = (family.Type == GraduationType.KindergartenGraduate ? season.PrimaryEarliest : season.JuniorEarliest).AddDays(40 * n);
            var parent = new Guid($"de300000-0000-0000-0000-{n:D12}");
            var id = (await sender.Send(new StartApplicationCommand(parent, family.Type), cancellationToken)).Id;
            var fatherId = ResidentId(new DateOnly(1985, 3, 1).AddDays(97 * n), 11 + (2 * n));
            var motherId = ResidentId(new DateOnly(1987, 6, 1).AddDays(89 * n), 12 + (2 * n));
            await sender.Send(new SaveStudentCommand(parent, id, family.Student, ResidentId(born, 100 + (2 * n) + 1), EthnicityCode: "01", GraduationSchoolId: school.Id, GraduationClassId: school.Classes[0].Id), cancellationToken);
            await sender.Send(
                new SaveGuardiansCommand(
                    parent,
                    id,
                    new GuardianInput(family.Father, fatherId, $"1383801{n:D4}", "410185001001", "中岳大街72号"),
                    new GuardianInput(family.Mother, motherId, $"1393802{n:D4}", "410185001001", "中岳大街72号")),
                cancellationToken);
            await sender.Send(
                new SaveHouseholdCommand(parent, id, "Family", "410185001001", $"中岳大街72号秀丽王府花园{n}号楼", "秀丽王府花园", new HouseholderInput(family.Father, fatherId, "子"), null),
                cancellationToken);
            foreach (var kind in EvidenceKinds)
            {
                await sender.Send(new SkipEvidenceCommand(parent, id, kind), cancellationToken);
            }

            await sender.Send(new SubmitApplicationCommand(parent, id), cancellationToken);
            if (family.Decision == "return" && reason is not null)
            {
                await sender.Send(new ReturnWithReasonsCommand(SeedReviewer, id, [new FieldReasonInput("household", "community", reason.Id, "请按户口簿填写所属小区")]), cancellationToken);
            }
            else if (family.Decision == "accept")
            {
                await sender.Send(new AcceptReviewedApplicationCommand(SeedReviewer, id), cancellationToken);
            }
        }

        LogSeeded(logger, families.Length);
    }

    /// <summary>A Dengfeng resident ID with this birth date and sequence, with its real check character.</summary>
    private static string ResidentId(DateOnly birthDate, int sequence)
    {
        var body = $"410185{birthDate:yyyyMMdd}{sequence % 1000:D3}";
        return body + ChineseIdentifiers.ResidentIdCheckCharacterOf(body);
    }

    private sealed record SeasonDtoShape(DateOnly PrimaryEarliest, DateOnly JuniorEarliest, bool IsOpen);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo applications (审核中, 有误, 已提交) at 登封市直属机关幼儿园 and 登封市实验小学")]
    private static partial void LogSeeded(ILogger logger, int count);
}
