namespace CodiBot.Simulator;

/// <summary>The page's JSON API under /simulator/api: the cast, each chat's transcript, and user actions.</summary>
static class SimulatorApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/simulator/api");

        api.MapGet("/state", (LinePlatform platform, SimulatorChats chats) => new
        {
            bot = new { name = platform.BotDisplayName, userId = platform.BotUserId },
            users = SimulatorCast.Users.Select(u => new { u.Id, u.Name, u.Role, friendship = chats.Friendship(u.Id) }),
            groups = SimulatorCast.Groups.Select(g => new { g.Id, g.Name, members = g.MemberIds, botIn = chats.BotInGroup(g.Id) }),
        });

        api.MapGet("/chats/{chatId}", (string chatId, long? after, LinePlatform platform, SimulatorChats chats) => new
        {
            entries = chats.Since(chatId, after ?? 0).Select(e => new
            {
                e.Seq, e.From, e.UserId, name = e.UserId is null ? null : SimulatorCast.FindUser(e.UserId)?.Name, e.Message, e.How, e.At,
            }),
            loading = platform.IsLoading(chatId),
        });

        api.MapPost("/chats/{chatId}/send", async (string chatId, SendRequest request, SimulatorActions actions) =>
            await actions.SendAsync(chatId, request) is { } error ? Results.BadRequest(new { error }) : Results.NoContent());

        api.MapPost("/users/{userId}/follow", (string userId, SimulatorActions a) => Known(SimulatorCast.FindUser(userId), () => a.FollowAsync(userId)));
        api.MapPost("/users/{userId}/block", (string userId, SimulatorActions a) => Known(SimulatorCast.FindUser(userId), () => a.BlockAsync(userId)));
        api.MapPost("/groups/{groupId}/join", (string groupId, SimulatorActions a) => Known(SimulatorCast.FindGroup(groupId), () => a.JoinAsync(groupId)));
        api.MapPost("/groups/{groupId}/leave", (string groupId, SimulatorActions a) => Known(SimulatorCast.FindGroup(groupId), () => a.LeaveAsync(groupId)));

        api.MapGet("/content/{messageId}", (string messageId, LinePlatform platform) =>
            platform.GetContent(messageId) is { } c ? Results.Bytes(c.Bytes, c.ContentType) : Results.NotFound());
    }

    static async Task<IResult> Known(object? target, Func<Task> action)
    {
        if (target is null) return Results.NotFound();
        await action();
        return Results.NoContent();
    }
}
