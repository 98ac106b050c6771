using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Commission;
using ProgramaBot.Time;

namespace ProgramaBot.Tests.Approvals.Creation;

/// <summary>Creation when storage fails after the card went out: the card is withdrawn, nothing is left to vote on.</summary>
public sealed class RequestCreatorTests : IDisposable
{
    private readonly Storage.TempSqliteDatabase _sqlite = new();

    [Fact]
    public async Task WhenStorageFailsAfterPostingTheCardIsWithdrawn()
    {
        var connector = new RecordingConnector();
        var creator = Creator(new FailingStore(), connector);

        await Assert.ThrowsAsync<IOException>(() => creator.CreateAsync(new NewRequest(null, DictamenIncentivos.Kind,
            ApprovalTestData.DictamenFields(), "Secretario Técnico", null, null, "api"), default));

        var (posted, replaced) = (Assert.Single(connector.Sent), Assert.Single(connector.Updated));
        Assert.Equal("posted-1", replaced.Id);
        Assert.Contains("no pudo registrarse", replaced.Attachments![0].Content!.ToJsonString(BotJson.Options), StringComparison.Ordinal);
        Assert.NotNull(posted.Attachments);
    }

    public void Dispose() => _sqlite.Dispose();

    private RequestCreator Creator(IApprovalStore store, IConnectorClient connector)
    {
        var options = Options.Create(new CommissionOptions { Members = [.. ApprovalTestData.Members(3)], ConversationId = "19:commission" });
        var references = new OneReference(new ConversationReference { ConversationId = "19:commission", ServiceUrl = "http://127.0.0.1:9/" });
        var clock = new CommissionClock(new FakeTimeProvider(ApprovalTestData.Now), Options.Create(new TimeOptions()));
        var roster = new CommissionRoster(new Fakes.InMemoryCommissionStore(), options);
        var channel = new CommissionChannel(references, connector, roster, NullLogger<CommissionChannel>.Instance);
        return new RequestCreator(store, new ProgramaBot.Storage.Sqlite.SqliteApprovalFolios(_sqlite.Database), channel, new RequestCardRenderer(roster, clock), clock, roster,
            NullLogger<RequestCreator>.Instance);
    }

    private sealed class FailingStore : IApprovalStore
    {
        public Task<bool> CreateAsync(ApprovalRequest request, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
            => throw new IOException("disk full");

        public Task<ApprovalSnapshot?> GetAsync(string requestId, CancellationToken cancellationToken) => Task.FromResult<ApprovalSnapshot?>(null);

        public Task<IReadOnlyList<ApprovalSnapshot>> ListOpenAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ApprovalSnapshot>>([]);

        public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string requestId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AuditEntry>>([]);

        public Task<bool> TryCommitAsync(ApprovalChange change, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<StoredPublication?> GetPublicationAsync(string requestId, CancellationToken cancellationToken) => Task.FromResult<StoredPublication?>(null);

        public Task<string?> TryReplacePublicationAsync(string requestId, RequestPublication publication, string expectedToken, CancellationToken cancellationToken)
            => Task.FromResult<string?>(null);

        public Task<IReadOnlyList<StoredPublication>> ListBehindPublicationsAsync(CancellationToken cancellationToken)
            => Task.FromResult<IReadOnlyList<StoredPublication>>([]);
    }

    private sealed class OneReference(ConversationReference reference) : IConversationReferenceStore
    {
        public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
            => Task.FromResult(conversationId == reference.ConversationId ? reference : null);

        public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DeleteAsync(string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ConversationReference>>([reference]);
    }

    private sealed class RecordingConnector : IConnectorClient
    {
        public List<Activity> Sent { get; } = [];
        public List<Activity> Updated { get; } = [];

        public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
        {
            Sent.Add(activity);
            return Task.FromResult(ConnectorResult<ResourceResponse>.Ok(new ResourceResponse($"posted-{Sent.Count}")));
        }

        public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
            => SendToConversationAsync(activity, cancellationToken);

        public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
        {
            Updated.Add(activity);
            return Task.FromResult(ConnectorResult<ResourceResponse>.Ok(new ResourceResponse(activity.Id)));
        }

        public Task<ConnectorResult<ResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
            => throw new NotSupportedException();

        public Task<ConnectorResult<PagedMembers>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
            => throw new NotSupportedException();
    }
}
