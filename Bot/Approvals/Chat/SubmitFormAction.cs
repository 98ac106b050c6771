using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Chat;

/// <summary>"Enviar a la Comisión": validate; on any problem the form comes back with the values kept and the reasons listed.</summary>
internal sealed class SubmitFormAction(CommissionRoster roster, RequestCreator creator) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb == ApprovalVerbs.Submit;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        var current = await roster.CurrentAsync(cancellationToken);
        if (!current.IsSecretarioTecnico(from))
        {
            return InvokeResponse.Message(NewRequestCommand.OnlySecretario);
        }

        if (RequestKinds.Find(CardInputValues.String(action.Data, FormCards.KindInput)) is not { } kind)
        {
            return InvokeResponse.Card(FormCards.KindChooser("El formulario no indica un tipo de solicitud válido; elija uno."));
        }

        var token = CardInputValues.String(action.Data, FormCards.FormIdKey);
        token = RequestIds.IsToken(token) ? token! : RequestIds.NewToken();
        var input = CardInputValues.Strings(action.Data, kind.Fields.Select(f => f.Id), out var wrongType);
        var validated = RequestValidator.Validate(kind, input, rejectUnknown: false);
        var errors = validated.Errors.Concat(wrongType.Select(id => new FieldError(id, $"«{kind.Field(id)!.Label}» debe ser texto."))).ToList();
        if (errors.Count > 0)
        {
            return InvokeResponse.Card(FormCards.Form(kind, token, input, errors));
        }

        var result = await creator.CreateAsync(new NewRequest(token, kind, validated.Values,
            current.SecretarioTecnico!.Name, from?.AadObjectId ?? from?.Id,
            turn.Activity.Conversation?.Id, "chat"), cancellationToken);
        return result.Kind == CreationResultKind.Failed
            ? InvokeResponse.Card(FormCards.Form(kind, token, input, [new FieldError(null, result.Error!)]))
            : InvokeResponse.Card(NoticeCards.Created(result.Request!));
    }
}
