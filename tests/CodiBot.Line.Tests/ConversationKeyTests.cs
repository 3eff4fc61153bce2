using System.Text.Json;
using CodiBot.Line.Webhook;

namespace CodiBot.Line.Tests;

public class ConversationKeyTests
{
    [Theory]
    [InlineData("""{"type":"user","userId":"U1"}""", "u:U1", "U1")]
    [InlineData("""{"type":"group","groupId":"C9","userId":"U2"}""", "g:C9/u:U2", "U2")]
    [InlineData("""{"type":"room","roomId":"R3","userId":"U3"}""", "r:R3/u:U3", "U3")]
    [InlineData("""{"type":"group","groupId":"C9"}""", "g:C9", null)]
    [InlineData("""{"type":"user"}""", "u:unknown", null)]
    public void A_conversation_key_names_its_user_and_gives_it_back(string source, string key, string? user)
    {
        var e = JsonDocument.Parse($$"""{"source":{{source}}}""").RootElement;
        Assert.Equal(key, WebhookEnvelope.ConversationKeyOf(e));
        Assert.Equal(user, WebhookEnvelope.UserOfConversationKey(key));
    }
}
