using Mediator;

namespace Enrollment.Modules.Review.Contracts.Returns;

/// <summary>
/// The field reasons of the last return (有误) of an application, for the parent's read of it: each names
/// the page and field (as the API names them: <c>student</c> / <c>residentId</c>, <c>guardians</c> /
/// <c>father.mobile</c>, <c>property</c> / <c>page</c> …), the reason from the admin's list and the reviewer's note.
/// Empty when the application was never returned. The caller shows them only while the application is returned.
/// </summary>
public sealed record GetReturnedFieldsQuery(Guid ApplicationId) : IQuery<IReadOnlyList<ReturnedField>>;

/// <param name="Text">The whole reason as one line: 「学生基本信息·身份证号：与户口簿不一致（第7位有误）」.</param>
public sealed record ReturnedField(string Page, string Field, string PageLabel, string FieldLabel, string Reason, string? Note, string Text);
