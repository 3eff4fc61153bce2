namespace CodiBot.Simulator;

/// <param name="Friend">Has added the bot as a friend: only then does LINE answer their profile (and deliver pushes to them).</param>
public sealed record LineUser(string UserId, string DisplayName, string? PictureUrl, bool Friend = true);
public sealed record LineGroup(string GroupId, string Name, IReadOnlyList<string> MemberUserIds);

/// <summary>
/// A stand-in for the LINE platform: serves LINE's REST paths with LINE's rules (reply tokens, retry keys,
/// quota, limits), records what the bot sent, and lets tests inject faults. Used by the simulator and tests.
/// </summary>
public sealed partial class LinePlatform
{
    readonly TimeProvider _time;
    readonly ReplyTokenBook _tokens;
    readonly FaultPlan _faults = new();
    readonly ContentStore _content = new();
    readonly Lock _gate = new();
    readonly List<RecordedRequest> _requests = [];
    readonly List<DeliveredMessage> _delivered = [];
    readonly Dictionary<string, LineUser> _users = [];
    readonly Dictionary<string, LineGroup> _groups = [];
    readonly Dictionary<string, string> _acceptedRetryKeys = [];
    readonly Dictionary<string, DateTimeOffset> _loadingUntil = [];
    TaskCompletionSource _changed = NewSignal();
    long _usage;

    public LinePlatform(string accessToken, TimeProvider? time = null)
    {
        AccessToken = accessToken;
        _time = time ?? TimeProvider.System;
        _tokens = new ReplyTokenBook(_time);
    }

    /// <summary>The channel access token the bot must present as "Authorization: Bearer ...".</summary>
    public string AccessToken { get; set; }
    /// <summary>The bot's own user id: the "destination" of webhooks.</summary>
    public string BotUserId { get; set; } = LineIds.FromName('U', "CodiBot");
    public string BotDisplayName { get; set; } = "CodiBot";
    public TimeSpan ReplyTokenLifetime { get => _tokens.Lifetime; set => _tokens.Lifetime = value; }
    /// <summary>Monthly push/multicast limit; null answers quota type "none" and never refuses.</summary>
    public long? MonthlyQuota { get; set; }
    public TimeProvider Time => _time;

    /// <summary>Optional validator (method, path, body) → errors; any error is recorded and answered with 400 as LINE would.</summary>
    public Func<string, string, string?, IReadOnlyList<string>>? RequestCheck { get; set; }

    /// <summary>Raised after each message lands in a chat (outside the platform's lock).</summary>
    public event Action<DeliveredMessage>? MessageDelivered;
    /// <summary>Raised after each request is answered, with its status and errors.</summary>
    public event Action<RecordedRequest>? RequestCompleted;

    public IReadOnlyList<RecordedRequest> Requests { get { lock (_gate) return [.. _requests]; } }
    public long QuotaUsage { get { lock (_gate) return _usage; } }

    public IReadOnlyList<DeliveredMessage> Delivered(string chatId)
    {
        lock (_gate) return [.. _delivered.Where(d => d.ChatId == chatId)];
    }

    /// <summary>Waits until the chat holds at least <paramref name="count"/> delivered messages; throws TimeoutException listing what arrived.</summary>
    public async Task<IReadOnlyList<DeliveredMessage>> WaitForMessagesAsync(string chatId, int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var now = _delivered.Where(d => d.ChatId == chatId).ToList();
                if (now.Count >= count) return now;
                changed = _changed.Task;
            }
            try { await changed.WaitAsync(cts.Token); }
            catch (OperationCanceledException)
            {
                var got = Delivered(chatId);
                throw new TimeoutException($"{chatId}: expected {count} message(s) within {timeout}, got {got.Count}: "
                    + string.Join(" | ", got.Select(d => d.Message.ToJsonString())));
            }
        }
    }

    public bool IsLoading(string chatId)
    {
        lock (_gate) return _loadingUntil.TryGetValue(chatId, out var until) && until > _time.GetUtcNow();
    }

    public string IssueReplyToken(string chatId) => _tokens.Issue(chatId);
    public void ExpireReplyToken(string token) => _tokens.Expire(token);

    public void AddUser(string userId, string displayName, string? pictureUrl = null, bool friend = true)
    {
        lock (_gate) _users[userId] = new(userId, displayName, pictureUrl, friend);
    }

    public void AddGroup(string groupId, string name, IEnumerable<string> memberUserIds)
    {
        lock (_gate) _groups[groupId] = new(groupId, name, [.. memberUserIds]);
    }

    public LineUser? User(string userId) { lock (_gate) return _users.GetValueOrDefault(userId); }
    public LineGroup? Group(string groupId) { lock (_gate) return _groups.GetValueOrDefault(groupId); }

    public void StoreContent(string messageId, byte[] bytes, string contentType) => _content.Store(messageId, bytes, contentType);
    /// <summary>User-sent content as stored (whatever its state), for the simulator page to show.</summary>
    public (byte[] Bytes, string ContentType)? GetContent(string messageId) =>
        _content.Get(messageId) is { } i ? (i.Bytes, i.ContentType) : null;

    public void MarkContentPreparing(string messageId) => _content.Mark(messageId, ContentStore.State.Preparing);
    public void MarkContentReady(string messageId) => _content.Mark(messageId, ContentStore.State.Ready);
    public void MarkContentGone(string messageId) => _content.Mark(messageId, ContentStore.State.Gone);

    /// <summary>
    /// The next <paramref name="times"/> requests whose path contains the text fail with this status (and optional
    /// Retry-After); with <paramref name="delivers"/> the call takes effect first (LINE sent the message, then failed).
    /// </summary>
    public void FailNext(string pathContains, int status, int times = 1, TimeSpan? retryAfter = null, string? message = null, bool delivers = false) =>
        _faults.Add(new(pathContains, status, retryAfter, message, null, delivers), times);

    /// <summary>
    /// The next matching requests are held this long (to make clients time out): before being handled, or with
    /// <paramref name="delivers"/> after, as when LINE hangs past the client's timeout but still delivers.
    /// </summary>
    public void DelayNext(string pathContains, TimeSpan delay, int times = 1, bool delivers = false) =>
        _faults.Add(new(pathContains, 0, null, null, delay, delivers), times);

    /// <summary>
    /// From now on, <paramref name="share"/> of the calls whose path contains the text fail at random (after any
    /// queued faults): a 500, a 429 or a hang of <paramref name="hang"/>, each delivering or not. Share 0 stops it.
    /// </summary>
    public void FailRandomly(string pathContains, double share, TimeSpan hang, int seed) =>
        _faults.SetChaos(share <= 0 ? null : new(pathContains, share, hang, new Random(seed)));

    static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Appends to a chat's transcript; a message ends that chat's loading animation, as in LINE.</summary>
    void Deliver(string chatId, string how, System.Text.Json.Nodes.JsonObject message, string messageId)
    {
        var d = new DeliveredMessage(chatId, how, message, messageId, _time.GetUtcNow());
        TaskCompletionSource signal;
        lock (_gate)
        {
            _delivered.Add(d);
            _loadingUntil.Remove(chatId);
            signal = _changed;
            _changed = NewSignal();
        }
        signal.TrySetResult();
        MessageDelivered?.Invoke(d);
    }
}
