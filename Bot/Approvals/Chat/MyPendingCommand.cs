using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Chat;

/// <summary>
/// «mis pendientes», «¿qué tengo pendiente?», «mis votaciones», «solicitudes en votación»: every open request as the
/// member's own copy of its card — their vote, or the ballot to vote right there (the same Universal Actions card).
/// </summary>
internal sealed class MyPendingCommand(IApprovalStore store, CommissionRoster roster, RequestCardRenderer cards) : IMessageHandler
{
    public const string NoneOpen = "No hay solicitudes en votación en este momento.";
    public const string OnlyInPersonalChat = "Sus votaciones pendientes son personales: pídamelas en su chat personal conmigo («mis pendientes»).";
    public const string NotAVoter = "Solo las y los integrantes de la Comisión con voto tienen votaciones pendientes.";

    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "mis pendientes", "que tengo pendiente", "que tengo pendientes", "tengo pendientes", "tengo algo pendiente",
        "mis votaciones", "mis votaciones pendientes", "mis votos", "mis votos pendientes", "votaciones pendientes",
        "solicitudes en votacion", "que solicitudes hay en votacion", "que hay en votacion", "que votaciones tengo pendientes",
        "que votaciones tengo", "que tengo que votar", "que tengo por votar", "que me falta votar", "que votaciones hay",
        "solicitudes pendientes", "mis solicitudes pendientes",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseOf = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Courtesy =
        new HashSet<string>(StringComparer.Ordinal) { "por", "favor", "bot", "programabot" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The message, courtesy words aside, is one of <see cref="Phrases"/> (compared in place: asked of every message).</summary>
    public static bool Recognises(string text)
    {
        var normalized = SpanishText.Normalize(text);
        Span<char> kept = normalized.Length <= 256 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        return PhraseOf.Contains(kept[..SpanishText.JoinWordsExcept(normalized, Courtesy, kept)]);
    }

    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not null || !Recognises(turn.Text))
        {
            return false;
        }

        var current = await roster.CurrentAsync(cancellationToken);
        var member = current.FindMember(turn.Activity.From);
        if (Welcome.HelpCard.IsGroup(turn.Activity))
        {
            // A personal copy shows the member's own vote: not for a shared chat.
            await turn.SendAsync(Activity.Message(OnlyInPersonalChat), cancellationToken);
            return true;
        }

        if (member is null)
        {
            await turn.SendAsync(Activity.Message(NotAVoter), cancellationToken);
            return true;
        }

        var open = await store.ListOpenAsync(cancellationToken);
        if (open.Count == 0)
        {
            await turn.SendAsync(Activity.Message(NoneOpen), cancellationToken);
            return true;
        }

        var missing = open.Count(s => !s.Votes.Any(v => v.MemberKey == member.Key));
        await turn.SendAsync(Activity.Message(Summary(open.Count, missing)), cancellationToken);
        foreach (var snapshot in open)
        {
            var card = cards.Render(snapshot, CardView.For(member), current);
            await turn.SendAsync(Activity.Card(card, $"{snapshot.Request.Title} ({snapshot.Request.Id})"), cancellationToken);
        }

        return true;
    }

    private static string Summary(int open, int missing)
        => (open == 1 ? "Hay 1 solicitud en votación" : $"Hay {open} solicitudes en votación")
           + (missing == 0 ? "; ya votó en todas. Puede cambiar su voto mientras sigan abiertas."
               : missing == 1 ? "; le falta votar en 1. Puede votar desde su tarjeta:"
               : $"; le falta votar en {missing}. Puede votar desde cada tarjeta:");
}
