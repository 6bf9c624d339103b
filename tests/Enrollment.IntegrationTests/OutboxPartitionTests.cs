using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The groups a claimed outbox batch is delivered in (ADR-0039, amended): one application's messages stay
/// together and in order, whatever else the batch holds; messages that name no application stand alone.
/// </summary>
public sealed class OutboxPartitionTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    public static TheoryData<string, Guid?> Payloads => new()
    {
        { $$"""{"id":"{{Guid.Empty}}","applicationId":"{{A}}","kind":"property"}""", A },
        { $$"""{"applicationId":"{{B}}"}""", B },
        // Nested objects and arrays before it are skipped, not searched.
        { $$$"""{"student":{"applicationId":"{{{B}}}"},"items":[1,{"x":2}],"applicationId":"{{{A}}}"}""", A },
        { $$$"""{"student":{"applicationId":"{{{B}}}"}}""", null },
        { """{"applicationIds":["00000000-0000-0000-0000-00000000000a"]}""", null },
        { """{"applicationId":null}""", null },
        { """{"applicationId":"not a guid"}""", null },
        { """{"ApplicationId":"00000000-0000-0000-0000-00000000000a"}""", null },
        { "[]", null },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void The_application_is_read_from_the_top_level_applicationId(string payload, Guid? expected) =>
        Assert.Equal(expected, OutboxPartition.ApplicationOf(Message(payload)));

    [Fact]
    public void One_applications_messages_stay_in_one_group_in_batch_order_and_the_rest_stand_alone()
    {
        var a1 = Of(A, 1);
        var b1 = Of(B, 1);
        var none1 = Message("""{"reportId":"x"}""");
        var a2 = Of(A, 2);
        var none2 = Message("""{"applicationIds":[]}""");
        var b2 = Of(B, 2);
        var a3 = Of(A, 3);

        var groups = OutboxPartition.Split([a1, b1, none1, a2, none2, b2, a3]);

        Assert.Equal(4, groups.Count);
        Assert.Equal([a1, a2, a3], groups[0]);
        Assert.Equal([b1, b2], groups[1]);
        Assert.Equal([none1], groups[2]);
        Assert.Equal([none2], groups[3]);
    }

    private static OutboxMessage Of(Guid application, int n) => Message($$"""{"applicationId":"{{application}}","n":{{n}}}""");

    private static OutboxMessage Message(string payload) => new() { Id = Guid.NewGuid(), Type = "T", Payload = payload };
}
