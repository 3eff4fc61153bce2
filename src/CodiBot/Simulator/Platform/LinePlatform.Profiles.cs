using System.Text.Json.Nodes;

namespace CodiBot.Simulator;

/// <summary>Read endpoints: profiles, group summary/members, and user-sent content on the data host.</summary>
public sealed partial class LinePlatform
{
    static LineResult NotFound() => LineResult.Error(404, "Not found");

    LineResult Profile(LineCall c)
    {
        if (User(c.Route("userId")) is not { Friend: true } u) return NotFound();
        var o = ProfileJson(u);
        o["language"] = "th";
        return LineResult.Ok(o);
    }

    LineResult GroupMember(LineCall c)
    {
        // Members' profiles are readable even when they are not the bot's friends.
        var g = Group(c.Route("groupId"));
        var userId = c.Route("userId");
        if (g is null || !g.MemberUserIds.Contains(userId) || User(userId) is not { } u) return NotFound();
        return LineResult.Ok(ProfileJson(u));
    }

    LineResult GroupSummary(LineCall c) => Group(c.Route("groupId")) is { } g
        ? LineResult.Ok(new JsonObject { ["groupId"] = g.GroupId, ["groupName"] = g.Name })
        : NotFound();

    LineResult GroupMemberCount(LineCall c) => Group(c.Route("groupId")) is { } g
        ? LineResult.Ok(new JsonObject { ["count"] = g.MemberUserIds.Count })
        : NotFound();

    LineResult Content(LineCall c) => _content.Get(c.Route("messageId")) switch
    {
        null => NotFound(),
        { State: ContentStore.State.Preparing } => new LineResult(202),
        { State: ContentStore.State.Gone } => LineResult.Error(410, "Gone"),
        var item => new LineResult(200, Bytes: item.Bytes, ContentType: item.ContentType),
    };

    static JsonObject ProfileJson(LineUser u)
    {
        var o = new JsonObject { ["displayName"] = u.DisplayName, ["userId"] = u.UserId };
        if (u.PictureUrl is not null) o["pictureUrl"] = u.PictureUrl;
        return o;
    }
}
