using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reliability;

/// <summary>
/// Storage down (bench/drills/storage-fault.sh kills Azurite): a question is answered from the programme in memory,
/// so it must still be answered; capturing the conversation reference is best effort and happens again on the next
/// message. Before, every message answered a bare 500 after the storage SDK's retries (~5.6 s with Azurite down).
/// </summary>
public sealed class StorageOutageTests : IDisposable
{
    private sealed class DownStore : IConversationReferenceStore
    {
        public int Calls;

        public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken) => Fail<ConversationReference?>();

        public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken) => Fail<object?>();

        public Task DeleteAsync(string conversationId, CancellationToken cancellationToken) => Fail<object?>();

        public Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken) => Fail<IReadOnlyList<ConversationReference>>();

        private Task<T> Fail<T>()
        {
            Interlocked.Increment(ref Calls);
            return Task.FromException<T>(new HttpRequestException("Connection refused (127.0.0.1:10002)"));
        }
    }

    private readonly DownStore _store = new();
    private readonly BotFactory _factory = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _bot;

    public StorageOutageTests() => _bot = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(
        services => services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore>(_store))));

    public void Dispose()
    {
        _bot.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task AQuestionIsStillAnsweredWhileStorageIsDown()
    {
        using var client = _bot.CreateClient();

        var response = await client.PostActivityAsync(Activities.Message("¿cuándo es la sesión ordinaria III?", "http://localhost:1/", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.RepliesAsync());
        Assert.True(_store.Calls > 0, "the store was not even tried");
    }
}
