using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;
using ProgramaBot.Reminders.Commands;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Chat;

/// <summary>«programar sesión» alone: the Secretaría Técnica gets the card with date and time pickers.</summary>
internal sealed class ScheduleCardCommand(EffectiveSchedule schedule, CommissionRoster roster) : IMessageHandler
{
    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not null || SpanishText.FoldPhrase(turn.Text) is not ("programar sesion" or "programar sesiones" or "programar fecha" or "programar una sesion"))
        {
            return false;
        }

        var current = await roster.CurrentAsync(cancellationToken);
        var reply = current.IsSecretarioTecnico(turn.Activity.From)
            ? Activity.Card(ScheduleCard.Build(await schedule.ListAsync(cancellationToken)), "Programar la fecha de una sesión")
            : Activity.Message(ScheduleMessageHandler.NotAllowed(current));
        await turn.SendAsync(reply, cancellationToken);
        return true;
    }
}

/// <summary>The card's «Programar»: the same rules and confirmation as the text command.</summary>
internal sealed class ScheduleCardAction(ScheduleCommandHandler handler, CommissionRoster roster) : ICardActionHandler
{
    public const string Incomplete = "Elija la sesión, la fecha y la hora en la tarjeta. No se programó nada.";

    public bool CanHandle(string verb) => verb == ScheduleCard.Verb;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var current = await roster.CurrentAsync(cancellationToken);
        if (!current.IsSecretarioTecnico(turn.Activity.From))
        {
            return InvokeResponse.Message(ScheduleMessageHandler.NotAllowed(current));
        }

        if (ScheduleCard.AsCommand(action.Data) is not { } command)
        {
            return InvokeResponse.Message(Incomplete);
        }

        var from = turn.Activity.From;
        return InvokeResponse.Message((await handler.RunAsync(command, from?.Name ?? from?.Id, cancellationToken)).Message);
    }
}
