using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;
using ProgramaBot.Reminders.Commands;

namespace ProgramaBot.Reminders.Chat;

/// <summary>"programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", "cancelar sesión extraordinaria 1", "programar plazo 3.2.1 el 15/10/2021": the Secretario Técnico's only.</summary>
internal sealed class ScheduleMessageHandler(ScheduleCommandHandler handler, CommissionRoster roster) : IMessageHandler
{
    /// <summary>Names the secretary as the roster does («la Secretaria Técnica», «el Secretario Técnico»).</summary>
    public static string NotAllowed(Roster roster)
        => $"Solo {roster.SecretaryWithArticle()} de la Comisión puede programar, mover o cancelar sesiones y plazos. " +
           $"Si necesita un cambio de fecha, solicítelo a {roster.SecretaryWithArticle()}.";

    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (ScheduleCommandParser.Parse(turn.Text) is not { } command)
        {
            return false;
        }

        var from = turn.Activity.From;
        var current = await roster.CurrentAsync(cancellationToken);
        var reply = current.IsSecretarioTecnico(from)
            ? (await handler.RunAsync(command, from?.Name ?? from?.Id, cancellationToken)).Message
            : NotAllowed(current);
        await turn.SendAsync(Activity.Message(reply), cancellationToken);
        return true;
    }
}
