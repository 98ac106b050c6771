using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ProgramaBot.Tests.Fakes;

public static class HttpClientBotExtensions
{
    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonArray> RepliesAsync(this HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]!.AsArray();
    }
}
