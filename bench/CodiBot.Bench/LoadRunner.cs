using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Threading.Channels;

namespace CodiBot.Bench;

/// <summary>
/// Sends signed webhook requests. Closed loop (--rate 0): each of the N workers sends its next request as soon as
/// the previous one is answered. Open loop (--rate R): a pacer thread schedules request r for start + r·interval,
/// N workers send them; latency is measured from that intended time, so a slow bot cannot hide its stalls by
/// slowing the generator down (no coordinated omission).
/// </summary>
public sealed class LoadRunner(BenchOptions options, Tracker tracker, WebhookBodies bodies, Uri webhook)
{
    static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public readonly LongLog Sent = new(); // request → Stopwatch ticks it actually left
    public readonly System.Collections.Concurrent.ConcurrentDictionary<int, long> Statuses = new();
    long _next = -1;
    long _notSent;

    public long Start { get; private set; }
    public long MeasureStart { get; private set; }
    public long MeasureEnd { get; private set; }
    /// <summary>When the last response came back (sending is over).</summary>
    public long Stopped { get; private set; }
    /// <summary>Requests numbered 0 .. Requests-1 were scheduled (open loop) or started (closed loop).</summary>
    public long Requests => Interlocked.Read(ref _next) + 1;
    /// <summary>Open loop: requests scheduled but still queued when the time was up (the generator fell behind).</summary>
    public long NotSent => Interlocked.Read(ref _notSent);

    public async Task RunAsync(CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler)
        {
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        Start = Stopwatch.GetTimestamp();
        MeasureStart = Start + Tracker.Ticks(options.Warmup);
        MeasureEnd = MeasureStart + Tracker.Ticks(options.Duration);

        if (options.OpenLoop)
        {
            var channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = false });
            var pacer = new Thread(() => Pace(channel.Writer, ct)) { IsBackground = true, Name = "pacer", Priority = ThreadPriority.AboveNormal };
            pacer.Start();
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(() => OpenWorkerAsync(client, channel.Reader, ct))));
            pacer.Join();
        }
        else
        {
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(() => ClosedWorkerAsync(client, ct))));
        }
        Stopped = Stopwatch.GetTimestamp();
    }

    /// <summary>Releases request numbers at their intended times; sleeps in 1 ms steps, so a request leaves at most ~1 ms late.</summary>
    void Pace(ChannelWriter<long> writer, CancellationToken ct)
    {
        var interval = Stopwatch.Frequency * (double)options.EventsPerRequest / options.Rate;
        long r = 0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var now = Stopwatch.GetTimestamp();
                while (true)
                {
                    var intended = Start + (long)(r * interval);
                    if (intended >= MeasureEnd) return;
                    if (intended > now) break;
                    tracker.Intended[r] = intended;
                    Volatile.Write(ref _next, r);
                    writer.TryWrite(r++);
                }
                Thread.Sleep(1);
            }
        }
        finally { writer.Complete(); }
    }

    async Task OpenWorkerAsync(HttpClient client, ChannelReader<long> reader, CancellationToken ct)
    {
        var buffer = new byte[1024];
        try
        {
            while (await reader.WaitToReadAsync(ct))
                while (reader.TryRead(out var r))
                {
                    // Released before the end but still queued a second after it: the generator (or the bot) fell behind.
                    if (Stopwatch.GetTimestamp() >= MeasureEnd + Stopwatch.Frequency) { Interlocked.Increment(ref _notSent); continue; }
                    buffer = await SendAsync(client, r, buffer, closedLoop: false, ct);
                }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    async Task ClosedWorkerAsync(HttpClient client, CancellationToken ct)
    {
        var buffer = new byte[1024];
        try
        {
            while (!ct.IsCancellationRequested && Stopwatch.GetTimestamp() < MeasureEnd)
                buffer = await SendAsync(client, Interlocked.Increment(ref _next), buffer, closedLoop: true, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    async Task<byte[]> SendAsync(HttpClient client, long r, byte[] buffer, bool closedLoop, CancellationToken ct)
    {
        var epr = options.EventsPerRequest;
        var first = r * epr;
        var length = bodies.Write(ref buffer, first, epr, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        for (var e = first; e < first + epr; e++) tracker.EventSent(e, bodies.UserOf(e));
        var signature = bodies.Sign(buffer.AsSpan(0, length));

        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new ByteArrayContent(buffer, 0, length) };
        request.Content.Headers.ContentType = Json;
        request.Headers.TryAddWithoutValidation("x-line-signature", signature);
        request.Headers.TryAddWithoutValidation("User-Agent", "LineBotWebhook/2.0");

        var sent = Stopwatch.GetTimestamp();
        if (closedLoop) tracker.Intended[r] = sent;
        Sent[r] = sent;
        Interlocked.Increment(ref tracker.RequestsSent);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var now = Stopwatch.GetTimestamp();
            var status = (int)response.StatusCode;
            tracker.Status[r] = status;
            if (status == 200)
            {
                tracker.Acked[r] = now;
                Interlocked.Increment(ref tracker.RequestsAcked);
                Interlocked.Add(ref tracker.EventsAcked, epr);
            }
            else Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            return buffer;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            tracker.Status[r] = -1;
            tracker.Error(e switch
            {
                TaskCanceledException => $"timeout after {options.TimeoutSeconds:0.#} s",
                HttpRequestException h when h.HttpRequestError != HttpRequestError.Unknown => h.HttpRequestError.ToString(),
                _ => e.GetType().Name + ": " + e.Message,
            });
            // The failed send may still hold the old buffer: take a fresh one.
            return new byte[buffer.Length];
        }
    }
}
