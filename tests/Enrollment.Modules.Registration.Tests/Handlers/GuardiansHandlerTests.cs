using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Application.Applications.ForEvidence;
using Enrollment.Modules.Registration.Application.Applications.SaveGuardians;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Application.Applications.SaveHousehold;
using Enrollment.Modules.Regions.Contracts.Addresses;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using ApplicationId = Enrollment.Modules.Registration.Domain.Applications.ApplicationId;

namespace Enrollment.Modules.Registration.Tests.Handlers;

/// <summary>The address rule reaches the aggregate through the <see cref="IAddressRegionRules"/> port; here a fake answers.</summary>
public class GuardiansHandlerTests
{
    private static readonly Guid Parent = Guid.NewGuid();
    private readonly Season _season = TestData.Season2024();
    private readonly FakeApplications _applications = new();
    private readonly FakeRegions _regions = new();
    private readonly FixedClock _clock = new(TestData.During2024Season);

    private StudentApplication Started()
    {
        var application = StudentApplication.Start(Parent, _season, GraduationType.KindergartenGraduate, TestData.During2024Season);
        _applications.Items.Add(application);
        return application;
    }

    private static GuardianInput Father(string region) =>
        new("张伟", TestData.IdFor(new DateOnly(1988, 5, 1), 11), "13800138000", region, "中岳大街72号");

    public static TheoryData<string, string?, string?> Regions => new()
    {
        // region code, expected rule code (null: saved), expected message
        { "410185001001", null, null },
        { "410185001000", "region.too-shallow", "地址请选择到村（社区）居委会" },
        { "410102000000", "region.too-shallow", "地址请选择到街道（乡镇）" },
        { "999999999999", "region.unknown", "请选择有效的地区" },
    };

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task The_regions_verdict_decides_the_guardians_address(string region, string? code, string? message)
    {
        var application = Started();
        var handler = new SaveGuardiansCommandHandler(_applications, new FakeSeasons(_season), _regions, _clock);

        var exception = await Record.ExceptionAsync(async () =>
            await handler.Handle(new SaveGuardiansCommand(Parent, application.Id.Value, Father(region), null), CancellationToken.None));

        Assert.Equal((region, _season.HomeCountyCode), _regions.Asked.Last());
        if (code is null)
        {
            Assert.Null(exception);
            Assert.Equal("河南省 郑州市 登封市 嵩阳街道 嵩溪园居委会", application.Father!.RegionName);
            return;
        }

        var rule = Assert.IsType<BusinessRuleValidationException>(exception);
        Assert.Equal(code, rule.Code);
        Assert.Equal(message, rule.Message);
        Assert.Equal("father.regionCode", rule.Error.Field);
    }

    [Fact]
    public async Task The_household_region_goes_through_the_same_port()
    {
        var application = Started();
        var handler = new SaveHouseholdCommandHandler(_applications, new FakeSeasons(_season), _regions, _clock);

        var exception = await Assert.ThrowsAsync<BusinessRuleValidationException>(async () => await handler.Handle(
            new SaveHouseholdCommand(Parent, application.Id.Value, "Family", "410185001000", "中岳大街72号", null,
                new HouseholderInput("张伟", TestData.IdFor(new DateOnly(1988, 5, 1), 11), "子"), null),
            CancellationToken.None));

        Assert.Equal("region.too-shallow", exception.Code);
        Assert.Equal("regionCode", exception.Error.Field);
    }

    [Fact]
    public async Task The_if_match_version_goes_to_the_repository_and_the_save_increments_it()
    {
        var application = Started();
        var before = application.Version;
        var handler = new SaveGuardiansCommandHandler(_applications, new FakeSeasons(_season), _regions, _clock);

        await handler.Handle(new SaveGuardiansCommand(Parent, application.Id.Value, Father("410185001001"), null, ExpectedVersion: before), CancellationToken.None);

        Assert.Equal(before, _applications.LastExpectedVersion);
        Assert.Equal(before + 1, application.Version);
    }

