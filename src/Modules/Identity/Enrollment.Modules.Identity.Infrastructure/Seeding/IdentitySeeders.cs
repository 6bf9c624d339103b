using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Identity.Application.Abstractions;
using Enrollment.Modules.Identity.Domain.Agreements;
using Enrollment.Modules.Identity.Domain.Staff;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Contracts.Schools;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Identity.Infrastructure.Seeding;

/// <summary>Configuration section <c>Identity</c>: the first admin, the demo staff, the first agreement.</summary>
internal sealed class IdentitySeedOptions
{
    public const string SectionName = "Identity";

    /// <summary>Created as a DistrictAdmin when no staff user has this user name.</summary>
    public StaffSeed? BootstrapAdmin { get; set; }

    /// <summary>Development/Demo: a demo admin and a demo reviewer, whose credentials are logged at start.</summary>
    public DemoStaffSeed DemoStaff { get; set; } = new();

    /// <summary>Publishes a first version of 平台协议 when there is none.</summary>
    public bool SeedAgreement { get; set; }
}

internal sealed class StaffSeed
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string DisplayName { get; set; } = "管理员";
}

internal sealed class DemoStaffSeed
{
    public bool Enabled { get; set; }

    public string AdminUserName { get; set; } = "admin";

    public string AdminPassword { get; set; } = "Admin#2024";

    public string ReviewerUserName { get; set; } = "reviewer";

    public string ReviewerPassword { get; set; } = "Review#2024";

    /// <summary>The graduation school the demo reviewer reviews, by its name in the seeded season.</summary>
    public string ReviewerSchoolName { get; set; } = "登封市实验小学";

    /// <summary>A second school of the demo reviewer, a kindergarten, so that both graduation types are in their queue.</summary>
    public string ReviewerKindergartenName { get; set; } = "登封市直属机关幼儿园";
}

internal sealed partial class IdentitySeeder(
    IdentityDbContext db,
    ISecretHasher hasher,
    TimeProvider clock,
    IOptions<IdentitySeedOptions> options,
    ISender sender,
    ILogger<IdentitySeeder> logger) : IModuleSeeder
{
    // After the other modules: the demo reviewer is scoped to a school the season's seeding made.
    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        var now = clock.GetUtcNow();
        if (seed.BootstrapAdmin is { UserName: { Length: > 0 } userName, Password: { Length: > 0 } password } admin)
        {
            await AddStaffAsync(userName, admin.DisplayName, password, StaffRole.DistrictAdmin, [], now, cancellationToken);
        }

        if (seed.DemoStaff.Enabled)
        {
            var demo = seed.DemoStaff;
            await AddStaffAsync(demo.AdminUserName, "演示管理员", demo.AdminPassword, StaffRole.DistrictAdmin, [], now, cancellationToken);
            var schools = new List<Guid>();
            foreach (var name in new[] { demo.ReviewerKindergartenName, demo.ReviewerSchoolName })
            {
                if (await sender.Send(new FindSchoolByNameQuery(name), cancellationToken) is { } id)
                {
                    schools.Add(id);
                }
            }

            await AddStaffAsync(demo.ReviewerUserName, "演示审核员", demo.ReviewerPassword, StaffRole.SchoolReviewer, [.. schools], now, cancellationToken);
            LogDemoStaff(logger, demo.AdminUserName, demo.AdminPassword, demo.ReviewerUserName, demo.ReviewerPassword);
        }

        if (seed.SeedAgreement && !await db.Agreements.AnyAsync(cancellationToken))
        {
            db.Agreements.Add(Agreement.Publish(1, "义务教育新生入学信息采集平台用户协议", FirstAgreementText, now, "seed"));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddStaffAsync(string userName, string displayName, string password, StaffRole role, Guid[] schools, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = userName.Trim().ToLowerInvariant();
        if (!await db.StaffUsers.AnyAsync(u => u.UserName == name, cancellationToken))
        {
            db.StaffUsers.Add(StaffUser.Create(name, displayName, hasher.Hash(password), role, schools, now));
        }
    }

    private const string FirstAgreementText = """
        欢迎使用义务教育新生入学信息采集平台（以下简称“本平台”）。本平台由县教育局为适龄儿童少年办理义务教育入学信息采集而设立。

        一、您填写的学生及监护人信息（包括姓名、身份证号、户籍、住址、联系电话等）仅用于义务教育招生入学工作，本平台依照《中华人民共和国个人信息保护法》保护上述信息。
        二、不满十四周岁未成年人的个人信息属于敏感个人信息，您作为监护人同意本平台为上述目的处理该信息。
        三、您应保证所填写的信息真实、准确、完整；因信息不实造成的后果由填报人承担。
        四、本平台不会向招生工作以外的任何第三方提供您的个人信息，法律法规另有规定的除外。
        五、您可以在本平台查询、更正您填写的信息；如有疑问，请联系县教育局。

        请仔细阅读本协议，阅读满30秒后方可同意。
        """;

    [LoggerMessage(Level = LogLevel.Warning, Message = "DEMO STAFF — admin: {AdminUserName} / {AdminPassword}  reviewer: {ReviewerUserName} / {ReviewerPassword}")]
    private static partial void LogDemoStaff(ILogger logger, string adminUserName, string adminPassword, string reviewerUserName, string reviewerPassword);
}
