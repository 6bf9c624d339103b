using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Enrollment.Modules.Identity.Infrastructure.Endpoints;

internal static class Problems
{
    public static ProblemHttpResult Of(int status, string code, string message)
    {
        var problem = new ProblemDetails { Status = status, Title = message, Detail = message };
        problem.Extensions["code"] = code;
        return TypedResults.Problem(problem);
    }

    /// <summary>400 <c>validation.failed</c> with one field's message, as the validators answer.</summary>
    public static ProblemHttpResult Validation(string field, string message)
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "填写的信息有误",
            Detail = message,
        };
        problem.Extensions["code"] = "validation.failed";
        return TypedResults.Problem(problem);
    }
}
