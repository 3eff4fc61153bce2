using CodiBot.Line.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace CodiBot.Line;

public static class LineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LineClient"/> (singleton over IHttpClientFactory) with options from "Line" and retry
    /// settings from "Line:Retry": retries only 5xx, 429 and timeouts, exponential backoff, honours Retry-After.
    /// Replies are never retried here: see <see cref="LineClient.ReplyAsync"/>.
    /// </summary>
    public static IServiceCollection AddLineClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LineOptions>().Bind(configuration.GetSection(LineOptions.Section));
        services.AddOptions<LineResilienceOptions>().Bind(configuration.GetSection(LineResilienceOptions.Section));
        services.AddSingleton<LineClient>();

        services.AddHttpClient(LineClient.HttpClientName)
            // The pipeline below bounds each attempt; this only stops a runaway sequence of retries.
            .ConfigureHttpClient(c => c.Timeout = TimeSpan.FromMinutes(5))
            .AddResilienceHandler("line", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<LineResilienceOptions>>().Value;
                if (o.MaxAttempts > 1)
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = o.MaxAttempts - 1,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = o.BaseDelay,
                        MaxDelay = o.MaxDelay,
                        ShouldRetryAfterHeader = true,
                        ShouldHandle = args => ValueTask.FromResult(MayRetry(args.Context) && IsTransient(args.Outcome)),
                    });
                pipeline.AddTimeout(o.Timeout);
            });
        return services;
    }

    // Not the library default (that also retries 408): LineApiException's rule, with no answer as status 0.
    static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException or HttpRequestException } => true,
        { Result: { } r } => LineApiException.IsRetryableStatus((int)r.StatusCode),
        _ => false,
    };

    /// <summary>Requests marked by <see cref="LineClient.NotRetried"/> (replies) go out once.</summary>
    static bool MayRetry(ResilienceContext context) =>
        context.GetRequestMessage() is not { } request || !request.Options.TryGetValue(LineClient.NotRetried, out var once) || !once;
}