    [Fact]
    public async Task The_evidence_module_reads_the_own_application_its_season_and_which_parents_are_filled()
    {
        var application = Started();
        await new SaveGuardiansCommandHandler(_applications, new FakeSeasons(_season), _regions, _clock)
            .Handle(new SaveGuardiansCommand(Parent, application.Id.Value, Father("410185001001"), null), CancellationToken.None);
        var handler = new GetApplicationForEvidenceQueryHandler(_applications, new FakeSeasons(_season), _clock);

        var answer = await handler.Handle(new GetApplicationForEvidenceQuery(application.Id.Value, Parent), CancellationToken.None);

        Assert.Equal("Draft", answer.Status);
        Assert.False(answer.IsLocked);
        Assert.True(answer.SeasonOpen);
        Assert.Equal(_season.Id.Value, answer.SeasonId);
        Assert.Equal("410185", answer.HomeCountyCode);
        Assert.Null(answer.ResidencePermitValidOn);
        Assert.Equal("张伟", answer.Father!.Name);
        Assert.Null(answer.Mother);

        // Accepted (locked) applications: EvidenceTests.An_accepted_application_is_locked, over HTTP.
        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await handler.Handle(new GetApplicationForEvidenceQuery(application.Id.Value, Guid.NewGuid()), CancellationToken.None));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private sealed class FakeRegions : IAddressRegionRules
    {
        public List<(string?, string)> Asked { get; } = [];

        public Task<AddressRegionVerdict> CheckAsync(string? regionCode, string homeCountyCode, CancellationToken cancellationToken)
        {
            Asked.Add((regionCode, homeCountyCode));
            return Task.FromResult(regionCode switch
            {
                "410185001001" => AddressRegionVerdict.Valid("河南省 郑州市 登封市 嵩阳街道 嵩溪园居委会"),
                "410185001000" => new AddressRegionVerdict(false, "region.too-shallow", "地址请选择到村（社区）居委会", "河南省 郑州市 登封市 嵩阳街道"),
                "410102000000" => new AddressRegionVerdict(false, "region.too-shallow", "地址请选择到街道（乡镇）", "河南省 郑州市 中原区"),
                _ => new AddressRegionVerdict(false, "region.unknown", "请选择有效的地区", null),
            });
        }
    }

    private sealed class FakeSeasons(Season season) : ISeasonRepository
    {
        public void Add(Season season) => throw new NotSupportedException();

        public void Remove(Season season) => throw new NotSupportedException();

        public Task<Season?> GetAsync(SeasonId id, CancellationToken cancellationToken) => Task.FromResult<Season?>(id == season.Id ? season : null);

        public Task<Season?> GetForReadingAsync(SeasonId id, CancellationToken cancellationToken) => GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<Season>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Season>>([season]);

        public Task<Season?> GetCurrentAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult<Season?>(season);

        public Task<bool> OverlapsAsync(string homeCountyCode, DateTimeOffset opensAt, DateTimeOffset closesAt, SeasonId? except, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<bool> YearTakenAsync(string homeCountyCode, int year, SeasonId? except, CancellationToken cancellationToken) => Task.FromResult(false);
    }

    private sealed class FakeApplications : IApplicationRepository
    {
        public List<StudentApplication> Items { get; } = [];

        public int? LastExpectedVersion { get; private set; }

        public void Add(StudentApplication application) => Items.Add(application);

        public Task<StudentApplication?> GetOwnAsync(ApplicationId id, Guid parentAccountId, CancellationToken cancellationToken) =>
            Task.FromResult(Items.SingleOrDefault(a => a.Id == id && a.ParentAccountId == parentAccountId && !a.IsDeleted));

        public Task<StudentApplication?> GetOwnForUpdateAsync(ApplicationId id, Guid parentAccountId, int? expectedVersion, CancellationToken cancellationToken)
        {
            LastExpectedVersion = expectedVersion;
            return GetOwnAsync(id, parentAccountId, cancellationToken);
        }

        public Task<StudentApplication?> GetAsync(ApplicationId id, CancellationToken cancellationToken) => Task.FromResult(Items.SingleOrDefault(a => a.Id == id));

        public Task<StudentApplication?> GetForDecisionAsync(ApplicationId id, int? expectedVersion, CancellationToken cancellationToken) => GetAsync(id, cancellationToken);

        public Task<StudentApplication?> GetEvenDeletedAsync(ApplicationId id, CancellationToken cancellationToken) => GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<StudentApplication>> ListOwnAsync(Guid parentAccountId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StudentApplication>>([.. Items.Where(a => a.ParentAccountId == parentAccountId)]);

        public Task<int> CountOpenDraftsAsync(Guid parentAccountId, CancellationToken cancellationToken) =>
            Task.FromResult(Items.Count(a => a.ParentAccountId == parentAccountId && !a.IsDeleted && a.Status == ApplicationStatus.Draft));

        public Task<bool> IsStudentRegisteredAsync(SeasonId seasonId, string studentLookupKey, ApplicationId except, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<bool> AnyInSeasonAsync(SeasonId seasonId, CancellationToken cancellationToken) => Task.FromResult(Items.Count > 0);

        public Task<IReadOnlyList<(ApplicationId Id, Guid ParentAccountId)>> ListDraftOwnersAsync(SeasonId seasonId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<(ApplicationId Id, Guid ParentAccountId)>>([.. Items.Where(a => a.SeasonId == seasonId && a.Status == ApplicationStatus.Draft).Select(a => (a.Id, a.ParentAccountId))]);

        public Task<IReadOnlyList<StudentApplication>> ListForAnonymizationAsync(IReadOnlyCollection<ApplicationId> ids, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StudentApplication>>([.. Items.Where(a => ids.Contains(a.Id))]);

        public Task<bool> AnyChoosesSchoolAsync(Guid schoolId, Guid? classId, CancellationToken cancellationToken) =>
            Task.FromResult(Items.Any(a => a.Student?.GraduationSchoolId == schoolId && (classId == null || a.Student.GraduationClassId == classId)));
    }
}
