using System.Text.Json.Nodes;

namespace CodiBot.Simulator;

/// <summary>Sending endpoints: reply (token, free), push and multicast (retry key, quota), loading animation.</summary>
public sealed partial class LinePlatform
{
    const string RetryKeyHeader = "X-Line-Retry-Key";

    LineResult Reply(LineCall c)
    {
        // LINE documents retry keys for push/multicast/narrowcast/broadcast only; flag misuse loudly.
        if (c.Header(RetryKeyHeader) is not null)
            return LineResult.Error(400, "X-Line-Retry-Key is not supported for the reply endpoint");
        if (Messages(c.Json, out var bad) is not { } messages) return bad!;
        if (c.Json?["replyToken"] is not JsonValue t || t.ToString() is not { Length: > 0 } token)
            return LineResult.BadRequest(("Must not be empty", "replyToken"));
        c.Record.ChatId = _tokens.Peek(token);
        if (_tokens.Consume(token) is not { } chat) return LineResult.Error(400, "Invalid reply token");
        return LineResult.Ok(new JsonObject { ["sentMessages"] = DeliverAll(chat, "reply", messages) });
    }

    LineResult Push(LineCall c)
    {
        if (RetryKey(c, out var key) is { } keyError) return keyError;
        if (Messages(c.Json, out var bad) is not { } messages) return bad!;
        var to = c.Json?["to"] is JsonValue v ? v.ToString() : null;
        c.Record.ChatId = to;
        if (!LineIds.LooksLikeChatId(to)) return LineResult.BadRequest(("The property, 'to', in the request body is invalid", "to"));
        if (Charge(c, key, Recipients(to!)) is { } refused) return refused;
        return LineResult.Ok(new JsonObject { ["sentMessages"] = DeliverAll(to!, "push", messages) });
    }

    LineResult Multicast(LineCall c)
    {
        if (RetryKey(c, out var key) is { } keyError) return keyError;
        if (Messages(c.Json, out var bad) is not { } messages) return bad!;
        var to = (c.Json?["to"] as JsonArray)?.Select(x => x?.ToString() ?? "").ToList();
        if (to is not { Count: >= 1 and <= 500 }) return LineResult.BadRequest(("Size must be between 1 and 500", "to"));
        if (to.Any(id => !LineIds.LooksLikeChatId(id) || id[0] != 'U'))
            return LineResult.BadRequest(("The property, 'to', in the request body is invalid", "to"));
        if (Charge(c, key, to.Count) is { } refused) return refused;
        foreach (var user in to) DeliverAll(user, "multicast", messages);
        return LineResult.Ok(new JsonObject());
    }

    LineResult LoadingStart(LineCall c)
    {
        var chat = c.Json?["chatId"]?.ToString();
        c.Record.ChatId = chat;
        if (chat is null || !LineIds.LooksLikeChatId(chat) || chat[0] != 'U')
            return LineResult.BadRequest(("Only a user ID of a one-on-one chat is accepted", "chatId"));
        var seconds = c.Json?["loadingSeconds"] is JsonValue s && s.TryGetValue<int>(out var n) ? n : 20;
        if (seconds is < 5 or > 60 || seconds % 5 != 0)
            return LineResult.BadRequest(("Must be a multiple of 5 between 5 and 60", "loadingSeconds"));
        lock (_gate) _loadingUntil[chat] = _time.GetUtcNow().AddSeconds(seconds);
        return new LineResult(202, new JsonObject());
    }

    LineResult Quota(LineCall c) => LineResult.Ok(MonthlyQuota is { } q
        ? new JsonObject { ["type"] = "limited", ["value"] = q }
        : new JsonObject { ["type"] = "none" });

    LineResult QuotaConsumption(LineCall c) => LineResult.Ok(new JsonObject { ["totalUsage"] = QuotaUsage });

    /// <summary>A group push costs one message per member, as LINE counts it.</summary>
    int Recipients(string to)
    {
        if (to[0] != 'C') return 1;
        lock (_gate) return _groups.TryGetValue(to, out var g) ? g.MemberUserIds.Count : 1;
    }

    /// <summary>Atomically: refuse a repeated retry key (409) or an exhausted quota (429), else accept the key and count usage.</summary>
    LineResult? Charge(LineCall c, string? key, int cost)
    {
        lock (_gate)
        {
            if (key is not null && _acceptedRetryKeys.TryGetValue(key, out var accepted))
            {
                var conflict = LineResult.Error(409, "The retry key is already accepted");
                conflict.Headers["x-line-accepted-request-id"] = accepted;
                return conflict;
            }
            if (MonthlyQuota is { } q && _usage + cost > q) return LineResult.Error(429, "You have reached your monthly limit.");
            if (key is not null) _acceptedRetryKeys[key] = c.Record.RequestId;
            _usage += cost;
            return null;
        }
    }

    static LineResult? RetryKey(LineCall c, out string? key)
    {
        key = c.Header(RetryKeyHeader);
        if (key is null) return null;
        if (!Guid.TryParseExact(key, "D", out _))
            return LineResult.Error(400, "The value for the 'X-Line-Retry-Key' header is invalid");
        key = key.ToLowerInvariant();
        return null;
    }

    /// <summary>Messages array as LINE checks it before sending: 1 to 5 objects, each with a type.</summary>
    static List<JsonObject>? Messages(JsonNode? json, out LineResult? error)
    {
        error = null;
        if (json?["messages"] is not JsonArray list || list.Count is < 1 or > 5)
        {
            error = LineResult.BadRequest(("Size must be between 1 and 5", "messages"));
            return null;
        }
        var result = new List<JsonObject>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject m || m["type"] is not JsonValue)
            {
                error = LineResult.BadRequest(("Must be a message object with a type", $"messages[{i}]"));
                return null;
            }
            result.Add(m.DeepClone().AsObject());
        }
        return result;
    }

    JsonArray DeliverAll(string chatId, string how, List<JsonObject> messages)
    {
        var sent = new JsonArray();
        foreach (var m in messages)
        {
            var id = LineIds.NextMessageId();
            Deliver(chatId, how, m.DeepClone().AsObject(), id);
            var s = new JsonObject { ["id"] = id };
            if (m["type"]?.ToString() is "text" or "sticker" or "image" or "video") s["quoteToken"] = LineIds.Token();
            sent.Add(s);
        }
        return sent;
    }
}
