using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Schools;

public sealed record SchoolDto(Guid Id, Guid SeasonId, string Name, string Kind, bool IsScattered, int SortOrder, IReadOnlyList<SchoolClassDto> Classes);

public sealed record SchoolClassDto(Guid Id, string Name);

internal static class SchoolMapping
{
    public static SchoolDto ToDto(this School school) => new(
        school.Id.Value,
        school.SeasonId.Value,
        school.Name,
        school.Kind.ToString(),
        school.IsScattered,
        school.IsScattered ? 0 : school.SortOrder,
        [.. school.Classes.Select(c => new SchoolClassDto(c.Id, c.Name))]);
}

/// <summary>
/// Graduation schools of a season (the current one when <see cref="SeasonId"/> is null), ordinary
/// schools first, 「社会零星幼儿园」/「社会零星小学」 last.
/// </summary>
public sealed record ListSchoolsQuery(GraduationType? GraduationType, Guid? SeasonId = null) : IQuery<IReadOnlyList<SchoolDto>>;

internal sealed class ListSchoolsQueryHandler(ISchoolRepository schools, ISeasonRepository seasons, TimeProvider clock)
    : IQueryHandler<ListSchoolsQuery, IReadOnlyList<SchoolDto>>
{
    public async ValueTask<IReadOnlyList<SchoolDto>> Handle(ListSchoolsQuery query, CancellationToken cancellationToken)
    {
        var seasonId = query.SeasonId is { } id
            ? new SeasonId(id)
            : (await seasons.GetCurrentAsync(clock.GetUtcNow(), cancellationToken))?.Id;
        if (seasonId is null)
        {
            return [];
        }

        var kind = query.GraduationType is { } type ? SchoolKinds.For(type) : (SchoolKind?)null;
        return [.. (await schools.ListAsync(seasonId.Value, kind, cancellationToken)).Select(s => s.ToDto())];
    }
}

public sealed record ListClassesQuery(Guid SchoolId) : IQuery<IReadOnlyList<SchoolClassDto>>;

internal sealed class ListClassesQueryHandler(ISchoolRepository schools) : IQueryHandler<ListClassesQuery, IReadOnlyList<SchoolClassDto>>
{
    public async ValueTask<IReadOnlyList<SchoolClassDto>> Handle(ListClassesQuery query, CancellationToken cancellationToken)
    {
        var school = await schools.GetAsync(new SchoolId(query.SchoolId), cancellationToken) ?? throw new NotFoundException("school", query.SchoolId);
        return school.ToDto().Classes;
    }
}

/// <summary>Creates a school with its classes (<see cref="Id"/> null) or renames / reorders one. Admin only.</summary>
/// <param name="Kind"><c>Kindergarten</c> (幼儿园) or <c>Primary</c> (小学).</param>
public sealed record SaveSchoolCommand(Guid? Id, Guid? SeasonId, string? Kind, string? Name, int? SortOrder, IReadOnlyList<string>? Classes) : ICommand<SchoolDto>;

internal sealed class SaveSchoolCommandValidator : AbstractValidator<SaveSchoolCommand>
{
    public SaveSchoolCommandValidator()
    {
        RuleFor(c => c.SeasonId).NotEmpty().WithMessage("请选择招生季").When(c => c.Id is null);
        RuleFor(c => c.Kind).Must(k => SchoolKinds.FromChinese(k) is not null).WithMessage("学校类型应为幼儿园（Kindergarten）或小学（Primary）").When(c => c.Id is null);
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写学校名称").MaximumLength(School.MaxNameLength).WithMessage("学校名称不能超过60个字");
        RuleForEach(c => c.Classes).NotEmpty().WithMessage("请填写班级名称").MaximumLength(30).WithMessage("班级名称不能超过30个字");
    }
}

