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
}
