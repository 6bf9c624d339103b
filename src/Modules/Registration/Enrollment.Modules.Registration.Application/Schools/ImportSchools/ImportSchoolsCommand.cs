using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Schools.ImportSchools;

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