internal sealed class SaveSchoolCommandHandler(ISchoolRepository schools, ISeasonRepository seasons) : ICommandHandler<SaveSchoolCommand, SchoolDto>
{
    public async ValueTask<SchoolDto> Handle(SaveSchoolCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name!.Trim();
        if (command.Id is { } id)
        {
            var school = await schools.GetAsync(new SchoolId(id), cancellationToken) ?? throw new NotFoundException("school", id);
            var taken = await schools.NameTakenAsync(school.SeasonId, name, school.Id, cancellationToken);
            school.Update(name, command.SortOrder ?? school.SortOrder, taken);
            return school.ToDto();
        }

        var season = await seasons.GetAsync(new SeasonId(command.SeasonId!.Value), cancellationToken)
            ?? throw new NotFoundException("season", command.SeasonId);
        var created = School.Create(
            season.Id,
            SchoolKinds.FromChinese(command.Kind)!.Value,
            name,
            command.SortOrder ?? 0,
            await schools.NameTakenAsync(season.Id, name, null, cancellationToken));
        foreach (var className in command.Classes ?? [])
        {
            created.AddClass(className);
        }

        schools.Add(created);
        return created.ToDto();
    }
}

public sealed record DeleteSchoolCommand(Guid Id) : ICommand;

internal sealed class DeleteSchoolCommandHandler(ISchoolRepository schools, IApplicationRepository applications) : ICommandHandler<DeleteSchoolCommand>
{
    public async ValueTask<Unit> Handle(DeleteSchoolCommand command, CancellationToken cancellationToken)
    {
        var school = await schools.GetAsync(new SchoolId(command.Id), cancellationToken) ?? throw new NotFoundException("school", command.Id);
        school.CheckCanBeDeleted(await applications.AnyChoosesSchoolAsync(command.Id, null, cancellationToken));
        schools.Remove(school);
        return Unit.Value;
    }
}

public sealed record AddClassCommand(Guid SchoolId, string? Name) : ICommand<SchoolClassDto>;

internal sealed class AddClassCommandValidator : AbstractValidator<AddClassCommand>
{
    public AddClassCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写班级名称").MaximumLength(30).WithMessage("班级名称不能超过30个字");
    }
}

internal sealed class AddClassCommandHandler(ISchoolRepository schools) : ICommandHandler<AddClassCommand, SchoolClassDto>
{
    public async ValueTask<SchoolClassDto> Handle(AddClassCommand command, CancellationToken cancellationToken)
    {
        var school = await schools.GetAsync(new SchoolId(command.SchoolId), cancellationToken) ?? throw new NotFoundException("school", command.SchoolId);
        var added = school.AddClass(command.Name!);
        return new SchoolClassDto(added.Id, added.Name);
    }
}

public sealed record DeleteClassCommand(Guid SchoolId, Guid ClassId) : ICommand;

internal sealed class DeleteClassCommandHandler(ISchoolRepository schools, IApplicationRepository applications) : ICommandHandler<DeleteClassCommand>
{
    public async ValueTask<Unit> Handle(DeleteClassCommand command, CancellationToken cancellationToken)
    {
        var school = await schools.GetAsync(new SchoolId(command.SchoolId), cancellationToken) ?? throw new NotFoundException("school", command.SchoolId);
        school.RemoveClass(command.ClassId, await applications.AnyChoosesSchoolAsync(command.SchoolId, command.ClassId, cancellationToken));
        return Unit.Value;
    }
}

/// <summary>One data row of an import file (row numbers as the spreadsheet shows them, header = 1).</summary>
/// <param name="Kind">学校类型: 幼儿园 or 小学.</param>
public sealed record SchoolImportRow(int Row, string? Kind, string? School, string? Class);

public sealed record SchoolImportRowError(int Row, string Message);

/// <summary>Nothing is imported when any row is wrong: the errors name each row.</summary>
public sealed record SchoolImportResult(bool Imported, int SchoolsCreated, int ClassesCreated, int RowsSkipped, IReadOnlyList<SchoolImportRowError> Errors);

