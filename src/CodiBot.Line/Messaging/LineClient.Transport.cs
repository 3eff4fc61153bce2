using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly.Timeout;

namespace CodiBot.Line.Messaging;

public sealed partial class LineClient
{
    // Read per request, not cached in HttpClient.BaseAddress: the simulator repoints these after start-up.
    Uri Api => options.Value.ApiBaseUrl;
    Uri Data => options.Value.DataApiBaseUrl;

    async Task<HttpResponseMessage> SendAsync(string operation, HttpMethod method, Uri baseUrl, string path, JsonNode? body, Guid? retryKey, CancellationToken ct, bool once = false)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ChannelAccessToken);
        // Set once on the message: the retry pipeline resends this same message, so every attempt carries the same key.
        if (retryKey is { } key) request.Headers.Add("X-Line-Retry-Key", key.ToString("D"));
        if (once) request.Options.Set(NotRetried, true);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(LineMessage.Wire), Encoding.UTF8, "application/json");

        HttpResponseMessage response;
        try
        {
            // Headers only: content downloads stream under a size cap instead of being buffered whole.
            response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or HttpRequestException && !ct.IsCancellationRequested)
        {
            LineClientLog.Unreachable(logger, operation, ex.Message);
            throw new LineApiException(0, null, null, operation, ex);
        }
        LineClientLog.Answered(logger, operation, (int)response.StatusCode, RequestId(response));
        return response;
    }

    static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        string? message = null;
        try
        {
            // LINE's ErrorResponse: { "message": "...", "details": [...] }; anything else is left out of the exception.
            var text = await response.Content.ReadAsStringAsync(ct);
            if (JsonNode.Parse(text) is JsonObject o && o["message"] is JsonValue m && m.GetValueKind() == JsonValueKind.String)
                message = m.GetValue<string>();
        }
        catch (JsonException) { }
        throw new LineApiException((int)response.StatusCode, RequestId(response), message, operation);
    }

    static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-line-request-id", out var values) ? values.FirstOrDefault() : null;
}
