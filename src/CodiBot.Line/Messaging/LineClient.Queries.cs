using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodiBot.Line.Messaging;

public sealed partial class LineClient
{
    /// <summary>Downloads user content from the data host, refusing anything above <paramref name="maxBytes"/>.</summary>
    public async Task<MessageContent> GetContentAsync(string messageId, long maxBytes, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        using var response = await SendAsync("content", HttpMethod.Get, Data, $"/v2/bot/message/{Segment(messageId)}/content", null, null, ct);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Accepted: return new(ContentStatus.Preparing, null, null);
            case HttpStatusCode.NotFound: return new(ContentStatus.NotFound, null, null);
            case HttpStatusCode.Gone: return new(ContentStatus.Gone, null, null);
        }
        await EnsureSuccessAsync(response, "content", ct);
        var type = response.Content.Headers.ContentType?.MediaType;
        if (response.Content.Headers.ContentLength > maxBytes) return new(ContentStatus.TooLarge, type, null);
        var data = await ReadCappedAsync(response.Content, maxBytes, ct);
        return data is null ? new(ContentStatus.TooLarge, type, null) : new(ContentStatus.Ready, type, data);
    }

    public async Task<UserProfile?> GetProfileAsync(string userId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var json = await GetJsonOrNullAsync("profile", $"/v2/bot/profile/{Segment(userId)}", ct);
        return json is null ? null : ProfileOf(json);
    }

    /// <summary>Works for group members who are not friends of the bot.</summary>
    public async Task<UserProfile?> GetGroupMemberProfileAsync(string groupId, string userId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var json = await GetJsonOrNullAsync("group member profile", $"/v2/bot/group/{Segment(groupId)}/member/{Segment(userId)}", ct);
        return json is null ? null : ProfileOf(json);
    }

    public async Task<GroupSummary?> GetGroupSummaryAsync(string groupId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        var json = await GetJsonOrNullAsync("group summary", $"/v2/bot/group/{Segment(groupId)}/summary", ct);
        return json is null ? null : new GroupSummary(Str(json, "groupId") ?? groupId, Str(json, "groupName") ?? "", Str(json, "pictureUrl"));
    }

    public async Task<int?> GetGroupMemberCountAsync(string groupId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        var json = await GetJsonOrNullAsync("group member count", $"/v2/bot/group/{Segment(groupId)}/members/count", ct);
        return json?["count"]?.GetValue<int>();
    }

    /// <summary>Shows the typing-style loading animation in a 1:1 chat while the bot works.</summary>
    public async Task ShowLoadingAsync(string chatId, int seconds, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(chatId);
        if (seconds is < 5 or > 60 || seconds % 5 != 0)
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "LINE accepts 5..60 seconds in steps of 5.");
        var body = new JsonObject { ["chatId"] = chatId, ["loadingSeconds"] = seconds };
        using var response = await SendAsync("loading", HttpMethod.Post, Api, "/v2/bot/chat/loading/start", body, null, ct);
        await EnsureSuccessAsync(response, "loading", ct);
    }

    /// <summary>Messages counted against the quota this month.</summary>
    public async Task<long> GetQuotaConsumptionAsync(CancellationToken ct)
    {
        var json = await GetJsonOrNullAsync("quota consumption", "/v2/bot/message/quota/consumption", ct, allowNotFound: false);
        return json!["totalUsage"]!.GetValue<long>();
    }

    public async Task<Quota> GetQuotaAsync(CancellationToken ct)
    {
        var json = await GetJsonOrNullAsync("quota", "/v2/bot/message/quota", ct, allowNotFound: false);
        return new Quota(Str(json!, "type") ?? "none", json!["value"]?.GetValue<long>());
    }

    async Task<JsonObject?> GetJsonOrNullAsync(string operation, string path, CancellationToken ct, bool allowNotFound = true)
    {
        using var response = await SendAsync(operation, HttpMethod.Get, Api, path, null, null, ct);
        if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound) return null;
        await EnsureSuccessAsync(response, operation, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return JsonNode.Parse(text) as JsonObject ?? throw new JsonException($"LINE {operation} answered a non-object.");
    }

    static UserProfile ProfileOf(JsonObject json) =>
        new(Str(json, "userId") ?? "", Str(json, "displayName") ?? "", Str(json, "pictureUrl"), Str(json, "statusMessage"), Str(json, "language"));

    static string? Str(JsonObject json, string name) =>
        json[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    static string Segment(string id) => Uri.EscapeDataString(id);

    /// <summary>Reads at most <paramref name="maxBytes"/>; null when the body is longer (Content-Length may be absent or wrong).</summary>
    static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