/// <summary>Imports schools and classes (one class per row) into a season; rows already present are skipped.</summary>
public sealed record ImportSchoolsCommand(Guid SeasonId, IReadOnlyList<SchoolImportRow> Rows) : ICommand<SchoolImportResult>;

internal sealed class ImportSchoolsCommandHandler(ISchoolRepository schools, ISeasonRepository seasons) : ICommandHandler<ImportSchoolsCommand, SchoolImportResult>
{
    public async ValueTask<SchoolImportResult> Handle(ImportSchoolsCommand command, CancellationToken cancellationToken)
    {
        var season = await seasons.GetAsync(new SeasonId(command.SeasonId), cancellationToken) ?? throw new NotFoundException("season", command.SeasonId);
        var existing = (await schools.ListAsync(season.Id, null, cancellationToken)).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var errors = new List<SchoolImportRowError>();
        var valid = new List<(SchoolImportRow Row, SchoolKind Kind, string School, string Class)>();

        if (command.Rows.Count == 0)
        {
            errors.Add(new SchoolImportRowError(1, "文件中没有数据行（表头：学校类型、学校名称、班级名称）"));
        }

        foreach (var row in command.Rows)
        {
            var kind = SchoolKinds.FromChinese(row.Kind);
            var schoolName = row.School?.Trim() ?? string.Empty;
            var className = row.Class?.Trim() ?? string.Empty;
            var message = kind is null ? "学校类型应为“幼儿园”或“小学”"
                : schoolName.Length == 0 ? "学校名称不能为空"
                : schoolName.Length > School.MaxNameLength ? "学校名称不能超过60个字"
                : School.IsScatteredName(schoolName) ? "社会零星幼儿园和社会零星小学由系统维护，无需导入"
                : className.Length == 0 ? "班级名称不能为空"
                : className.Length > 30 ? "班级名称不能超过30个字"
                : existing.TryGetValue(schoolName, out var present) && present.Kind != kind ? $"已有同名的{present.Kind.Chinese()}"
                : valid.Any(v => v.School == schoolName && v.Kind != kind) ? "同一学校在文件中的类型不一致"
                : null;
            if (message is null)
            {
                valid.Add((row, kind!.Value, schoolName, className));
            }
            else
            {
                errors.Add(new SchoolImportRowError(row.Row, message));
            }
        }

        if (errors.Count > 0)
        {
            return new SchoolImportResult(false, 0, 0, 0, errors);
        }

        int schoolsCreated = 0, classesCreated = 0, skipped = 0;
        var order = existing.Values.Where(s => !s.IsScattered).Select(s => s.SortOrder).DefaultIfEmpty(0).Max();
        foreach (var (_, kind, schoolName, className) in valid)
        {
            if (!existing.TryGetValue(schoolName, out var school))
            {
                school = School.Create(season.Id, kind, schoolName, ++order, nameTaken: false);
                schools.Add(school);
                existing[schoolName] = school;
                schoolsCreated++;
            }

            if (school.HasClassNamed(className))
            {
                skipped++;
                continue;
            }

            school.AddClass(className);
            classesCreated++;
        }

        return new SchoolImportResult(true, schoolsCreated, classesCreated, skipped, []);
    }
}

internal sealed class FindSchoolByNameQueryHandler(ISchoolRepository schools, ISeasonRepository seasons, TimeProvider clock)
    : IQueryHandler<FindSchoolByNameQuery, Guid?>
{
    public async ValueTask<Guid?> Handle(FindSchoolByNameQuery query, CancellationToken cancellationToken)
    {
        var season = await seasons.GetCurrentAsync(clock.GetUtcNow(), cancellationToken)
            ?? (await seasons.ListAsync(cancellationToken)).MaxBy(s => s.Year);
        if (season is null)
        {
            return null;
        }

        var name = query.Name.Trim();
        return (await schools.ListAsync(season.Id, null, cancellationToken)).FirstOrDefault(s => s.Name == name)?.Id.Value;
    }
}
